// The shop API on Express 5 with morgan's `combined` format (and Express's own default error handler).
const express = require('express');
const morgan = require('morgan');

const app = express();
app.use(morgan('combined'));
app.use(express.json());
app.get('/', (req, res) => res.json({ ok: true }));
app.get('/boom', () => { throw new Error('boom: Café Zoë in 東京 failed'); });
app.post('/orders', (req, res) => {
  console.log('order from %s: note=%s', req.body.customer, req.body.note);
  res.json({ customer: req.body.customer });
});
app.get('/slow', (req, res) => setTimeout(() => { console.warn('slow request took 1.2 s'); res.json({ slow: true }); }, 1200));
app.get('/search', (req, res) => res.json({ q: req.query.q, tag: req.query.tag }));
const server = app.listen(Number(process.argv[2]), '127.0.0.1', () => console.log('listening on %d', server.address().port));
process.on('SIGINT', () => { console.log('SIGINT: closing'); server.close(() => process.exit(0)); });
