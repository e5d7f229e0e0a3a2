// Runs one Node logging tool with its documented defaults and writes what it prints. Usage: node gen_node.js TOOL
// (morgan | pino_source | roarr | nest | electronlog). Run with TZ=UTC, NODE_PATH=$CORPUS/node/node_modules. See run_node.sh.
'use strict';
const fs = require('fs');
const path = require('path');
const RAW = path.join(process.env.CORPUS, 'raw');
const LONG = 'payload=' + 'ä€x'.repeat(850);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function morgan() {
  const express = require('express');
  const morgan = require('morgan');
  const app = express();
  for (const fmt of ['dev', 'tiny', 'short']) {
    app.use(morgan(fmt, { stream: fs.createWriteStream(path.join(RAW, `morgan_${fmt}.log`)) }));
  }
  app.get('/orders/:id', (req, res) => res.json({ id: req.params.id, city: 'Köln' }));
  app.get('/slow', async (req, res) => { await sleep(120); res.send('ok'); });
  app.get('/boom', () => { throw new Error('price missing for sku 7'); });
  app.get('/empty', (req, res) => res.status(204).end());
  app.get('/cached', (req, res) => res.status(304).end());
  app.post('/orders', (req, res) => res.status(201).json({ ok: true }));
  app.use((err, req, res, next) => res.status(500).send('internal error'));
  const server = app.listen(5471, '127.0.0.1');
  await sleep(200);
  const base = 'http://127.0.0.1:5471';
  const reqs = [['GET', '/orders/42'], ['GET', '/orders/K%C3%B6ln'], ['GET', '/nope'], ['GET', '/boom'], ['GET', '/slow'],
    ['GET', '/empty'], ['GET', '/cached'], ['POST', '/orders'], ['DELETE', '/orders/42'], ['GET', '/orders/7?utm=' + 'x'.repeat(1500)],
    ['HEAD', '/orders/1'], ['GET', '/orders/8'], ['OPTIONS', '/orders/8'], ['GET', '/boom'], ['GET', '/orders/9']];
  for (const [m, p] of reqs) {
    try { const r = await fetch(base + p, { method: m }); await r.arrayBuffer(); } catch (e) { /* ignore */ }
  }
  // a client that goes away before the response: morgan logs it without status
  const net = require('net');
  await new Promise((res) => { const s = net.connect(5471, '127.0.0.1', () => { s.write('GET /slow HTTP/1.1\r\nHost: x\r\n\r\n'); setTimeout(() => { s.destroy(); res(); }, 30); }); });
  await sleep(300);
  server.close();
}

// pino's own JSON, piped through pino-pretty by run_node.sh
function pino_source() {
  const pino = require('pino');
  const log = pino({ level: 'trace', name: 'shop' });
  const orders = log.child({ module: 'orders' });
  log.trace('entering main loop');
  log.debug({ file: '/etc/shop/shop.toml' }, 'loading config');
  log.info('Shop started on port 8080 – Grüße aus Köln');
  orders.info({ orderId: 42, items: ['Kaffee', 'Tee'] }, 'order placed');
  log.warn('cache miss rate 41% above threshold 30%');
  orders.error(new Error('could not price order 44'), 'pricing failed');
  log.info('line one of a two-line message\nsecond line of it');
  log.info(LONG);
  log.fatal({ host: 'db-1', port: 5432 }, 'database unreachable');
  log.info('shutting down');
}

function roarr() {
  const { Roarr } = require('roarr');
  const log = Roarr.child({ application: 'shop' });
  const orders = log.child({ namespace: 'orders' });
  log.trace('entering main loop');
  log.debug({ file: '/etc/shop/shop.toml' }, 'loading config');
  log.info('Shop started on port 8080 – Grüße aus Köln');
  orders.info({ orderId: 42 }, 'order %s placed', '42');
  log.warn('cache miss rate 41%% above threshold 30%%');
  orders.error({ error: { message: 'could not price order 44', stack: new Error('could not price order 44').stack } }, 'pricing failed');
  log.info('line one of a two-line message\nsecond line of it');
  log.info(LONG);
  log.fatal({ host: 'db-1' }, 'database unreachable');
  log('a message logged with no level');
}

async function nest() {
  require('reflect-metadata');
  const { Module, Injectable, Logger } = require('@nestjs/common');
  const { NestFactory } = require('@nestjs/core');
  class OrdersService {
    constructor() { this.logger = new Logger('OrdersService'); }
    place(id) { this.logger.log(`order ${id} placed: 3 × Kaffee, total €12.50`); }
  }
  Injectable()(OrdersService);
  class AppModule {}
  Module({ providers: [OrdersService] })(AppModule);
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['log', 'error', 'warn', 'debug', 'verbose', 'fatal'] });
  const svc = app.get(OrdersService);
  const log = new Logger('Shop');
  log.verbose('loading config from /etc/shop/shop.toml');
  log.debug('cache warmed: 120 entries');
  log.log('Shop started – Grüße aus Köln');
  svc.place(42);
  log.warn('cache miss rate 41% above threshold 30%');
  try { JSON.parse('{bad'); } catch (e) { log.error('could not parse basket', e.stack); }
  log.log({ orderId: 43, status: 'paid' });
  log.log('line one of a two-line message\nsecond line of it');
  if (log.fatal) log.fatal('database unreachable: connection refused (db-1:5432)');
  Logger.log('static logger call, no context');
  await app.close();
}

async function electronlog() {
  const log = require('electron-log/node');
  log.transports.file.resolvePathFn = () => path.join(RAW, 'electron_log.log');
  log.transports.file.level = 'silly';
  log.transports.console.level = false;
  const orders = log.scope('orders');
  log.silly('entering main loop');
  log.debug('loading config from /etc/shop/shop.toml');
  log.verbose('config has 12 keys');
  log.info('Shop started on port 8080 – Grüße aus Köln');
  orders.info('order 42 placed: 3 × Kaffee, total €12.50');
  log.warn('cache miss rate 41% above threshold 30%');
  log.error('could not price order 44', new Error('price missing for sku 7'));
  log.info('line one of a two-line message\nsecond line of it');
  log.info(LONG);
  log.info({ orderId: 43, status: 'paid' });
  orders.error('payment declined for order 45');
  await sleep(300);
}

const fns = { morgan, pino_source, roarr, nest, electronlog };
Promise.resolve(fns[process.argv[2]]()).catch((e) => { console.error(e); process.exit(1); });
