// lambda-log 3.1.0: the default export's LambdaLog instance, JSON lines; debug enabled with
// log.options.debug = true (otherwise debug() is dropped); meta and tags on some calls.
// Run: node lambda_log.js > lambda_log.jsonl 2>&1
const log = require('lambda-log');
log.options.debug = true;
log.options.meta.service = 'shop-api';
const run = require('./common.js');
run((level, ...args) => {
  const f = { info: 'info', debug: 'debug', warn: 'warn', error: 'error', fatal: 'error' }[level];
  if (args.length > 1 && args[1] instanceof Error) log[f](args[1], { context: args[0] }, ['checkout']);
  else log[f](args.join(' '), level === 'fatal' ? { fatal: true } : {});
});
log.log('info', 'request handled', { path: '/orders/1001', status: 200, ms: 3.2 }, ['http']);
log.assert(false, 'assertion logged because the value was falsy');
