#!/bin/sh
# redis-server on 127.0.0.1:6399, jobs enqueued, then `rq worker --burst` (default logging) until the queues are empty.
set -u
W=/tmp/w29; B=$W/venv/bin; export TZ=UTC
redis-server --port 6399 --bind 127.0.0.1 --save '' --appendonly no --dir $W/redis --daemonize no > $W/redis_6399.log 2>&1 &
R=$!
sleep 1
cd $W/corpus/src
$B/python rq_enqueue.py
$B/rq worker --url redis://127.0.0.1:6399 --burst --name wörker-1 hoch-prio-ü default > $W/rq_raw.log 2>&1
sleep 1
kill -TERM $R; wait $R
