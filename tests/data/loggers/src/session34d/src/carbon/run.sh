#!/bin/bash
# graphite-carbon 1.1.7 (Debian) carbon-cache, run twice with the same traffic:
#  1) --nodaemon: its log on stdout, each line tagged with the log's channel ([console], [listener], ...)
#  2) daemonized (the packaged default): console.log, listener.log, creates.log, tagdb.log in --logdir;
#     stopped with SIGTERM to the pid in its pidfile
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/w34d/out}; W=$OUT/carbon; rm -rf $W; mkdir -p $W/log $W/storage/whisper
export TZ=UTC
traffic() {
  NOW=$(date +%s)
  printf 'shop.orders.count 3 %s\nshop.orders.latency_ms 12.5 %s\nshop.cafe.zoe 1 %s\n' $NOW $NOW $NOW | nc -q 1 127.0.0.1 12003
  printf 'shop.orders.bad_value notanumber %s\nthis line has no value\nshop.orders.count 4 %s\n' $NOW $NOW | nc -q 1 127.0.0.1 12003
  printf 'Café.Zoë.東京 7 %s\n' $NOW | nc -q 1 127.0.0.1 12003
  printf '\x00\x00\x00\x05garbage' | nc -q 1 127.0.0.1 12004
}
carbon-cache --config=$HERE/carbon.conf --nodaemon --pidfile=$W/carbon.pid start > $W/nodaemon.log 2> $W/nodaemon.stderr &
PID=$!
sleep 4; traffic; sleep 3
kill -TERM $PID; wait $PID
rm -rf $W/storage; mkdir -p $W/storage/whisper
carbon-cache --config=$HERE/carbon.conf --logdir=$W/log --pidfile=$W/carbon.pid start > $W/daemon.stdout 2> $W/daemon.stderr
sleep 4; traffic; sleep 3
kill -TERM $(cat $W/carbon.pid)
while [ -e $W/carbon.pid ] && kill -0 $(cat $W/carbon.pid) 2>/dev/null; do sleep 0.5; done
