#!/bin/sh
# requests.sh PORT [HOSTNAME]: the same client activity against each web server (curl and raw nc requests)
P=$1; H=${2:-shop.example}
C="curl -s -o /dev/null --max-time 3"
$C -H "Host: $H" http://127.0.0.1:$P/
$C -H "Host: $H" http://127.0.0.1:$P/orders/1
$C -H "Host: $H" -A 'shop-client/1.0 "quoted" \back' http://127.0.0.1:$P/orders/2
$C -H "Host: $H" -e 'http://ref.example/Café' "http://127.0.0.1:$P/orders/3?customer=Caf%C3%A9%20Zo%C3%AB%20in%20%E6%9D%B1%E4%BA%AC"
printf 'GET /orders/4?c=Café_Zoë_東京 HTTP/1.0\r\nHost: %s\r\nUser-Agent: tab\there\r\n\r\n' "$H" | nc -q 1 127.0.0.1 $P >/dev/null
printf 'GET /orders/"5"\\x HTTP/1.0\r\nHost: %s\r\n\r\n' "$H" | nc -q 1 127.0.0.1 $P >/dev/null
$C -X POST -d 'item=1' -H "Host: $H" http://127.0.0.1:$P/checkout
printf 'BOGUS\r\n\r\n' | nc -q 1 127.0.0.1 $P >/dev/null
$C -H "Host: other.example" http://127.0.0.1:$P/missing
for n in 6 7 8; do $C -H "Host: $H" http://127.0.0.1:$P/orders/$n; done
$C -I -H "Host: $H" http://127.0.0.1:$P/index.html
