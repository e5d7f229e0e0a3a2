#!/bin/bash
# gunicorn with its default logging, level debug so that every level shows; 2 workers, timeout 2 s
cd "$(dirname "$0")"
V=${WORK:?a scratch folder}/venv/bin
export TZ=UTC
$V/gunicorn --log-level debug -w 2 --timeout 2 -b 127.0.0.1:18081 wsgiapp:app 2> gunicorn.err > gunicorn.out &
PID=$!
sleep 2
curl -s -o /dev/null http://127.0.0.1:18081/
curl -s -o /dev/null http://127.0.0.1:18081/api/orders/100234
curl -s -o /dev/null http://127.0.0.1:18081/boom
curl -s -o /dev/null -m 8 http://127.0.0.1:18081/slow
sleep 1
kill -HUP $PID; sleep 2
kill -TERM $PID; wait $PID
cp gunicorn.err ../../gunicorn_default.log
