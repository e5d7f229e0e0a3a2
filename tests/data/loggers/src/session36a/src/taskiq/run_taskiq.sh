#!/bin/bash
# taskiq 0.13.0 worker (PyPI, venv2) with taskiq-redis 1.2.4 (ListQueueBroker) and Redis 7.0.15 on 127.0.0.1:47440;
# default --log-format "[%(asctime)s][%(name)s][%(levelname)-7s][%(processName)s] %(message)s", INFO, stderr;
# --workers 1; stopped with SIGINT
. /work/helper36a/src/env.sh
set -m
export PATH=$OUT/venv2/bin:$PATH
D=$RUN/taskiq; rm -rf $D; mkdir -p $D
redis-server --port 47440 --bind 127.0.0.1 --save '' --logfile $D/redis.log & R=$!
sleep 0.5
cd $OUT/src/taskiq
taskiq worker shop_tasks:broker --workers 1 > $OUT/out/taskiq_worker.log 2>&1 & W=$!
sleep 3
python3 kick.py
sleep 4
kill -INT $W; wait $W
kill $R; wait
