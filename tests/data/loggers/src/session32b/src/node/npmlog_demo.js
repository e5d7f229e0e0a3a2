'use strict';
// npmlog 7: defaults (stderr, no colour when not a TTY), level 'silly'; prefix = component.
const log = require('npmlog');
const run = require('./script');

log.level = 'silly';
const map = { trace: 'silly', debug: 'verbose', fatal: 'error' };
run((name, level, msg, err, fields) => {
  const args = [msg];
  if (fields) args.push(fields);
  if (err) args.push(err);
  log.log(map[level] || level, name, ...args);
});
log.http('fetch', 'GET 200 https://registry.npmjs.org/loglevel 412ms (cache revalidated)');
log.notice('update', 'New minor version of shop available! 1.4.2 -> 1.5.0');
log.timing('reify', 'Completed in 1532ms');
