#!/bin/bash
# gearmand 1.1.20 in the foreground, its log file (-l) at --verbose=INFO, the sqlite3 persistent queue;
# activity with gearman's own tools (a worker, clients, gearadmin) and a few raw bad requests with nc.
# usage: run_gearmand.sh OUTDIR
set -u
OUT=$1
W=/tmp/w34b/gearman; rm -rf "$W"; mkdir -p "$W"; cd "$W" || exit 1
export TZ=UTC
gearmand -p 4731 -L 127.0.0.1 -t 2 --verbose=INFO -l "$W/gearmand.log" -P "$W/gearmand.pid" \
    -q libsqlite3 --libsqlite3-db="$W/queue.sqlite" > "$W/stdout.txt" 2>&1 &
GM=$!
sleep 1
gearman -p 4731 -w -f reverse -- rev > "$W/worker.txt" 2>&1 &
WK=$!
sleep 1
gearman -p 4731 -f reverse 'Café Zoë in 東京' > "$W/client.txt" 2>&1
gearman -p 4731 -f reverse "O'Brien \"Bob\" at C:\\shop\\orders" >> "$W/client.txt" 2>&1
gearman -p 4731 -b -f checkout 'order 1001' >> "$W/client.txt" 2>&1
gearadmin -p 4731 --status >> "$W/client.txt" 2>&1
gearadmin -p 4731 --drop-function nosuch >> "$W/client.txt" 2>&1
printf 'not a gearman command\r\n' | timeout 2 nc -q 1 127.0.0.1 4731 >> "$W/client.txt" 2>&1
printf '\0REQ\0\0\0\x63\0\0\0\0' | timeout 2 nc -q 1 127.0.0.1 4731 >> "$W/client.txt" 2>&1
kill -TERM $WK; wait $WK
sleep 1
kill -TERM $GM; wait $GM
cp "$W/gearmand.log" "$OUT/gearmand.log"
