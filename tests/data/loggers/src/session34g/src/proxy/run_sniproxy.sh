#!/bin/sh
# sniproxy -f (foreground) in front of python's http.server; HTTP Host and TLS SNI routing; SIGTERM
D=$(cd "$(dirname "$0")" && pwd); O=/tmp/w34g/out; export TZ=UTC
mkdir -p $O /tmp/w34g/run; rm -f $O/sniproxy_*; touch $O/sniproxy_error.log $O/sniproxy_access.log; chmod 666 $O/sniproxy_*.log
python3 -m http.server -b 127.0.0.1 -d /tmp/w34g/www 34182 >/dev/null 2>&1 & B=$!
sniproxy -f -c $D/sniproxy.conf & P=$!; sleep 1
C="curl -s -o /dev/null --max-time 3"
for n in 1 2 3; do $C -H 'Host: shop.example' http://127.0.0.1:34180/orders/$n; done
$C -H 'Host: down.example' http://127.0.0.1:34180/orders/4
$C -H 'Host: Café.example' http://127.0.0.1:34180/
printf 'GET / HTTP/1.0\r\n\r\n' | nc -q 1 127.0.0.1 34180 >/dev/null
printf 'garbage\r\n\r\n' | nc -q 1 127.0.0.1 34180 >/dev/null
$C -k --resolve shop.example:34181:127.0.0.1 https://shop.example:34181/
$C -k --resolve nosuch.example:34181:127.0.0.1 https://nosuch.example:34181/
sleep 1; kill -TERM $P; wait $P; kill $B
