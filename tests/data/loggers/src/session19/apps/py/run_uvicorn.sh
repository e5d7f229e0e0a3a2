#!/bin/bash
# uvicorn with its default logging config (LOGGING_CONFIG); stderr+stdout together as a terminal shows them.
# `run_uvicorn.sh` writes uvicorn_default.log, `run_uvicorn.sh trace` uvicorn_trace.log (every level shows).
cd "$(dirname "$0")"
V=${WORK:?a scratch folder}/venv/bin
export TZ=UTC
LEVEL=${1:-}
$V/uvicorn ${LEVEL:+--log-level $LEVEL} --port 18082 asgiapp:app > uvicorn.all 2>&1 &
PID=$!
sleep 2
curl -s -o /dev/null http://127.0.0.1:18082/
curl -s -o /dev/null http://127.0.0.1:18082/api/orders/100234
curl -s -o /dev/null http://127.0.0.1:18082/missing
curl -s -o /dev/null http://127.0.0.1:18082/zoe
curl -s -o /dev/null http://127.0.0.1:18082/boom
sleep 0.5
kill -INT $PID; wait $PID
cp uvicorn.all "$WORK/uvicorn_${LEVEL:-default}.log"
