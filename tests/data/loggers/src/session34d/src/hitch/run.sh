#!/bin/bash
# Hitch 1.7.2 (Debian) TLS proxy in the foreground (its default), --log-level=2 (info/debug), log on stderr;
# a self-signed certificate, a Python http.server backend, a good client, a plain-HTTP client, a TLS 1.0
# client (refused), a SIGHUP reload, then SIGTERM
set -u
OUT=${OUT:-/tmp/w34d/out}; W=$OUT/hitch; rm -rf $W; mkdir -p $W
export TZ=UTC
cd $W
openssl req -x509 -newkey rsa:2048 -nodes -keyout key.pem -out cert.pem -days 30 -subj "/CN=shop.test" 2>/dev/null
cat key.pem cert.pem > shop.pem
python3 -m http.server 18081 --bind 127.0.0.1 > backend.txt 2>&1 &
BACK=$!
hitch --frontend='[127.0.0.1]:18444' --backend='[127.0.0.1]:18081' --workers=1 --log-level=2 --user=nobody shop.pem > hitch.log 2>&1 &
PID=$!
sleep 1
curl -sk -m 3 -o /dev/null "https://127.0.0.1:18444/orders/1001?customer=Caf%C3%A9"
curl -sk -m 3 -o /dev/null "https://127.0.0.1:18444/orders/1002"
printf 'GET /orders/1003 HTTP/1.0\r\n\r\n' | timeout 3 nc -q 1 127.0.0.1 18444 > /dev/null
timeout 3 openssl s_client -connect 127.0.0.1:18444 -tls1 </dev/null >/dev/null 2>&1
kill -HUP $PID; sleep 1
kill -TERM $PID; wait $PID
kill $BACK
