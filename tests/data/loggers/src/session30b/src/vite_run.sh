#!/bin/bash
# Vite 8.4.0 (npm), Node 20.20.2: the dev server (`vite --host 127.0.0.1`, no config file, default log level
# info), stdout+stderr captured (not a TTY: no colours). A browser-less client: curl fetches the page and the
# modules (so they are in the module graph), then files are edited (HMR update, full reload), one gets a syntax
# error and is fixed again, a missing import is requested; SIGTERM.
set -u
export TZ=UTC
S=$(dirname "$(readlink -f "$0")")/vite
D=/tmp/w30/vite/app; V=/tmp/w30/node/node_modules/.bin/vite
rm -rf /tmp/w30/vite && mkdir -p $D && cp $S/index.html $S/main.js $S/gruss.js $S/grüße.css $D/
cd $D
$V --host 127.0.0.1 --port 15173 --strictPort > /tmp/w30/vite/vite_raw.log 2>&1 &
VP=$!
U=http://127.0.0.1:15173
for i in $(seq 50); do curl -s -o /dev/null $U/ && break; sleep 0.3; done
for p in / /main.js /gruss.js /gr%C3%BC%C3%9Fe.css /@vite/client; do curl -s -o /dev/null -w "$p %{http_code}\n" $U$p; done
sleep 1
printf 'export function gruss(stadt) {\n  return `Servus aus ${stadt} — café`\n}\n' > gruss.js; sleep 1.5
printf 'export function gruss(stadt {\n  return `kaputt`\n}\n' > gruss.js; sleep 0.5
curl -s -o /dev/null -w "/gruss.js %{http_code}\n" "$U/gruss.js?t=2"; sleep 1.5
printf 'export function gruss(stadt) {\n  return `Grüße aus ${stadt}`\n}\n' > gruss.js; sleep 1.5
printf '#app { color: crimson; }\n' > grüße.css; sleep 1.5
sed -i 's/Grüße/Grüße und Tschüss/' index.html; sleep 1.5
printf "import { fehlt } from './gibtsnicht.js'\nconsole.log(fehlt)\n" > extra.js
curl -s -o /dev/null -w "/extra.js %{http_code}\n" $U/extra.js; sleep 1
curl -s -o /dev/null -w "/nichtda.js %{http_code}\n" $U/nichtda.js; sleep 1
kill -TERM $VP; wait $VP
