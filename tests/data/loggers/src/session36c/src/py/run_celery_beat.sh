#!/bin/bash
# celery beat -l INFO (the Celery docs' command) for ~9 s, then Ctrl-C (SIGINT); its stdout+stderr
set -um
HERE=$(cd "$(dirname "$0")" && pwd); OUT=$HERE/../../out; V=$HERE/../../venv/bin; TMP=$(cd "$HERE/../.." && pwd)/tmp
export TZ=UTC PYTHONUNBUFFERED=1 PYTHONPATH=$HERE
mkdir -p $TMP; rm -f $TMP/celerybeat-schedule*; cd "$HERE"
$V/celery -A beat_tasks beat -l INFO -s $TMP/celerybeat-schedule > $OUT/celery_beat.log 2>&1 &
P=$!; sleep 9; kill -INT $P; wait $P
