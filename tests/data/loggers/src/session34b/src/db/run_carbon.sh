#!/bin/bash
# Graphite carbon-cache 1.1.7 (Debian graphite-carbon) with --nodaemon: in the foreground carbon logs
# every type (console, listener, creates, ...) to stdout as "DD/MM/YYYY HH:MM:SS :: [type] message"
# (carbon/log.py stdout_observer); a daemon writes the same lines, without "[type] ", to LOG_DIR/type.log.
# Metrics sent over its plaintext and pickle ports with nc, bad lines among them, SIGTERM.
# usage: run_carbon.sh OUTDIR
set -u
OUT=$1; HERE=$(cd "$(dirname "$0")" && pwd)
W=/tmp/w34b/carbon; rm -rf "$W"; mkdir -p "$W/conf" "$W/log" "$W/storage/whisper"
cp "$HERE/carbon.conf" "$W/conf/"; cp /etc/carbon/storage-schemas.conf "$W/conf/"
export TZ=UTC
carbon-cache --config="$W/conf/carbon.conf" --nodaemon start > "$W/stdout.txt" 2>&1 &
CC=$!
for _ in $(seq 30); do nc -z 127.0.0.1 2103 && break; sleep 0.5; done
NOW=$(date +%s)
printf 'shop.orders.count 1001 %s\nshop.orders.eur 12.5 %s\n' "$NOW" "$NOW" | nc -q 1 127.0.0.1 2103
printf 'shop.caf\xc3\xa9_zo\xc3\xab.orders 3 %s\n' "$NOW" | nc -q 1 127.0.0.1 2103
printf 'this line has no value\nshop.orders.bad notanumber %s\n' "$NOW" | nc -q 1 127.0.0.1 2103
printf '\x00\x00\x00\x05junk!' | nc -q 1 127.0.0.1 2104
sleep 2
kill -TERM $CC; wait $CC
cp "$W/stdout.txt" "$OUT/carbon_cache.log"
