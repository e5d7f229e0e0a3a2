// The shop API on hapi with no logging plugin: what hapi prints by itself, with its `debug` option opened up.
const Hapi = require('@hapi/hapi');

const init = async () => {
  // debug: every request and server event on stderr (hapi's documented development setting; its default only shows 'implementation' errors)
  const server = Hapi.server({ host: '127.0.0.1', port: Number(process.argv[2]), debug: { request: ['*'], log: ['*'] } });
  server.route({ method: 'GET', path: '/', handler: () => ({ ok: true }) });
  server.route({ method: 'GET', path: '/boom', handler: () => { throw new Error('boom: Café Zoë in 東京 failed'); } });
  server.route({
    method: 'POST', path: '/orders', handler: (request) => {
      request.log(['orders', 'info'], `order from ${request.payload.customer}`);
      server.log(['orders', 'error'], `note=${request.payload.note}`);
      return { customer: request.payload.customer };
    },
  });
  server.route({ method: 'GET', path: '/slow', handler: async () => { await new Promise((r) => setTimeout(r, 1200)); return { slow: true }; } });
  server.route({ method: 'GET', path: '/search', handler: (request) => ({ q: request.query.q, tag: request.query.tag }) });
  await server.start();
  console.log('Server running on %s', server.info.uri);
  process.on('SIGINT', async () => { await server.stop(); console.log('Server stopped'); process.exit(0); });
};

process.on('unhandledRejection', (err) => { console.log(err); process.exit(1); });
init();
