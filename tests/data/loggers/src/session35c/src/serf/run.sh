#!/bin/bash
# HashiCorp Serf agent log (its stdout: the "==> " banner, then "    YYYY/MM/DD HH:MM:SS [LEVEL] ..." lines), default
# -log-level=info: a second agent joins, user events (one whose handler fails), a query, a join that fails,
# the second agent leaves, the first gets SIGTERM... then SIGINT (graceful leave).
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/w35c/out}
mkdir -p "$OUT"
export TZ=UTC
rm -f "$OUT/serf_agent.log"
serf agent -node=shop-1 -bind=127.0.0.1:17946 -rpc-addr=127.0.0.1:17373 -tag role=web \
  -event-handler="$HERE/handler.sh" > "$OUT/serf_agent.log" 2>&1 &
A=$!
serf agent -node=shop-2 -bind=127.0.0.2:17946 -rpc-addr=127.0.0.1:17374 > /tmp/w35c/serf2.log 2>&1 &
B=$!
sleep 2
serf join -rpc-addr=127.0.0.1:17374 127.0.0.1:17946
sleep 1
serf members -rpc-addr=127.0.0.1:17373
serf event -rpc-addr=127.0.0.1:17373 deploy 'v1.2.3 Café Zoë in 東京'
serf event -rpc-addr=127.0.0.1:17373 restart-cache ''
sleep 1
serf query -rpc-addr=127.0.0.1:17373 -timeout=2s uptime
serf join -rpc-addr=127.0.0.1:17373 127.0.0.1:1
serf force-leave -rpc-addr=127.0.0.1:17373 no-such-node
sleep 1
serf leave -rpc-addr=127.0.0.1:17374
sleep 3
kill -INT $A
wait $A $B
true
