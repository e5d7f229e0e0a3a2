// The shop API on Fastify with its built-in logger switched on (`logger: true`: pino, JSON lines on stdout).
const fastify = require('fastify')({ logger: true });

fastify.get('/', async () => ({ ok: true }));
fastify.get('/boom', async () => { throw new Error('boom: Café Zoë in 東京 failed'); });
fastify.post('/orders', async (req) => {
  req.log.info({ customer: req.body.customer }, `order from ${req.body.customer}: note=${req.body.note}`);
  return { customer: req.body.customer };
});
fastify.get('/slow', async (req) => {
  await new Promise((r) => setTimeout(r, 1200));
  req.log.warn('slow request took 1.2 s');
  return { slow: true };
});
fastify.get('/search', async (req) => ({ q: req.query.q, tag: req.query.tag }));

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => { fastify.log.info(`received ${sig}, closing`); await fastify.close(); process.exit(0); });
}
fastify.listen({ host: '127.0.0.1', port: Number(process.argv[2]) });
