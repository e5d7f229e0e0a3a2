#!/bin/bash
# Prometheus Pushgateway 1.5.1 (Debian) on 127.0.0.1:29091: default logfmt to stderr, then --log.format=json.
set -u
HERE=$(cd "$(dirname "$0")" && pwd); OUT=${OUT:-$(cd "$HERE/../.." && pwd)}
W=$OUT/work/pushgateway; rm -rf "$W"; mkdir -p "$W"
export TZ=UTC
U=http://127.0.0.1:29091
run() { # $1 = name, rest = extra flags
  local name=$1; shift
  prometheus-pushgateway --web.listen-address=127.0.0.1:29091 --persistence.file="$W/$name.store" \
    --persistence.interval=1s --log.level=debug "$@" 2>"$W/$name.stderr" & PG=$!
  sleep 1.5
  printf 'shop_orders_total{region="eu"} 42\nshop_queue_depth 7\n' | curl -s -o /dev/null --data-binary @- $U/metrics/job/shop/instance/web-1
  printf '# TYPE shop_orders_total counter\nshop_orders_total 1\n' | curl -s -o /dev/null --data-binary @- $U/metrics/job/shop/instance/web-1
  printf 'this is { not prometheus text\n' | curl -s -o /dev/null --data-binary @- $U/metrics/job/broken
  printf 'café_zoë_total 1\n' | curl -s -o /dev/null --data-binary @- "$U/metrics/job/Caf%C3%A9%20Zo%C3%AB%20in%20%E6%9D%B1%E4%BA%AC"
  printf 'up 1\n' | curl -s -o /dev/null --data-binary @- "$U/metrics/job/shop/instance/web-1/job/again"
  printf 'x 1\n' | curl -s -o /dev/null --data-binary @- "$U/metrics/job@base64/%%%"
  curl -s -o /dev/null -X DELETE $U/metrics/job/shop/instance/web-1
  curl -s -o /dev/null -X PUT $U/api/v1/admin/wipe
  curl -s -o /dev/null -X PUT $U/-/quit
  sleep 2
  kill -TERM $PG 2>/dev/null; wait $PG
}
run pushgateway
run pushgateway_json --log.format=json
# a bad persistence path: the gateway cannot write its store
prometheus-pushgateway --web.listen-address=127.0.0.1:29091 --persistence.file=/nonexistent/dir/store \
  --persistence.interval=1s 2>>"$W/pushgateway.stderr" & PG=$!
sleep 1.5
printf 'shop_up 1\n' | curl -s -o /dev/null --data-binary @- $U/metrics/job/shop
sleep 2; kill -TERM $PG; wait $PG
# the port already taken
python3 -c "import socket,time; s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(('127.0.0.1',29091)); s.listen(); time.sleep(5)" & NC=$!
sleep 0.5
timeout 4 prometheus-pushgateway --web.listen-address=127.0.0.1:29091 2>>"$W/pushgateway.stderr"
kill $NC 2>/dev/null; wait $NC
cp "$W/pushgateway.stderr" "$OUT/out/pushgateway.log"
cp "$W/pushgateway_json.stderr" "$OUT/out/pushgateway_json.jsonl"
