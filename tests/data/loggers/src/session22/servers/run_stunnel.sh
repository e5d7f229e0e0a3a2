#!/bin/bash
# stunnel 5.68: foreground, debug = 7 (all levels), output = file; a TLS client whose backend is down, a plain-text client, a bad service section.
set -u
: "${CORPUS:?set CORPUS}"
W=$CORPUS/work/stunnel; rm -rf $W; mkdir -p $W $CORPUS/raw
openssl req -x509 -newkey rsa:2048 -nodes -keyout $W/key.pem -out $W/cert.pem -days 30 -subj "/CN=shop.test" 2>/dev/null
cat > $W/stunnel.conf <<C
foreground = yes
debug = 6
output = $W/stunnel.log
pid = $W/stunnel.pid
[https-shop]
accept = 127.0.0.1:5310
connect = 127.0.0.1:5311
cert = $W/cert.pem
key = $W/key.pem
[broken]
accept = 127.0.0.1:5312
connect = 127.0.0.1:5313
cert = $W/missing.pem
C
TZ=UTC stunnel4 $W/stunnel.conf > $W/stderr1.txt 2>&1
sed -i '/^\[broken\]/,$d' $W/stunnel.conf
TZ=UTC stunnel4 $W/stunnel.conf > $W/stderr2.txt 2>&1 &
P=$!; sleep 2
echo | timeout 3 openssl s_client -connect 127.0.0.1:5310 -servername shop.test > /dev/null 2>&1
printf 'GET / HTTP/1.0\r\n\r\n' | timeout 2 nc -q1 127.0.0.1 5310 > /dev/null 2>&1 || python3 -c "
import socket; s=socket.create_connection(('127.0.0.1',5310)); s.send(b'GET / HTTP/1.0\r\n\r\n'); s.recv(100); s.close()" 2>/dev/null
sleep 1; kill -HUP $P; sleep 1; kill -TERM $P; wait $P
cp $W/stunnel.log $CORPUS/raw/stunnel.log
