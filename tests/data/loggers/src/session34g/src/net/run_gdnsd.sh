#!/bin/sh
# gdnsd checkconf with a broken zone, then start (foreground, logs to stderr) without it; dig queries; SIGTERM
D=$(cd "$(dirname "$0")" && pwd); O=/tmp/w34g/out; export TZ=UTC
rm -rf /tmp/w34g/run/gdnsd* ; mkdir -p /tmp/w34g/run/gdnsd /tmp/w34g/run/gdnsd-state $O
C=/tmp/w34g/run/gdnsd-conf; rm -rf $C; cp -r $D/gdnsd $C
gdnsd -c $C -D checkconf > $O/gdnsd.log 2>&1
rm $C/zones/broken.example
# started from a subshell that exits at once, as in ../proxy/run_stubby.sh (a daemon that is not this script's child)
(gdnsd -c $C -D start >> $O/gdnsd.log 2>&1 & echo $! > /tmp/w34g/run/gdnsd.pid); P=$(cat /tmp/w34g/run/gdnsd.pid); sleep 2
for q in "www.shop.example A" "orders.shop.example TXT" "nosuch.shop.example A" "other.example A"; do
  dig +short +tries=1 +time=2 -p 34153 @127.0.0.1 $q >/dev/null 2>&1; done
dig +tcp +short +tries=1 +time=2 -p 34153 @127.0.0.1 shop.example SOA >/dev/null 2>&1
gdnsdctl -c $C stats >/dev/null 2>&1
kill -TERM $P; while kill -0 $P 2>/dev/null; do sleep 0.2; done
