#!/bin/bash
# tinyproxy 1.11.1: -d foreground, LogFile, LogLevel Info; requests through it to a local http.server, to a closed port, a denied (filtered) host, a CONNECT to a port not allowed, a bad request line; SIGUSR1 (its reload signal since 1.10), SIGTERM.
set -u; : "${CORPUS:?}"; W=$CORPUS/work/tinyproxy; rm -rf $W; mkdir -p $W/www $CORPUS/raw
echo "hello" > $W/www/index.html
cat > $W/tinyproxy.conf <<C
Port 5411
Listen 127.0.0.1
Timeout 10
LogFile "$W/tinyproxy.log"
LogLevel Info
PidFile "$W/tinyproxy.pid"
MaxClients 20
Allow 127.0.0.1
ConnectPort 443
Filter "$W/filter"
FilterDefaultDeny No
ViaProxyName "tinyproxy"
C
echo "ads\.test" > $W/filter
(cd $W/www && exec python3 -m http.server 5412 --bind 127.0.0.1 >/dev/null 2>&1) & H=$!
TZ=UTC tinyproxy -d -c $W/tinyproxy.conf > $W/stderr.txt 2>&1 & P=$!; sleep 1.5
curl -s -x 127.0.0.1:5411 http://127.0.0.1:5412/ >/dev/null
curl -s -x 127.0.0.1:5411 "http://127.0.0.1:5412/caf%C3%A9?q=Köln" >/dev/null
curl -s -x 127.0.0.1:5411 http://127.0.0.1:5499/ >/dev/null
curl -s -x 127.0.0.1:5411 http://tracker.ads.test/pixel.gif >/dev/null
curl -s -x 127.0.0.1:5411 -p https://127.0.0.1:5412/ >/dev/null
printf 'GARBAGE\r\n\r\n' | python3 $CORPUS/src/tcpsend.py 127.0.0.1 5411
curl -s -x 127.0.0.1:5411 http://nonexistent.invalid/ >/dev/null
kill -USR1 $P; sleep 1
curl -s -x 127.0.0.1:5411 http://127.0.0.1:5412/index.html >/dev/null
kill -TERM $P; wait $P; kill $H; wait $H 2>/dev/null
cp $W/tinyproxy.log $CORPUS/raw/tinyproxy.log
