// captains-log 2.0.5 (the logger Sails.js uses): require('captains-log')({ level: 'silly' }), otherwise defaults
// (console output with its prefixes). Every method: silly, verbose, info, debug, warn, error, crit, blank.
// Run: node captains_log.js > captains_log.log 2>&1
const log = require('captains-log')({ level: 'silly' });
const run = require('./common.js');
log.silly('captains-log ready, custom logger none');
log.verbose('loading hooks: http, orm, policies');
run((level, ...args) => {
  const f = { info: 'info', debug: 'debug', warn: 'warn', error: 'error', fatal: 'crit' }[level];
  log[f](...args);
});
log.blank();
log.ship && log.ship();
