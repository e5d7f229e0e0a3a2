'use strict';
// The records every Node demo logs; sink(name, level, msg, err, fields) adapts one library.
function longMessage() {
  const keys = [];
  for (let i = 0; i < 180; i++) keys.push('product:' + String(i).padStart(5, '0'));
  return 'cache warmup finished, keys: ' + keys.join(' ');
}

function configError() {
  try {
    JSON.parse('{"timeout": zwölf}');
  } catch (e) {
    const err = new Error("could not read config value 'timeout'");
    err.cause = e;
    return err;
  }
}

module.exports = function run(sink) {
  const app = 'shop', auth = 'auth', db = 'db', http = 'http';
  sink(app, 'info', 'server starting', null, { port: 8080, env: 'production', version: '1.4.2' });
  sink(app, 'debug', 'loaded configuration from /etc/shop/config.yaml (42 entries)');
  sink(app, 'trace', 'entering handler ListOrders');
  sink(auth, 'info', 'user login', null, { user: 'jürgen', ip: '203.0.113.7' });
  sink(auth, 'warn', 'user login failed for zoë@example.com from 198.51.100.23: bad password');
  sink(app, 'info', 'Bestellung für Café Zoë in 東京 bestätigt (Größe: ü)');
  sink(app, 'info', 'customer wrote "deliver to the back door" and \'thanks\'');
  sink(app, 'debug', 'columns:\tid\tname\tprice');
  sink(app, 'info', 'exported report to C:\\Users\\zoë\\reports\\q4.csv');
  sink(app, 'warn', "config reload produced warnings\nsecond line: key 'timeout' is deprecated\nthird line: use 'deadline'");
  const t = new Error('canceling statement due to statement timeout');
  t.code = '57014';
  sink(db, 'error', 'DB timeout after 5000 ms (db=orders)', t);
  sink(app, 'info', longMessage());
  sink(app, 'error', 'config reload failed', configError());
  sink(app, 'info', '');
  sink(app, 'info', '   message with leading and trailing spaces   ');
  const paths = ['/api/orders', '/api/orders/42', '/api/users/me', '/healthz', '/api/cart', '/static/app.js', '/api/search?q=caf%C3%A9', '/api/orders/99'];
  const statuses = [200, 201, 200, 200, 404, 304, 200, 500];
  const methods = ['GET', 'POST', 'GET', 'GET', 'DELETE', 'GET', 'GET', 'PUT'];
  for (let i = 0; i < 24; i++) {
    const j = i % paths.length;
    const m = `HTTP request done method=${methods[j]} path=${paths[j]} status=${statuses[j]} duration_ms=${(3.25 + i * 1.5).toFixed(2)} request_id=req-${String(i + 1).padStart(4, '0')}`;
    sink(http, statuses[j] >= 500 ? 'error' : statuses[j] >= 400 ? 'warn' : 'info', m);
  }
  sink(db, 'trace', 'pool stats idle=3 busy=1');
  sink(db, 'warn', 'slow query took 1532.4 ms');
  sink(db, 'fatal', 'database unreachable, giving up', new Error('connection pool exhausted'));
  sink(app, 'info', 'shutting down on SIGTERM');
};
