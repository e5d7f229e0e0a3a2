// simple-node-logger: createSimpleLogger() defaults (console appender), level 'all' so trace shows.
const SimpleNodeLogger = require('simple-node-logger');
const { orders, multi, disk } = require('./shop_common');

const log = SimpleNodeLogger.createSimpleLogger();
log.setLevel('all');
log.info('shop-api starting on 127.0.0.1:8080 (pid ', process.pid, ')');
log.info('config loaded: workers=', 4, ' db=postgres://shop@localhost/shop');
log.debug('cache warm: 128 entries');
log.trace('cache entry order:1001');
for (const [id, status, c] of orders) {
  (status === 404 ? log.warn : log.info).call(log, 'GET /orders/', id, ' ', status, ' customer=', c);
}
log.warn(disk);
try {
  throw new Error('payment gateway timeout after 30s');
} catch (e) {
  log.error('POST /checkout failed: ', e);
}
log.info({ order: 1002, amount: 12.5 });
log.info(multi);
log.fatal('database connection lost');
log.info('shop-api stopped');
