#!/bin/bash
# rsnapshot with "logfile" and "loglevel 4": a configuration error, three alpha runs, one beta run, an unknown interval.
# usage: run_rsnapshot.sh OUTDIR
set -u
HERE=$(cd "$(dirname "$0")" && pwd); OUT=$1
R=/tmp/w34a/run/rsnap; rm -rf "$R"; mkdir -p "$R/src/shop/orders"
printf 'order 1001\tCafé Zoë in 東京\n' > "$R/src/shop/orders/1001.txt"
printf 'C:\\shop\\orders\n' > "$R/src/shop/orders/paths.txt"
rm -f "$OUT/rsnapshot.log"
export TZ=UTC
# first: a configuration naming a source directory that is not there
cp "$HERE/rsnapshot.conf" "$R/bad.conf"
printf 'backup\t%s\tlocalhost/\n' "$R/src/missing/" >> "$R/bad.conf"
rsnapshot -c "$R/bad.conf" alpha > /dev/null 2>&1
rsnapshot -c "$HERE/rsnapshot.conf" alpha > /dev/null 2>&1
sleep 1
printf 'order 1002\n' > "$R/src/shop/orders/1002.txt"
rsnapshot -c "$HERE/rsnapshot.conf" alpha > /dev/null 2>&1
sleep 1
rsnapshot -c "$HERE/rsnapshot.conf" alpha > /dev/null 2>&1
rsnapshot -c "$HERE/rsnapshot.conf" beta > /dev/null 2>&1
rsnapshot -c "$HERE/rsnapshot.conf" gamma > /dev/null 2>&1
echo done
