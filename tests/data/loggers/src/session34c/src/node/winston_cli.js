// winston 3 with format.cli() (colorize + padLevels) on the Console transport and the cli levels
// (error..silly), as winston's README shows for command-line tools.
const winston = require('winston');
const { orders, multi, disk } = require('./shop_common');

const log = winston.createLogger({
  levels: winston.config.cli.levels,
  level: 'silly',
  format: winston.format.cli(),
  transports: [new winston.transports.Console()],
});
log.info(`shop-api starting on 127.0.0.1:8080 (pid ${process.pid})`);
log.verbose('config loaded: workers=4 db=postgres://shop@localhost/shop');
log.debug('cache warm: 128 entries');
log.silly('cache entry order:1001');
log.data('orders table: 5 rows');
log.prompt('press Ctrl-C to stop');
log.input('reading orders from stdin');
log.help('see --help for options');
for (const [id, status, c] of orders) {
  log.log(status === 404 ? 'warn' : 'info', `GET /orders/${id} ${status} customer=${c}`);
}
log.warn(disk);
try {
  throw new Error('payment gateway timeout after 30s');
} catch (e) {
  log.error('POST /checkout failed: ', e);
}
log.info(multi);
log.error('database connection lost');
log.info('shop-api stopped');
