#!/bin/bash
# A scratch PostgreSQL 15 cluster for pgBackRest, Barman and repmgr: port 5433, socket in /tmp/w34b/pg,
# trust authentication on localhost, WAL archiving through pgBackRest, repmgr preloaded.
# usage: pg_cluster.sh init|start|stop
set -u
PGB=/usr/lib/postgresql/15/bin
D=/tmp/w34b/pg
export TZ=UTC
case $1 in
init)
  rm -rf "$D"; mkdir -p "$D"; chown postgres:postgres "$D"
  runuser -u postgres -- "$PGB/initdb" -D "$D/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 > /dev/null
  cat >> "$D/data/postgresql.conf" <<CONF
port = 5433
listen_addresses = 'localhost'
unix_socket_directories = '$D'
wal_level = replica
archive_mode = on
archive_command = 'pgbackrest --config=/tmp/w34b/pgbr/pgbackrest.conf --stanza=shop archive-push %p'
max_wal_senders = 10
max_replication_slots = 10
shared_preload_libraries = 'repmgr'
wal_log_hints = on
CONF
  echo "host replication all 127.0.0.1/32 trust" >> "$D/data/pg_hba.conf"
  ;;
start) runuser -u postgres -- "$PGB/pg_ctl" -D "$D/data" -l "$D/postgres.log" -w start > /dev/null ;;
stop) runuser -u postgres -- "$PGB/pg_ctl" -D "$D/data" -m fast -w stop > /dev/null ;;
esac
