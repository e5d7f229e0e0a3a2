// pino 10 defaults writing JSON to stdout, piped into pino-syslog --newline (else RFC 5424 defaults;
// without --newline it writes no line break between messages)
const pino = require('pino');
const log = pino({ level: 'trace', name: 'shop-api' });
log.info('shop-api 2.3.1 starting on 127.0.0.1:8080 (workers=4)');
log.debug({ path: '/etc/shop/api.toml' }, 'config loaded');
log.trace('polling queue orders every 500 ms');
log.info({ req: { id: 'req-7', method: 'GET', url: '/orders/1' }, status: 200 }, 'GET /orders/1 200 512 bytes 12 ms');
log.info('customer Café Zoë in 東京 placed order 43');
log.warn('slow query: 1532 ms for SELECT * FROM orders WHERE id = 7');
log.error('payment gateway refused order 42: HTTP 502 "Bad Gateway"');
log.error('bad input: qty="-1"\tpath=C:\\temp\\orders.csv');
try { JSON.parse('{bad json'); } catch (err) { log.error({ err }, 'unhandled exception in worker 3'); }
log.warn('config reloaded:\n  workers=4 -> 8\n  timeout=5s');
log.fatal('database connection pool exhausted (max=20)');
log.info('shop-api stopping (signal TERM)');
