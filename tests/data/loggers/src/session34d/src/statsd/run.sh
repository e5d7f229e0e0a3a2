#!/bin/bash
# statsd 0.9.0 (npm) with its console backend: its logger writes through Node's util.log on stdout
# (NODE_MODULES: a folder where `npm ci` was run with this package.json / package-lock.json)
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/w34d/out}; W=$OUT/statsd; rm -rf $W; mkdir -p $W
NM=${NODE_MODULES:-/tmp/w34d/npm/node_modules}
export TZ=UTC
cd $NM/statsd
node stats.js $HERE/config.js > $W/statsd.log 2> $W/stderr.txt &
PID=$!
sleep 1.5
send() { printf '%b' "$1" | nc -u -w 1 -q 0 127.0.0.1 18125; }
send 'shop.orders:1|c'
send 'shop.checkout.latency:320|ms\nshop.orders:2|c|@0.5'
send 'shop.cafe_zoë_東京:7|g'
send 'shop.bad.metric:abc|ms'
send 'this is not a metric'
send 'shop.path:1|c|#path:C:\\shop\\orders'
printf 'stats\r\n' | nc -q 1 127.0.0.1 18126 > /dev/null
printf 'counters\r\n' | nc -q 1 127.0.0.1 18126 > /dev/null
printf 'delcounters shop.orders\r\n' | nc -q 1 127.0.0.1 18126 > /dev/null
printf 'no_such_command\r\n' | nc -q 1 127.0.0.1 18126 > /dev/null
sleep 1
kill -TERM $PID; wait $PID
