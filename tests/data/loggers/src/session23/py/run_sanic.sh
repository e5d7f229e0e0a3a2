#!/bin/bash
# Sanic 25.12.1: `sanic apps.sanic_shop:app` (single process), access log on, no TTY (its plain formatter); a 200, a 404, a handler that raises
# (traceback), a malformed request, a 405; SIGINT. stdout+stderr in one file.
set -u; : "${CORPUS:?}"; D=$(cd "$(dirname "$0")" && pwd); W=$CORPUS/work/sanic; rm -rf $W; mkdir -p $W $CORPUS/raw
cd $D/apps
TZ=UTC $CORPUS/.venv/bin/sanic sanic_shop:app --host 127.0.0.1 --port 5461 --single-process --access-logs --no-motd > $W/sanic.log 2>&1 & P=$!
for i in $(seq 40); do curl -s -o /dev/null 127.0.0.1:5461/orders/1 && break; sleep 0.25; done
curl -s -o /dev/null 127.0.0.1:5461/orders/42
curl -s -o /dev/null 127.0.0.1:5461/nope
curl -s -o /dev/null 127.0.0.1:5461/boom
curl -s -o /dev/null 127.0.0.1:5461/slow
curl -s -o /dev/null -X DELETE 127.0.0.1:5461/orders/42
for i in 7 8 9; do curl -s -o /dev/null 127.0.0.1:5461/orders/$i; curl -s -o /dev/null "127.0.0.1:5461/orders/$i?city=K%C3%B6ln"; done
curl -s -o /dev/null 127.0.0.1:5461/boom
printf 'BLAH\r\n\r\n' | python3 $CORPUS/src/tcpsend.py 127.0.0.1 5461 1
sleep 0.5; kill -INT $P; wait $P
cp $W/sanic.log $CORPUS/raw/sanic.log
