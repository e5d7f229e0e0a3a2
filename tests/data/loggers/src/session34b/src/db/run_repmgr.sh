#!/bin/bash
# repmgr 5.3.3: register the scratch cluster as primary, run repmgrd in the foreground (its default
# log to stderr, log_level DEBUG), stop PostgreSQL under it and start it again, SIGTERM.
# usage: run_repmgr.sh OUTDIR   (the cluster must be running; it is restarted)
set -u
OUT=$1; HERE=$(cd "$(dirname "$0")" && pwd)
W=/tmp/w34b/repmgr
rm -rf "$W"; mkdir -p "$W"; cp "$HERE/repmgr.conf" "$W/"; chown -R postgres:postgres "$W"
export TZ=UTC
PSQL="env PGOPTIONS=-cclient_min_messages=warning psql -h /tmp/w34b/pg -p 5433 -U postgres -q"
$PSQL -c "DROP DATABASE IF EXISTS repmgr" -c "DROP ROLE IF EXISTS repmgr" -c "CREATE ROLE repmgr SUPERUSER LOGIN" -c "CREATE DATABASE repmgr OWNER repmgr"
cd /tmp || exit 1
runuser -u postgres -- repmgr -f "$W/repmgr.conf" primary register > "$W/register.txt" 2>&1
runuser -u postgres -- repmgrd -f "$W/repmgr.conf" --daemonize=false > /dev/null 2> "$OUT/repmgrd.log" &
sleep 7
"$HERE/pg_cluster.sh" stop
sleep 9
"$HERE/pg_cluster.sh" start
sleep 8
kill -TERM "$(cat "$W/repmgrd.pid")"
wait
