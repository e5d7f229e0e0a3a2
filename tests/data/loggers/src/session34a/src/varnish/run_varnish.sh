#!/bin/bash
# varnishd -F in the foreground (its own messages: varnishd_foreground.log) and varnishlog -g raw (every record as it comes, one a line) to a
# file while curl sends a few requests; usage: run_varnish.sh OUTDIR
set -u
HERE=$(cd "$(dirname "$0")" && pwd); OUT=$1
R=/tmp/w34a/run/varnish; rm -rf "$R"; mkdir -p "$R/www/orders"
printf '{"order": 1001, "customer": "Café Zoë in 東京"}\n' > "$R/www/orders/1001"
(cd "$R/www" && exec python3 -m http.server 18734 --bind 127.0.0.1 2>/dev/null) &
B=$!
# first start: a VCL that does not compile (varnishd exits); then the good one
TZ=UTC varnishd -F -n "$R/n" -a 127.0.0.1:16734 -T 127.0.0.1:16735 -f "$HERE/broken.vcl" -s malloc,16m > "$OUT/varnishd_foreground.log" 2>&1
TZ=UTC varnishd -F -n "$R/n" -a 127.0.0.1:16734 -T 127.0.0.1:16735 -f "$HERE/default.vcl" -s malloc,16m >> "$OUT/varnishd_foreground.log" 2>&1 &
V=$!
sleep 3
TZ=UTC varnishlog -g raw -n "$R/n" > "$OUT/varnishlog_raw.log" &
L=$!
sleep 1
curl -s -o /dev/null -H 'User-Agent: shop-check/1.0' "http://127.0.0.1:16734/orders/1001?c=Caf%C3%A9"
curl -s -o /dev/null -X PURGE http://127.0.0.1:16734/orders/1001
sleep 1
kill -TERM "$L"; wait "$L"
kill -TERM "$V"; wait "$V"
kill "$B"; wait "$B" 2>/dev/null
