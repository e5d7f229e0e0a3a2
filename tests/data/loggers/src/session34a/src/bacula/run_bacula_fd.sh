#!/bin/bash
# bacula-fd -f (foreground) with a Messages resource appending to bacula_fd.log, and its debug
# output (-d 200 -dt) on stdout kept as bacula_fd_debug.log; peers on 127.0.0.1:19102 speak
# (peer.py) the Director's "Hello" with an unknown name, wrong passwords, and short packets; then SIGTERM.
# usage: run_bacula_fd.sh OUTDIR
set -u
HERE=$(cd "$(dirname "$0")" && pwd); OUT=$1
rm -rf /tmp/w34a/run/bacula; mkdir -p /tmp/w34a/run/bacula
rm -f "$OUT/bacula_fd.log"
TZ=UTC bacula-fd -f -d 200 -dt -c "$HERE/bacula-fd.conf" > "$OUT/bacula_fd_debug.log" 2>&1 &
P=$!
sleep 2
python3 "$HERE/peer.py" unknown
python3 "$HERE/peer.py" badpass
python3 "$HERE/peer.py" short
python3 "$HERE/peer.py" monitor
python3 "$HERE/peer.py" short
sleep 1
kill -TERM "$P"; wait "$P"
