// The app nodemon watches: it logs with console.* and crashes when config.json says so.
const cfg = require('./config.json');
console.log(`Server startet für ${cfg.stadt} (Version ${cfg.version})`);
console.warn('Warnung: Cache deaktiviert — 日本 Spiegel nicht erreichbar');
if (cfg.absturz) {
  throw new Error(`Konfiguration ungültig: Port ${cfg.port} belegt in ${cfg.stadt}`);
}
setInterval(() => console.log(`tick ${new Date().toISOString()}`), 1500);
