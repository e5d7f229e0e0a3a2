// Koa 3 with koa-logger (default options) and Koa's default error handler (app.onerror to stderr).
const Koa = require('koa');
const Router = require('@koa/router');
const logger = require('koa-logger');

const app = new Koa();
const router = new Router();
app.use(logger());

router.get('/', (ctx) => { ctx.body = 'Grüße aus Köln — 日本'; });
router.get('/K%C3%B6ln', (ctx) => { ctx.body = { stadt: 'Köln' }; });
router.get('/boom', () => { throw new Error('Datenbank nicht erreichbar: Köln → 東京'); });
router.get('/verboten', (ctx) => { ctx.throw(403, 'Zugriff verweigert für Jürgen'); });
router.get('/langsam', async (ctx) => { await new Promise((r) => setTimeout(r, 1200)); ctx.body = 'x'.repeat(250000); });
router.post('/bestellung', async (ctx) => { ctx.status = 201; ctx.body = { id: 4711 }; });
router.get('/leer', (ctx) => { ctx.status = 204; });
router.get('/umleitung', (ctx) => { ctx.redirect('/'); });
router.get('/typfehler', () => { const x = null; return x.feld; });
app.use(router.routes()).use(router.allowedMethods());

app.listen(18434, '127.0.0.1', () => console.log('koa listening on http://127.0.0.1:18434'));
