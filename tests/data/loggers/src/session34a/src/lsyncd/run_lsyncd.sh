#!/bin/bash
# lsyncd in the foreground (settings.nodaemon) with its logfile, "-log Exec" added to the default
# categories; files change under the source, then SIGTERM. usage: run_lsyncd.sh OUTDIR
set -u
HERE=$(cd "$(dirname "$0")" && pwd); OUT=$1
R=/tmp/w34a/run/lsyncd; rm -rf "$R"; mkdir -p "$R/src/orders" "$R/dst"
printf 'order 1001\n' > "$R/src/orders/1001.txt"
rm -f "$OUT/lsyncd.log"
TZ=UTC lsyncd -log Exec "$HERE/lsyncd.conf.lua" > /dev/null 2>&1 &
P=$!
sleep 2
printf 'Café Zoë in 東京\n' > "$R/src/orders/Café Zoë.txt"
mkdir "$R/src/orders/O'Brien \"Bob\""
sleep 2
rm "$R/src/orders/1001.txt"
mv "$R/src/orders/Café Zoë.txt" "$R/src/orders/1002.txt"
sleep 2
kill -TERM "$P"; wait "$P"
