#!/bin/bash
# Tarantool: the shop server in the foreground (log to stderr), a net.box client, SIGTERM.
# usage: run_tarantool.sh OUTDIR
set -u
OUT=$1; HERE=$(cd "$(dirname "$0")" && pwd)
export TZ=UTC TT_WORK=/tmp/w34b/tarantool
rm -rf "$TT_WORK"; mkdir -p "$TT_WORK"
tarantool "$HERE/tarantool_shop.lua" 2> "$OUT/tarantool.log" &
PID=$!
sleep 2
tarantool "$HERE/tarantool_client.lua" > "$TT_WORK/client.txt" 2>&1
sleep 1
kill -TERM $PID; wait $PID
