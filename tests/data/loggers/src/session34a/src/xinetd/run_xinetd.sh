#!/bin/bash
# xinetd -dontfork -filelog FILE (its own messages to a file; the services log there too) with four services on 127.0.0.1,
# a few connections by nc, then SIGTERM. usage: run_xinetd.sh OUTDIR
set -u
HERE=$(cd "$(dirname "$0")" && pwd); OUT=$1
rm -f "$OUT/xinetd_filelog.log"
TZ=UTC xinetd -dontfork -filelog "$OUT/xinetd_filelog.log" -f "$HERE/xinetd.conf" -pidfile /tmp/w34a/run/xinetd.pid &
P=$!
sleep 1
printf 'Café Zoë in 東京\n' | nc -q 1 127.0.0.1 17734 > /dev/null
nc -q 1 127.0.0.1 17735 < /dev/null > /dev/null
nc -q 1 127.0.0.1 17737 < /dev/null > /dev/null
nc -q 1 127.0.0.1 17736 < /dev/null > /dev/null
printf 'x\n' | nc -q 1 127.0.0.1 17734 > /dev/null
sleep 1
kill -TERM "$P"; wait "$P"
