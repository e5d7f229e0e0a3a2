#!/bin/sh
# next dev (Next.js 16, default bundler), stdout+stderr not a TTY; curl pages, an API route that throws,
# a page that throws during render, a 404, a syntax error edit and its fix; SIGTERM.
export TZ=UTC NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")"
rm -rf .next next_raw.log
./node_modules/.bin/next dev -H 127.0.0.1 -p 18436 > next_raw.log 2>&1 &
PID=$!
for i in $(seq 1 60); do grep -q Ready next_raw.log && break; sleep 1; done
B=http://127.0.0.1:18436
curl -s -o /dev/null $B/
curl -s -o /dev/null $B/koeln
curl -s -o /dev/null $B/api/boom
curl -s -o /dev/null $B/kaputt
curl -s -o /dev/null "$B/gibt/es/nicht/K%C3%B6ln"
cp app/koeln/page.js /tmp/koeln_page.bak
printf 'export default function Koeln() {\n  return <p>Köln</p>\n' > app/koeln/page.js
sleep 2
curl -s -o /dev/null $B/koeln
cp /tmp/koeln_page.bak app/koeln/page.js
sleep 2
curl -s -o /dev/null $B/koeln
sleep 1
kill -TERM $PID
wait $PID
