#!/bin/bash
# Patroni 3.0.2 (Debian) with a local etcd 3.4 (v2 API) as DCS: bootstrap a one-node cluster, REST
# API requests with curl, patronictl restart / a refused switchover / a reload, SIGTERM.
# Patroni's default logging (stderr, '%(asctime)s %(levelname)s: %(message)s') is kept.
# usage: run_patroni.sh OUTDIR
set -u
OUT=$1; HERE=$(cd "$(dirname "$0")" && pwd)
W=/tmp/w34b/patroni
rm -rf "$W" /tmp/w34b/etcd; mkdir -p "$W"; cp "$HERE/patroni.yml" "$W/"; chown -R postgres:postgres "$W"
export TZ=UTC
etcd --name shop-etcd --data-dir /tmp/w34b/etcd --enable-v2 \
     --listen-client-urls http://127.0.0.1:2479 --advertise-client-urls http://127.0.0.1:2479 \
     --listen-peer-urls http://127.0.0.1:2480 --initial-advertise-peer-urls http://127.0.0.1:2480 \
     --initial-cluster shop-etcd=http://127.0.0.1:2480 > "$W/etcd.txt" 2>&1 &
ETCD=$!
sleep 3
cd /tmp || exit 1
runuser -u postgres -- patroni "$W/patroni.yml" > "$OUT/patroni.log" 2>&1 &
sleep 1
PAT=$(pgrep -u postgres -f "patroni $W/patroni.yml" | head -1)
for _ in $(seq 60); do curl -s -o /dev/null -f http://127.0.0.1:8009/primary && break; sleep 1; done
C="curl -s -o /dev/null -w %{http_code}\n"
$C http://127.0.0.1:8009/patroni
$C http://127.0.0.1:8009/replica
$C -X POST -d '{not json' http://127.0.0.1:8009/restart
PCTL="runuser -u postgres -- patronictl -c $W/patroni.yml"
$PCTL list
$PCTL restart shop shop-1 --force
sleep 6
$PCTL switchover shop --leader shop-1 --candidate shop-2 --force
$PCTL edit-config shop --force -s 'loop_wait=3' -p 'work_mem="8MB"'
sleep 8
$PCTL reload shop shop-1 --force
sleep 6
kill -TERM "$PAT"
for _ in $(seq 30); do kill -0 "$PAT" 2>/dev/null || break; sleep 1; done
kill -TERM "$ETCD"; wait "$ETCD"
