#!/bin/bash
# web.py's built-in server (cheroot) on 127.0.0.1:18706; stdout+stderr; Ctrl-C
set -um
HERE=$(cd "$(dirname "$0")" && pwd); OUT=$HERE/../../out; V=$HERE/../../venv/bin
export TZ=UTC PYTHONUNBUFFERED=1
cd "$HERE"
$V/python webpy_app.py 127.0.0.1:18706 > $OUT/webpy_builtin.log 2>&1 &
P=$!; sleep 3; ../requests.sh http://127.0.0.1:18706; sleep 0.5; kill -INT $P; wait $P
