#!/bin/bash
# litestar run (uvicorn underneath), default LoggingConfig; stdout+stderr; Ctrl-C
set -um
HERE=$(cd "$(dirname "$0")" && pwd); OUT=$HERE/../../out; V=$HERE/../../venv/bin
export TZ=UTC PYTHONUNBUFFERED=1
cd "$HERE"
$V/litestar --app litestar_app:app run --host 127.0.0.1 --port 18705 > $OUT/litestar_run.log 2>&1 &
P=$!; sleep 5; ../requests.sh http://127.0.0.1:18705; sleep 0.5; kill -INT $P; wait $P
# the same with --debug (what `litestar run` users turn on in development: exceptions logged with their traceback)
$V/litestar --app litestar_app:app run --debug --host 127.0.0.1 --port 18705 > $OUT/litestar_run_debug.log 2>&1 &
P=$!; sleep 5; ../requests.sh http://127.0.0.1:18705; sleep 0.5; kill -INT $P; wait $P
