#!/bin/bash
# gearmand 1.1.20 in the foreground, --verbose INFO, its log file; jobs by the gearman CLI.
# usage: run_gearmand.sh OUTDIR
set -u
OUT=$1; PORT=47340
rm -f "$OUT/gearmand.log"
TZ=UTC gearmand --verbose INFO -L 127.0.0.1 -p $PORT -l "$OUT/gearmand.log" --pid-file=/tmp/w34a/run/gearmand.pid -t 2 &
P=$!
sleep 1
# a worker that reverses text, run for 3 jobs
gearman -h 127.0.0.1 -p $PORT -w -c 3 -f reverse -- rev &
W=$!
sleep 0.5
gearman -h 127.0.0.1 -p $PORT -f reverse "Café Zoë in 東京"
gearman -h 127.0.0.1 -p $PORT -f reverse 'C:\shop\orders	"quoted"'
gearman -h 127.0.0.1 -p $PORT -b -f nosuchfunction "order 1001"
gearadmin -h 127.0.0.1 -p $PORT --status
printf 'bogus command\r\n' | nc -q 1 127.0.0.1 $PORT
printf '\0REQ\0\0\0\x99\0\0\0\0' | nc -q 1 127.0.0.1 $PORT
gearman -h 127.0.0.1 -p $PORT -f reverse "order 1002"
wait $W
sleep 0.5
kill -TERM "$P"; wait "$P"
