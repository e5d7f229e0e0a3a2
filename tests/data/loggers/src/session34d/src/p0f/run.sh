#!/bin/bash
# p0f 3.09b (Debian) passive fingerprinting on lo in the foreground, its log file (-o), traffic to a local
# Python http.server: curl (two user agents), an HTTP/1.0 request over nc with odd headers
set -u
OUT=${OUT:-/tmp/w34d/out}; W=$OUT/p0f; rm -rf $W; mkdir -p $W
export TZ=UTC
p0f -i lo -o $W/p0f.log -f /etc/p0f/p0f.fp 'tcp port 18082' > $W/stdout.txt 2>&1 &
PID=$!
python3 -m http.server 18082 --bind 127.0.0.1 > $W/backend.txt 2>&1 &
BACK=$!
sleep 1
curl -s -m 2 -o /dev/null -A 'Mozilla/5.0 (X11; Linux x86_64) Café Zoë' -H 'Accept-Language: fr-FR' http://127.0.0.1:18082/
curl -s -m 2 -o /dev/null "http://127.0.0.1:18082/orders/1001?customer=Zo%C3%AB"
printf 'GET /orders/1002 HTTP/1.0\r\nUser-Agent: O'"'"'Brien "Bob" C:\\shop\\orders\r\nAccept-Language: ja\r\n\r\n' | nc -q 2 127.0.0.1 18082 > /dev/null
sleep 1
kill -TERM $PID $BACK; wait $PID
