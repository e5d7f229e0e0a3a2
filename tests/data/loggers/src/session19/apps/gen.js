// winston 3 text formats and the debug module, TZ=UTC, stdout/stderr to files
const mode = process.argv[2];
if (mode === 'winston_simple' || mode === 'winston_cli' || mode === 'winston_simple_ts') {
  const winston = require('winston');
  const fmt = mode === 'winston_simple' ? winston.format.simple()
    : mode === 'winston_cli' ? winston.format.cli()
    : winston.format.combine(winston.format.timestamp(), winston.format.simple());
  const logger = winston.createLogger({ level: 'silly', format: fmt, transports: [new winston.transports.Console()] });
  logger.info('server listening on port 3000');
  logger.silly('resolved 14 config keys');
  logger.debug('connecting to mongodb://db-1:27017/shop', { pool: 10 });
  logger.verbose('loaded 1284 products from cache in 312ms');
  logger.http('GET /api/orders/100234 200 45ms');
  logger.info('user Zoë Łukasz-Søren logged in from München', { userId: 42 });
  logger.info('日本語のメッセージ: 注文を受け付けました');
  logger.warn('payment gateway latency 1840ms exceeds budget 1000ms');
  logger.info('request "GET /api/orders/100234" completed', { status: 200, ms: 45 });
  logger.error('charge failed for order 100236: card_declined', { code: 402 });
  const err = new Error('connect ECONNREFUSED 10.0.0.7:5432');
  logger.error('unhandled error while saving order 100237', err);
  logger.error(err);
  logger.info('config reloaded:\n  maxConns=100\n  timeout=30s');
  logger.info('shutting down gracefully');
} else if (mode === 'debug') {
  const debug = require('debug');
  const http = debug('shop:http'), db = debug('shop:db'), pay = debug('shop:payments');
  http('server listening on port %d', 3000);
  db('connected to %s pool=%d', 'postgres://db-1:5432/shop', 10);
  http('GET /api/orders/%d 200 %dms', 100234, 45);
  pay('charged order %d amount=%s EUR', 100234, '59.90');
  http('user %s logged in from %s', 'Zoë Łukasz-Søren', 'München');
  db('slow query "SELECT * FROM orders WHERE id = $1" took %dms', 1204);
  pay('retrying gateway call (attempt %d/3)', 2);
  pay('charge failed: %O', new Error('card_declined'));
  db('query plan: %o', { table: 'orders', rows: 1284 });
  http('日本語のメッセージ: 注文を受け付けました');
  http('shutting down');
}
