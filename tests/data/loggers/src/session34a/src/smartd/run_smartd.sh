#!/bin/bash
# smartd -d (debug: foreground, messages to stdout) -q never, 4 s, then SIGTERM; usage: run_smartd.sh OUTDIR
set -u
HERE=$(cd "$(dirname "$0")" && pwd); OUT=$1
mkdir -p /tmp/w34a/run/smartd
TZ=UTC smartd -d -q never -c "$HERE/smartd.conf" -s /tmp/w34a/run/smartd/state. > "$OUT/smartd_debug.log" 2>&1 &
P=$!
sleep 4
kill -TERM "$P"; wait "$P"
echo "smartd exit $?"
