#!/bin/bash
# celery worker with its default log format (stderr), -l debug so that every level shows; banner goes to stdout
cd "$(dirname "$0")"
V=${WORK:?a scratch folder}/venv/bin
export TZ=UTC
rm -rf celerydata; mkdir -p celerydata/in celerydata/processed
$V/python send.py
$V/celery -A tasks worker -l info -c 2 > celery.out 2> celery.err &
PID=$!
sleep 6
kill -TERM $PID; wait $PID
cp celery.err "$WORK/celery_worker.log"
