// Node 20: console.log/info/warn/error, process warnings (run with --trace-warnings), a deprecation, and an
// unhandled promise rejection (default --unhandled-rejections=throw: the process dies). Arg: "error" rejects
// with an Error, "string" with a plain string, "warnmode" is meant for --unhandled-rejections=warn.
const mode = process.argv[2] || 'error';
console.log('Start: Lager Köln / 東京, mode=%s', mode);
console.info('info: %d Artikel geladen', 3);
console.warn('warn: Konfiguration "café.json" fehlt\tnehme Vorgaben');
console.error('error: zweizeilig\nzweite Zeile');
console.error(new Error('Fehler nur geloggt: ü'));
process.emitWarning('Puffer fast voll (東京)');
process.emitWarning('eigene Warnung', { type: 'LagerWarning', code: 'LAGER001', detail: 'Details: 3 Stück übrig' });
new Buffer(4);   // DEP0005
process.emitWarning('experimentell', 'ExperimentalWarning');
console.debug({ artikel: 'Käse', menge: 2 });
async function zahlen() {
  await new Promise((r) => setTimeout(r, 50));
  if (mode === 'string') throw 'Zahlung abgelehnt: 東京';   // eslint-disable-line no-throw-literal
  throw new Error('Zahlung fehlgeschlagen: Käse €12');
}
zahlen();
setTimeout(() => console.log('noch da nach der Ablehnung'), 200);
