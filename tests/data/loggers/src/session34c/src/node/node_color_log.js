// node-color-log: the default logger object (no configuration), every level it has.
const logger = require('node-color-log');
const { orders, multi, disk } = require('./shop_common');

logger.info(`shop-api starting on 127.0.0.1:8080 (pid ${process.pid})`);
logger.info('config loaded:', { workers: 4, db: 'postgres://shop@localhost/shop' });
logger.debug('cache warm: 128 entries');
for (const [id, status, c] of orders) {
  (status === 404 ? logger.warn : logger.info).call(logger, `GET /orders/${id} ${status} customer=${c}`);
}
logger.warn(disk);
try {
  throw new Error('payment gateway timeout after 30s');
} catch (e) {
  logger.error('POST /checkout failed:', e);
}
logger.info(multi);
logger.success('payment for order 1001 captured');
logger.error('database connection lost');
logger.info('shop-api stopped');
