#!/bin/bash
# arq 0.28.0 worker (PyPI) with its default logging (arq.logs.default_log_config: '%(asctime)s: %(message)s',
# datefmt '%H:%M:%S', stderr), Redis 7.0.15 on 127.0.0.1:47430; stopped with SIGINT
. /work/helper36a/src/env.sh
D=$RUN/arq; rm -rf $D; mkdir -p $D; cd $D
redis-server --port 47430 --bind 127.0.0.1 --save '' --logfile $D/redis.log & R=$!
sleep 0.5
cd $OUT/src/arq
arq shop_worker.WorkerSettings > $OUT/out/arq_worker.log 2>&1 & W=$!
sleep 1.5
python3 enqueue.py
sleep 6
kill -INT $W; wait $W
kill $R; wait
