// Shared "shop" activity for the Node logger runs: calls log(level, ...args) for each event.
module.exports = function run(log) {
  log('info', `shop-api starting, pid ${process.pid}, node ${process.version}`);
  log('debug', 'config loaded from /etc/shop/config.yml');
  log('info', 'listening on 127.0.0.1:8080');
  for (const [id, who, total] of [[1001, 'Café Zoë in 東京', 12.5], [1002, 'O\'Brien "Bob"', 3], [1003, 'tab\there', 0], [1004, 'Łódź ½ ☃', 7], [1005, 'back\\slash', 0]]) {
    log('info', `GET /orders/${id} 200 customer=${who}`);
    log('debug', `SELECT * FROM orders WHERE id = ${id}`);
    if (total === 0) log('warn', `order ${id} has total 0, path C:\\shop\\orders`);
  }
  const err = new Error('payment gateway refused: card declined');
  log('error', 'POST /checkout failed:', err);
  log('error', 'multi-line report:\nline two\n\tline three');
  log('warn', "slow query 1.52 s: note = 'naïve'");
  log('info', 'Übersicht: Grüße aus Köln');
  log('fatal', 'database connection lost, shutting down');
  log('info', 'shop-api stopped');
};
