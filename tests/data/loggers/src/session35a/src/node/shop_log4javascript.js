// Shop activity through log4javascript 1.4.16's XmlLayout (the layout its AjaxAppender posts to a server).
// log4javascript is a browser library: `window` is aliased to Node's global object, and a small appender
// appends each layout.format(event) to the file, as a server receiving AjaxAppender's posts would.
'use strict';
global.window = global;
const fs = require('fs');
const log4javascript = require('log4javascript');

const file = process.argv[2];
fs.writeFileSync(file, '');

function FileAppender(layout) { this.setLayout(layout); }
FileAppender.prototype = new log4javascript.Appender();
FileAppender.prototype.append = function (event) { fs.appendFileSync(file, this.getLayout().format(event)); };
FileAppender.prototype.toString = function () { return 'FileAppender'; };

const layout = new log4javascript.XmlLayout();
layout.setCustomField('app', 'shop-web');   // a documented custom field: <log4javascript:customfield>
const appender = new FileAppender(layout);
const log = log4javascript.getLogger('shop.http');
const db = log4javascript.getLogger('shop.db');
for (const l of [log, db]) { l.addAppender(appender); l.setLevel(log4javascript.Level.ALL); }

const customers = ['Café Zoë in 東京', 'O\'Brien "Bob" <vip> & co', 'tab\there', 'Łódź ½ ☃', 'back\\slash C:\\shop'];
log.info('shop starting, version 1.4.2');
log.debug('config loaded: port=8080 workers=4');
customers.forEach((c, i) => {
  log.info('GET /orders/' + (1001 + i) + ' 200 customer=' + c);
  db.trace('SELECT * FROM orders WHERE id=' + (1001 + i));
});
log.warn('orders folder C:\\shop\\orders is almost full (91%)');
try {
  JSON.parse('{"order": 1006,');
} catch (e) {
  const err = new Error('checkout of order 1006 failed', { cause: e });
  log.error('POST /checkout failed for order 1006', err);
}
log.info('multi-line report:\nline two\n\tline three');
log.info('CDATA end ]]> inside, and <![CDATA[ too');
log.info('terminal colour \x1b[31mred\x1b[0m reset');
log.info('several', 'messages', 'in one call');
log.fatal('database connection lost, shutting down');
log.info('shop stopped');
