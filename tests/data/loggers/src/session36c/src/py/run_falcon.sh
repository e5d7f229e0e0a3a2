#!/bin/bash
# gunicorn (sync workers) serving falcon_app.py, error log on stderr and the default access log on stdout, one stream
set -um  # -m: background jobs keep SIGINT (Ctrl-C) instead of ignoring it
HERE=$(cd "$(dirname "$0")" && pwd); OUT=$HERE/../../out; V=$HERE/../../venv/bin; TMP=$(cd "$HERE/../.." && pwd)/tmp
export TZ=UTC PYTHONUNBUFFERED=1
mkdir -p $TMP; cd "$HERE"
$V/gunicorn -w 2 -b 127.0.0.1:18703 --control-socket $TMP/gunicorn.ctl --access-logfile - falcon_app:app > $OUT/gunicorn_falcon.log 2>&1 &
P=$!; sleep 4; ../requests.sh http://127.0.0.1:18703; sleep 0.5; kill -TERM $P; wait $P
