// fancy-log 2.0.0 (the logger gulp prints with) defaults: log(), log.info/warn/error/dir.
// Run: node fancy_log.js > fancy_log.log 2>&1   (warn/error go to stderr; one file)
const log = require('fancy-log');
const run = require('./common.js');
run((level, ...args) => {
  const f = { info: log.info, debug: log, warn: log.warn, error: log.error, fatal: log.error }[level];
  f(...args);
});
log.dir({ task: 'build', files: ['a.js', 'Zoë.js'], ok: true });
log("Starting 'build'...");
log("Finished 'build' after 12 ms");
