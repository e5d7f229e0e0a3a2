// The shop API on Hono (Node adapter) with hono/logger, the framework's request logger.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { logger } from 'hono/logger';

const app = new Hono();
app.use(logger());
app.get('/', (c) => c.json({ ok: true }));
app.get('/boom', () => { throw new Error('boom: Café Zoë in 東京 failed'); });
app.post('/orders', async (c) => {
  const body = await c.req.json();
  console.log(`order from ${body.customer}: note=${body.note}`);
  return c.json({ customer: body.customer });
});
app.get('/slow', async (c) => { await new Promise((r) => setTimeout(r, 1200)); return c.json({ slow: true }); });
app.get('/search', (c) => c.json({ q: c.req.query('q'), tag: c.req.query('tag') }));
const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.argv[2]) },
  (info) => console.log(`Listening on http://${info.address}:${info.port}`));
process.on('SIGINT', () => { server.close(); process.exit(0); });
