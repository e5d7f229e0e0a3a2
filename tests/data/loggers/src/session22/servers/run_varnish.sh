#!/bin/bash
# Varnish 7.1.1: varnishd in front of python's http.server, varnishncsa (its default format) writing the access log.
set -u
: "${CORPUS:?set CORPUS}"
W=$CORPUS/work/varnish; rm -rf $W; mkdir -p $W/www $CORPUS/raw
echo '<h1>shop</h1>' > $W/www/index.html; echo 'body{}' > $W/www/app.css
python3 -m http.server 5341 --bind 127.0.0.1 --directory $W/www > $W/origin.txt 2>&1 &
O=$!
TZ=UTC varnishd -n $W/n -a 127.0.0.1:5340 -b 127.0.0.1:5341 -s malloc,16m -p feature=+http2 > $W/varnishd.txt 2>&1
sleep 2
TZ=UTC varnishncsa -n $W/n -w $W/access.log -D -P $W/ncsa.pid
sleep 1
B=http://127.0.0.1:5340
curl -s -o /dev/null $B/; curl -s -o /dev/null $B/; curl -s -o /dev/null $B/app.css
curl -s -o /dev/null "$B/search?q=caf%C3%A9&sort=price"
curl -s -o /dev/null -e "https://ref.shop.test/page?a=1" -A 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) "Edge"' $B/missing.png
curl -s -o /dev/null -X POST -d 'sku=42' $B/cart
curl -s -o /dev/null -u alice:pw $B/account
curl -s -o /dev/null -I $B/app.css
curl -s -o /dev/null -X PURGE $B/
curl -s -o /dev/null --http2-prior-knowledge $B/index.html
printf 'BREW /pot HTTP/1.1\r\nHost: x\r\n\r\n' | timeout 2 python3 -c "
import socket,sys; s=socket.create_connection(('127.0.0.1',5340)); s.sendall(sys.stdin.buffer.read()); s.recv(4096)"
kill $O; sleep 0.5
curl -s -o /dev/null $B/down.html
sleep 2
kill $(cat $W/ncsa.pid); sleep 0.5
varnishadm -n $W/n stop >/dev/null 2>&1; pkill -F $W/n/_.pid 2>/dev/null || kill $(cat $W/n/_.pid)
cp $W/access.log $CORPUS/raw/varnishncsa.log
