#!/bin/bash
# daphne 4.2.3 (Django Channels' ASGI server): `daphne -v 2` (its default logging: a console handler, plus the access log to stdout),
# requests: 200s, a 404, an app that raises (traceback), a bad request line, a WebSocket upgrade to a plain HTTP app; SIGTERM.
set -u; : "${CORPUS:?}"; D=$(cd "$(dirname "$0")" && pwd); W=$CORPUS/work/daphne; rm -rf $W; mkdir -p $W $CORPUS/raw
cd $D/apps
TZ=UTC $CORPUS/.venv/bin/daphne -v 2 -b 127.0.0.1 -p 5462 daphne_shop:application > $W/daphne.log 2>&1 & P=$!
for i in $(seq 40); do curl -s -o /dev/null 127.0.0.1:5462/orders/1 && break; sleep 0.25; done
for p in orders/42 orders/slow nope boom "orders/7?city=K%C3%B6ln"; do curl -s -o /dev/null "127.0.0.1:5462/$p"; done
curl -s -o /dev/null -X POST -d 'x=1' 127.0.0.1:5462/orders
printf 'BLAH\r\n\r\n' | python3 $CORPUS/src/tcpsend.py 127.0.0.1 5462 1
curl -s -o /dev/null --max-time 2 -H 'Connection: Upgrade' -H 'Upgrade: websocket' -H 'Sec-WebSocket-Version: 13' -H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==' 127.0.0.1:5462/ws
sleep 0.5; kill -TERM $P; wait $P
cp $W/daphne.log $CORPUS/raw/daphne.log
