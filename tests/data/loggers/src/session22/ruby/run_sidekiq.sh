#!/bin/bash
# Sidekiq 6.4.1 (Debian) with redis-server 7.0 on 127.0.0.1:5396: its default log (stdout, Pretty formatter; the redis gem deprecation warnings on stderr left out), -v (debug).
set -u
: "${CORPUS:?set CORPUS}"
D=$(cd "$(dirname "$0")" && pwd); W=$CORPUS/work/sidekiq; rm -rf $W; mkdir -p $W $CORPUS/raw
redis-server --port 5396 --bind 127.0.0.1 --save '' --appendonly no --dir $W > $W/redis.txt 2>&1 &
R=$!; sleep 1
export REDIS_URL=redis://127.0.0.1:5396/0 TZ=UTC
cd $D
sidekiq -r ./jobs.rb -c 2 -v > $W/sidekiq.log 2> $W/stderr.txt &
S=$!; sleep 4
ruby enqueue.rb 2>/dev/null
sleep 6
kill -TERM $S; wait $S
kill $R; wait $R
cp $W/sidekiq.log $CORPUS/raw/sidekiq.log
