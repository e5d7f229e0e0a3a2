// Node generators: run with TZ=UTC as `NODE_PATH=<dir with pino, bunyan, winston> node gen_node.js`.
// Writes ../pino_default.jsonl, ../pino_nobase.jsonl, ../bunyan.jsonl, ../winston_json.jsonl,
// ../winston_logstash.jsonl.
'use strict';
const fs = require('fs');
const path = require('path');
const OUT = path.join(__dirname, '..');

const SCRIPT = [
  ['debug', 'connecting to db host=db-1 port=5432'],
  ['info', 'service started'],
  ['info', 'user Zoë Łukasz-Søren logged in from München'],
  ['info', '日本語のメッセージ: 注文を受け付けました'],
  ['warn', 'retrying request "GET /api/v1/orders" after 250 ms'],
  ['info', 'path C:\\Users\\zoe\\orders.csv\tloaded'],
  ['error', 'two-line message\nsecond line of the same message'],
  ['info', 'emoji in text: payment ok \u2705 \u{1F600}'],
  ['debug', 'cache hit ratio 0.93'],
  ['info', 'shutting down'],
];

function charge(orderId) {
  return new Error(`card declined for order ${orderId}: "insufficient funds"`);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function runPinoLike(log, levels) {
  for (const l of levels.pre) { log[l](`${l} level message`); await sleep(2); }
  for (const [level, msg] of SCRIPT) { log[level](msg); await sleep(2); }
  log.error({ err: charge(1234), orderId: 1234 }, 'payment failed for order 1234');
  log.info({ orderId: 1234, amount: '12.50 €' }, 'order placed');
  for (const l of levels.post) { log[l](`${l} level message`); await sleep(2); }
}

async function pinoFiles() {
  const pino = require('pino');
  // Default options (level raised to trace to show every level).
  let dest = pino.destination({ dest: path.join(OUT, 'pino_default.jsonl'), sync: true });
  let log = pino({ level: 'trace' }, dest);
  await runPinoLike(log, { pre: ['trace'], post: ['fatal'] });
  // base removed (no pid/hostname) and ISO times, with a name via a child binding.
  dest = pino.destination({ dest: path.join(OUT, 'pino_nobase.jsonl'), sync: true });
  log = pino({ level: 'trace', base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, dest).child({ name: 'checkout' });
  await runPinoLike(log, { pre: ['trace'], post: ['fatal'] });
}

async function bunyanFile() {
  const bunyan = require('bunyan');
  const log = bunyan.createLogger({ name: 'checkout', level: 'trace',
    streams: [{ level: 'trace', path: path.join(OUT, 'bunyan.jsonl') }],
    serializers: bunyan.stdSerializers });
  await runPinoLike(log, { pre: ['trace'], post: ['fatal'] });
  await sleep(200);
}

async function winstonFiles() {
  const winston = require('winston');
  const levels = ['silly', 'verbose', 'http'];
  const mk = (file, format) => winston.createLogger({
    level: 'silly', format, defaultMeta: { service: 'user-service' },
    transports: [new winston.transports.File({ filename: path.join(OUT, file) })],
  });
  const a = mk('winston_json.jsonl', winston.format.combine(winston.format.timestamp(), winston.format.errors({ stack: true }), winston.format.json()));
  const b = mk('winston_logstash.jsonl', winston.format.combine(winston.format.timestamp(), winston.format.logstash()));
  for (const log of [a, b]) {
    for (const l of levels) { log.log(l, `${l} level message`); }
    for (const [level, msg] of SCRIPT) { log.log(level, msg); await sleep(2); }
    log.error(charge(1234));
    log.info('order placed', { orderId: 1234, amount: '12.50 €' });
  }
  await sleep(300);
  a.end(); b.end();
  await sleep(300);
}

(async () => { await pinoFiles(); await bunyanFile(); await winstonFiles(); })();
