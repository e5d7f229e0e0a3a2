#!/bin/sh
# webpack-dev-server 5 (webpack-cli `serve`), stdout+stderr not a TTY; edits: a good change, a syntax error,
# a missing import, an import of a missing export (warning), a fix; an HTTP request for a missing file; SIGTERM.
export TZ=UTC
cd "$(dirname "$0")"
rm -f wds_raw.log
ln -sfn /tmp/w31b/node/node_modules node_modules
printf 'import { gruss } from "./gruss.js";\ndocument.body.textContent = gruss("Köln");\n' > src/index.js
printf 'export function gruss(stadt) { return `Grüße aus ${stadt} — 日本`; }\n' > src/gruss.js
/tmp/w31b/node/node_modules/.bin/webpack serve >> wds_raw.log 2>&1 &
PID=$!
sleep 6
curl -s -o /dev/null http://127.0.0.1:18435/main.js
curl -s -o /dev/null http://127.0.0.1:18435/fehlt.js
curl -s -o /dev/null "http://127.0.0.1:18435/api/bestellungen/K%C3%B6ln"
# a second dev server on the same port (appends to the same file)
timeout 30 /tmp/w31b/node/node_modules/.bin/webpack serve >> wds_raw.log 2>&1
printf 'export function gruss(stadt) { return `Hallo ${stadt} — 東京`; }\n' > src/gruss.js
sleep 3
printf 'export function gruss(stadt) { return `Hallo ${stadt}` + ; }\n' > src/gruss.js
sleep 3
printf 'import { gruss } from "./gruss.js";\nimport { fehlt } from "./gibt-es-nicht.js";\ndocument.body.textContent = gruss("Zürich") + fehlt;\n' > src/index.js
printf 'export function gruss(stadt) { return `Hallo ${stadt}`; }\n' > src/gruss.js
sleep 3
printf 'import { gruss, tschuess } from "./gruss.js";\ndocument.body.textContent = gruss("São Paulo") + tschuess;\n' > src/index.js
sleep 3
printf 'import { gruss } from "./gruss.js";\ndocument.body.textContent = gruss("Köln");\n' > src/index.js
sleep 3
kill -TERM $PID
wait $PID
