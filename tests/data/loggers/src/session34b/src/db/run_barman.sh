#!/bin/bash
# Barman 3.4 (Debian) against the scratch cluster, streaming only (pg_receivewal + pg_basebackup), as
# user barman; its own log file (log_file, default format) is kept.
# usage: run_barman.sh OUTDIR   (the cluster must be running)
set -u
OUT=$1; HERE=$(cd "$(dirname "$0")" && pwd)
W=/tmp/w34b/barman
rm -rf "$W"; mkdir -p "$W/home"; cp "$HERE/barman.conf" "$W/"; chown -R barman:barman "$W"
export TZ=UTC
B="barman -c $W/barman.conf"
cd /tmp || exit 1
{
  runuser -u barman -- $B check shop
  runuser -u barman -- $B cron
  sleep 3
  runuser -u barman -- $B cron
  sleep 2
  runuser -u barman -- $B switch-wal --force --archive --archive-timeout 30 shop
  runuser -u barman -- $B backup --wait shop
  runuser -u barman -- $B list-backups shop
  runuser -u barman -- $B check nosuch
  runuser -u barman -- $B delete shop 20990101T000000
  runuser -u barman -- $B receive-wal --stop shop
  sleep 2
} > "$W/stdout.txt" 2>&1
cp "$W/barman.log" "$OUT/barman.log"
