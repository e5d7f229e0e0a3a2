// console-stamp 3.1.2 with its defaults: require('console-stamp')(console); every console method used.
// Run: node console_stamp.js > console_stamp.log 2>&1   (stdout and stderr to one file)
require('console-stamp')(console);
const run = require('./common.js');
run((level, ...args) => {
  const m = { info: 'info', debug: 'debug', warn: 'warn', error: 'error', fatal: 'error' }[level];
  console[m](...args);
});
console.log('plain console.log: %d orders, %s', 3, 'done');
console.trace('trace from shutdown hook');
