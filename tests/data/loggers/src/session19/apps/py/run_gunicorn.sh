#!/bin/bash
# gunicorn with its default logging; 2 workers, timeout 2 s. `run_gunicorn.sh` writes gunicorn_default.log,
# `run_gunicorn.sh debug` gunicorn_debug.log (every level shows, and the configuration dump).
cd "$(dirname "$0")"
V=${WORK:?a scratch folder}/venv/bin
export TZ=UTC
LEVEL=${1:-}
$V/gunicorn ${LEVEL:+--log-level $LEVEL} -w 2 --timeout 2 -b 127.0.0.1:18081 wsgiapp:app 2> gunicorn.err > gunicorn.out &
PID=$!
sleep 2
curl -s -o /dev/null http://127.0.0.1:18081/
curl -s -o /dev/null http://127.0.0.1:18081/api/orders/100234
curl -s -o /dev/null http://127.0.0.1:18081/boom
curl -s -o /dev/null -m 8 http://127.0.0.1:18081/slow
sleep 1
kill -HUP $PID; sleep 2
kill -TERM $PID; wait $PID
cp gunicorn.err "$WORK/gunicorn_${LEVEL:-default}.log"
