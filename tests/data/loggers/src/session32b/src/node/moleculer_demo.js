'use strict';
// Moleculer 0.14 ServiceBroker with its default logger (Console, formatter "full") at level trace, not a TTY.
const { ServiceBroker, Errors } = require('moleculer');
const run = require('./script');

const broker = new ServiceBroker({ nodeID: 'node-1', logLevel: 'trace' });
broker.createService({
  name: 'orders',
  actions: {
    get(ctx) {
      if (ctx.params.id === 99) throw new Errors.MoleculerError('Order not found', 404, 'NOT_FOUND', { id: 99 });
      return { id: ctx.params.id, city: '東京' };
    },
  },
  started() {
    const loggers = {};
    run((name, level, msg, err, fields) => {
      const l = loggers[name] || (loggers[name] = broker.getLogger(name, { svc: name }));
      const args = [msg];
      if (fields) args.push(fields);
      if (err) args.push(err);
      l[level](...args);
    });
  },
});
broker.start()
  .then(() => broker.call('orders.get', { id: 42 }))
  .then(() => broker.call('orders.get', { id: 99 }))
  .catch((e) => broker.logger.error('call failed:', e.message))
  .then(() => broker.call('payments.charge', { amount: 12 }))
  .catch((e) => broker.logger.warn(e))
  .then(() => broker.stop());
