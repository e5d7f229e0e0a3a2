'use strict';
// tracer 1.3: require('tracer').console() defaults (stdout, no colour), every method it has.
const logger = require('tracer').console({ level: 'log' });
const run = require('./script');

run((name, level, msg, err, fields) => {
  const args = [msg];
  if (fields) args.push(fields);
  if (err) args.push(err);
  if (level === 'fatal') level = 'error';
  logger[level](...args);
});
logger.log('plain log() call for %s', 'jürgen');
