// The app PM2 runs in run_pm2.sh: writes to stdout and stderr, then crashes (PM2 restarts it); the second start exits cleanly on SIGINT.
const n = Number(process.env.PM2_RUN || 0);
console.log('shop worker starting – Grüße aus Köln');
console.log('listening on 127.0.0.1:5472');
console.error('warning: cache directory /var/cache/shop missing, using /tmp');
setTimeout(() => console.log('order 42 placed: 3 × Kaffee'), 200);
setTimeout(() => { throw new Error('price missing for sku 7'); }, 700);
process.on('SIGINT', () => { console.log('SIGINT received, bye'); process.exit(0); });
