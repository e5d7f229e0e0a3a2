#!/bin/bash
# fastapi run (fastapi-cli) and gunicorn + uvicorn's UvicornWorker, both serving fastapi_app.py; stdout+stderr as one stream
set -um  # -m: background jobs keep SIGINT (Ctrl-C) instead of ignoring it
HERE=$(cd "$(dirname "$0")" && pwd); OUT=$HERE/../../out; V=$HERE/../../venv/bin; TMP=$(cd "$HERE/../.." && pwd)/tmp; mkdir -p $TMP
export TZ=UTC PYTHONUNBUFFERED=1
cd "$HERE"
$V/fastapi run fastapi_app.py --host 127.0.0.1 --port 18701 > $OUT/fastapi_run.log 2>&1 &
P=$!; sleep 4; ../requests.sh http://127.0.0.1:18701; sleep 0.5; kill -INT $P; wait $P
$V/gunicorn -w 2 -k uvicorn.workers.UvicornWorker -b 127.0.0.1:18702 --access-logfile - --control-socket $TMP/gunicorn.ctl fastapi_app:app > $OUT/gunicorn_uvicorn_worker.log 2>&1 &
P=$!; sleep 4; ../requests.sh http://127.0.0.1:18702; sleep 0.5; kill -TERM $P; wait $P
