#!/bin/sh
# stubby -l (all log levels, foreground, stderr) with a DoT upstream that refuses; dig queries; SIGTERM
D=$(cd "$(dirname "$0")" && pwd); O=/tmp/w34g/out; export TZ=UTC
mkdir -p $O
# started from a subshell that exits at once: run as this script's child, the SIGTERM to stubby also ended the script (rc 143)
(stubby -l -C $D/stubby.yml > $O/stubby.log 2>&1 & echo $! > /tmp/w34g/run/stubby.pid); P=$(cat /tmp/w34g/run/stubby.pid); sleep 1
for q in www.shop.example orders.shop.example; do dig +tries=1 +time=3 -p 34155 @127.0.0.1 $q A >/dev/null 2>&1; done
sleep 1; kill -TERM $P; while kill -0 $P 2>/dev/null; do sleep 0.2; done
