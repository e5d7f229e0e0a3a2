#!/bin/bash
# pgBackRest 2.45 against the scratch cluster (pg_cluster.sh), as user postgres:
# console output at --log-level-console=detail (pgbackrest_console.log; the two backups at the console's
# info level, since detail lists every one of the cluster's ~1000 files) and the backup command's own
# log file at the default log-level-file=info (pgbackrest_file.log).
# usage: run_pgbackrest.sh OUTDIR   (the cluster must be running)
set -u
OUT=$1; HERE=$(cd "$(dirname "$0")" && pwd)
B=/tmp/w34b/pgbr
rm -rf "$B"; mkdir -p "$B/log"; cp "$HERE/pgbackrest.conf" "$B/"; chown -R postgres:postgres "$B"
export TZ=UTC
P="pgbackrest --config=$B/pgbackrest.conf --log-level-console=detail"
PI="pgbackrest --config=$B/pgbackrest.conf --log-level-console=info"
{
  runuser -u postgres -- $P --stanza=shop stanza-create
  runuser -u postgres -- $P --stanza=shop check
  runuser -u postgres -- $PI --stanza=shop --type=full --annotation="customer=Café Zoë in 東京" backup
  runuser -u postgres -- $PI --stanza=shop --type=full backup
  runuser -u postgres -- $PI --stanza=shop --type=incr --pg1-port=5499 backup
  runuser -u postgres -- $P --stanza=shop --pg1-path='C:\shop\orders' check
  runuser -u postgres -- $P --stanza=shop --delta restore
  runuser -u postgres -- $P --stanza=nosuch backup
  runuser -u postgres -- $P --stanza=shop --repo1-retention-full=1 expire
  runuser -u postgres -- $P --stanza=shop archive-get 000000010000000000000003 /tmp/w34b/pgbr/wal3
  runuser -u postgres -- $P --stanza=shop archive-get 0000000100000000000000FF /tmp/w34b/pgbr/walff
} > "$OUT/pgbackrest_console.log" 2>&1
cp "$B/log/shop-backup.log" "$OUT/pgbackrest_file.log"
