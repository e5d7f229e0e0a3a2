#!/bin/sh
# koa + koa-logger, stdout and stderr (not a TTY) into one file; curl requests; SIGTERM.
export TZ=UTC NODE_PATH=/tmp/w31b/node/node_modules
node app.js > koa_raw.log 2>&1 &
PID=$!
sleep 1
B=http://127.0.0.1:18434
curl -s -o /dev/null $B/
curl -s -o /dev/null "$B/K%C3%B6ln?q=%E6%97%A5%E6%9C%AC"
curl -s -o /dev/null $B/boom
curl -s -o /dev/null $B/verboten
curl -s -o /dev/null $B/langsam
curl -s -o /dev/null -X POST -d '{"a":1}' -H 'Content-Type: application/json' $B/bestellung
curl -s -o /dev/null $B/leer
curl -s -o /dev/null $B/umleitung
curl -s -o /dev/null $B/typfehler
curl -s -o /dev/null $B/gibt/es/nicht
curl -s -o /dev/null -X DELETE $B/
curl -s -o /dev/null "$B/$(python3 -c 'print("lang/" + "a" * 400)')"
curl -s -o /dev/null -I $B/
kill -TERM $PID
wait $PID
