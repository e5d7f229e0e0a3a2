// The made-up shop's activity, shared by the Node programs.
exports.orders = [
  [1001, 200, 'Café Zoë in 東京'],
  [1002, 200, 'O\'Brien "Bob"'],
  [1003, 200, 'tab\there'],
  [1004, 404, 'Łódź ½ ☃'],
  [1005, 200, 'back\\slash'],
];
exports.multi = 'multi-line report:\nline two\n\tline three';
exports.disk = 'disk almost full on C:\\shop\\orders (91% used)';
