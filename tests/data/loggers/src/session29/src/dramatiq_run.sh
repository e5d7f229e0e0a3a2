#!/bin/sh
# redis-server on 127.0.0.1:6399 (no persistence), a dramatiq worker (-v: DEBUG), messages sent, SIGTERM.
set -u
W=/tmp/w29; B=$W/venv/bin; export TZ=UTC
redis-server --port 6399 --bind 127.0.0.1 --save '' --appendonly no --dir $W/redis --daemonize no > $W/redis_6399.log 2>&1 &
R=$!
sleep 1
cd $W/corpus/src
$B/dramatiq dramatiq_tasks --processes 1 --threads 2 -v > $W/dramatiq_raw.log 2>&1 &
D=$!
sleep 4
$B/python dramatiq_tasks.py
sleep 6
kill -TERM $D; wait $D
kill -TERM $R; wait $R
