'use strict';
// loglevel 1.9 with loglevel-plugin-prefix 0.8 applied with its defaults (template '[%t] %l:'), named loggers.
const log = require('loglevel');
const prefix = require('loglevel-plugin-prefix');
const run = require('./script');

prefix.reg(log);
prefix.apply(log);
log.setLevel('trace');
run((name, level, msg, err, fields) => {
  const l = log.getLogger(name);
  l.setLevel('trace');
  const args = [msg];
  if (fields) args.push(fields);
  if (err) args.push(err);
  if (level === 'fatal') level = 'error';
  l[level](...args);
});
