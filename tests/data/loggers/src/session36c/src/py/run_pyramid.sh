#!/bin/bash
# pserve development.ini: Pyramid 2.1 on waitress, cookiecutter logging + Paste TransLogger; stderr
set -um  # -m: background jobs keep SIGINT (Ctrl-C) instead of ignoring it
HERE=$(cd "$(dirname "$0")" && pwd); OUT=$HERE/../../out; V=$HERE/../../venv/bin
export TZ=UTC PYTHONUNBUFFERED=1 PYTHONPATH=$HERE
cd "$HERE"
$V/pserve development.ini > $OUT/pyramid_pserve.log 2>&1 &
P=$!; sleep 4; ../requests.sh http://127.0.0.1:18704; sleep 0.5; kill -INT $P; wait $P
