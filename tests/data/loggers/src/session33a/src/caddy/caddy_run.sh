#!/bin/bash
# Run inside `unshare -n`: caddy 2.6.2 with the console log format on stderr.
set -u
S=/tmp/w33a/scratch/caddy
OUT=/tmp/w33a/scratch/caddy/caddy_console.log
ip link set lo up
export TZ=UTC HOME=$S/home XDG_DATA_HOME=$S/data XDG_CONFIG_HOME=$S/config
mkdir -p $S/home $S/www/unterordner
echo "Hallo Köln" > $S/www/index.html
echo "Grüße" > "$S/www/unterordner/grüße.txt"
: > $OUT
# run 1: a Caddyfile with an error (unknown directive)
printf 'http://127.0.0.1:8080 {\n\tgibtsnicht on\n}\n' > $S/bad.Caddyfile
caddy run --config $S/bad.Caddyfile --adapter caddyfile >> $OUT 2>&1
# run 2
caddy run --config /tmp/w33a/corpus/src/caddy/Caddyfile --adapter caddyfile >> $OUT 2>&1 &
P=$!
sleep 3
C="curl -s -o /dev/null -m 5"
$C http://127.0.0.1:8080/
$C http://127.0.0.1:8080/unterordner/
$C "http://127.0.0.1:8080/unterordner/gr%C3%BC%C3%9Fe.txt"
$C http://127.0.0.1:8080/fehlt.html
$C -A 'Mozilla/5.0 "quoted" agent' "http://localhost:8080/slow?q=a%20b&x=\"y\""
$C http://127.0.0.1:8080/boom
$C http://127.0.0.1:8080/api/users/42
$C -X POST -d 'name=köln' http://127.0.0.1:8080/api/orders
$C -k https://localhost:8443/
$C -k --resolve xn--kln-sna.example:8443:127.0.0.1 https://xn--kln-sna.example:8443/
$C http://127.0.0.1:2019/config/ 
$C -X POST -H 'Content-Type: application/json' -d '{"gibts":' http://127.0.0.1:2019/load
# a reload with the same config through the admin API
caddy reload --config /tmp/w33a/corpus/src/caddy/Caddyfile --adapter caddyfile --address 127.0.0.1:2019 >> $S/reload.txt 2>&1
sleep 1
$C http://127.0.0.1:8080/
sleep 1
kill -INT $P
wait $P
# run 3: the port taken
python3 -m http.server 8080 --bind 127.0.0.1 >/dev/null 2>&1 &
H=$!
sleep 1
caddy run --config /tmp/w33a/corpus/src/caddy/Caddyfile --adapter caddyfile >> $OUT 2>&1
kill $H; wait $H 2>/dev/null
exit 0
