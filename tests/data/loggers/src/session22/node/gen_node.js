// Node loggers with their default layouts, each to a file under $CORPUS/raw (stdout captured where the default goes to the console).
// usage: node gen_node.js log4js|tslog|consola|signale|bole
const path = require('path');
const out = path.join(process.env.CORPUS, 'raw');
const which = process.argv[2];
const err = new TypeError("Cannot read properties of undefined (reading 'price')");

if (which === 'log4js') {
  // log4js 6: a file appender with its default layout (basic: "[%d] [%p] %c - %m")
  const log4js = require('log4js');
  log4js.configure({ appenders: { f: { type: 'file', filename: path.join(out, 'log4js_file.log') } },
                     categories: { default: { appenders: ['f'], level: 'all' } } });
  const L = log4js.getLogger(), C = log4js.getLogger('checkout'), D = log4js.getLogger('db.pool');
  L.info('server listening on port %d', 3000);
  C.trace('entering submitOrder()');
  C.debug('cart %j', { id: 42, items: ['Kaffee', 'Müsli'] });
  C.info('order 1001 placed by "Jürgen" – €99.50');
  D.warn('pool exhausted, waiting for a connection (waiters=%d)', 7);
  C.error('payment failed:', err);
  D.error('query failed\nSELECT * FROM orders WHERE id = $1');
  C.fatal('ledger mismatch, refusing new orders');
  L.mark('deployment marker v2.3.1');
  L.info('x'.repeat(2500));
  log4js.getLogger('http').info('::1 - - "GET /api/cart HTTP/1.1" 200 512 "-" "curl/8.4.0"');
  L.warn('deprecated config key "cache.ttl" – use "cache.maxAge"');
  log4js.shutdown();
} else if (which === 'tslog') {
  // tslog 4: new Logger() default (pretty, to the console)
  const { Logger } = require('tslog');
  const log = new Logger();
  const sub = log.getSubLogger({ name: 'checkout' });
  log.silly('silly details');
  log.trace('trace details');
  log.debug('debug: cart', { id: 42 });
  log.info('server listening on port 3000');
  sub.info('order 1001 placed by Jürgen – €99.50');
  sub.warn('payment retry "2/3"');
  sub.error('payment failed', err);
  log.fatal('ledger mismatch');
  log.info('multi-line\nsecond line');
} else if (which === 'consola') {
  // consola 3: the default instance (stdout not a TTY: its basic reporter)
  const { consola } = require('consola');
  consola.level = 5;
  consola.start('Building project...');
  consola.info('server listening on port 3000');
  consola.success('build finished in 1.2s');
  consola.debug('cache hit for /api/cart');
  consola.trace('entering submitOrder()');
  consola.warn('deprecated option "ssr" – use "render"');
  consola.error(err);
  consola.error('upload failed for café.png');
  consola.fatal('cannot bind port 3000');
  consola.ready('ready on http://localhost:3000');
  consola.withTag('nuxt').info('tagged message');
  consola.info('multi-line\nsecond line');
} else if (which === 'signale') {
  // signale 1: the default instance (its default types, to stdout/stderr)
  const signale = require('signale');
  signale.success('Operation successful');
  signale.debug('Hello', 'from', 'L59');
  signale.pending('Write release notes for %s', '1.2.0');
  signale.fatal(new Error('Unable to acquire lock'));
  signale.watch('Recursively watching build directory...');
  signale.complete({ prefix: '[task]', message: 'Fix issue #59', suffix: '(@klauscfhq)' });
  signale.info('order 1001 placed by Jürgen – €99.50');
  signale.warn('disk usage at 91%');
  signale.error('payment failed: "card declined"');
  signale.start('Start');
  signale.note('a note');
  signale.pause('paused');
  signale.star('starred');
  signale.await('awaiting');
  signale.log('plain log');
  signale.scope('checkout').info('scoped message');
  new signale.Signale({ config: { displayTimestamp: true, displayDate: true } }).info('with date and time');
} else if (which === 'bole') {
  // bole 6: bole.output({level:'debug', stream}) : JSON lines
  const bole = require('bole').default;
  const fs = require('fs');
  const stream = fs.createWriteStream(path.join(out, 'bole.jsonl'));
  bole.output({ level: 'debug', stream });
  const log = bole('shop'), sub = log('checkout');
  log.info('server listening on port %d', 3000);
  log.debug({ cart: 42 }, 'cart loaded');
  sub.info('order 1001 placed by "Jürgen" – €99.50');
  sub.warn({ retries: 2 }, 'payment retry');
  sub.error(err, 'payment failed');
  sub.error(err);
  log.info({ req: { method: 'GET', url: '/api/cart?q=caf%C3%A9', headers: { host: 'shop.test' }, connection: { remoteAddress: '::1', remotePort: 51234 } } }, 'request');
  log.info('multi-line\nsecond line');
  log.warn({ a: 1 });
  log.info('\u0000 control \t tab');
  stream.end();
}
