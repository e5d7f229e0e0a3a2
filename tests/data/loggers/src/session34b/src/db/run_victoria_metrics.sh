#!/bin/bash
# VictoriaMetrics 1.79.5 (Debian) single-node in the foreground, default logger (stderr, "default"
# format, INFO); imports samples, runs good and bad queries with curl, SIGTERM.
# usage: run_victoria_metrics.sh OUTDIR
set -u
OUT=$1
W=/tmp/w34b/vm; rm -rf "$W"; mkdir -p "$W"; cd "$W" || exit 1
export TZ=UTC
victoria-metrics -storageDataPath="$W/data" -httpListenAddr=127.0.0.1:8428 -retentionPeriod=1 \
    > /dev/null 2> "$OUT/victoria_metrics.log" &
VM=$!
for _ in $(seq 30); do curl -s -o /dev/null http://127.0.0.1:8428/health && break; sleep 0.5; done
C="curl -s -o /dev/null -w %{http_code}\n"
NOW=$(date +%s)
$C -X POST --data-binary "orders_total{shop=\"Café Zoë in 東京\"} 1001 ${NOW}000" http://127.0.0.1:8428/api/v1/import/prometheus
$C -X POST --data-binary 'orders_total{shop="bad" 12' http://127.0.0.1:8428/api/v1/import/prometheus
$C -X POST --data-binary '{"metric":{"__name__":"x"},"values":[1],"timestamps":["no"]}' http://127.0.0.1:8428/api/v1/import
$C 'http://127.0.0.1:8428/api/v1/query?query=sum(orders_total)'
$C 'http://127.0.0.1:8428/api/v1/query?query=sum(orders_total'
$C 'http://127.0.0.1:8428/api/v1/query_range?query=rate(orders_total[5m])&start=now&end=yesterday'
$C 'http://127.0.0.1:8428/api/v1/series?match[]=%7Bshop%3D%22C%3A%5Cshop%5Corders%22%7D'
$C http://127.0.0.1:8428/no/such/path
$C -X POST 'http://127.0.0.1:8428/internal/force_flush'
sleep 1
kill -TERM $VM; wait $VM
