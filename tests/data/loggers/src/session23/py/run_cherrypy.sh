#!/bin/bash
# CherryPy 18.10.0: quickstart with log.screen (engine/error log and access log to the console, its defaults), requests (200, 404, a handler
# that raises: 500 + traceback, a query with non-ASCII, a bad request), SIGHUP (the engine restarts itself) then SIGTERM. stdout+stderr in one file.
set -u; : "${CORPUS:?}"; D=$(cd "$(dirname "$0")" && pwd); W=$CORPUS/work/cherrypy; rm -rf $W; mkdir -p $W $CORPUS/raw
cd $D/apps
TZ=UTC $CORPUS/.venv/bin/python -u cherry_shop.py 5463 > $W/cherrypy.log 2>&1 & P=$!
for i in $(seq 40); do curl -s -o /dev/null 127.0.0.1:5463/ && break; sleep 0.25; done
for p in "order?oid=42" nope boom "order?oid=K%C3%B6ln"; do curl -s -o /dev/null -A "shop-client/1.0" -e "http://shop.test/" "127.0.0.1:5463/$p"; done
printf 'BLAH\r\n\r\n' | python3 $CORPUS/src/tcpsend.py 127.0.0.1 5463 1
sleep 0.3; kill -TERM $P; wait $P
cp $W/cherrypy.log $CORPUS/raw/cherrypy.log
