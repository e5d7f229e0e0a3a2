#!/bin/bash
# lighttpd 1.4.69 error log; uWSGI 2.0.21 (Debian uwsgi-core + python3 plugin) default stdout/stderr log with its request log
cd "$(dirname "$0")"; export TZ=UTC
rm -rf /tmp/c21lighty; mkdir -p /tmp/c21lighty/www; echo hi > /tmp/c21lighty/www/index.html; echo x > /tmp/c21lighty/www/secret.inc
chmod -R 755 /tmp/c21lighty; chown -R www-data /tmp/c21lighty 2>/dev/null
lighttpd -f "$PWD/lighttpd.conf" -D & L=$!; sleep 1
c() { curl -s -o /dev/null "$@"; sleep 0.2; }
c http://127.0.0.1:18095/; c http://127.0.0.1:18095/missing.html; c "http://127.0.0.1:18095/caf%C3%A9.html"; c http://127.0.0.1:18095/secret.inc
c http://127.0.0.1:18095/api/orders; c -H 'User-Agent: Zoë "quoted"' http://127.0.0.1:18095/api/x
c http://127.0.0.1:18095/robots.txt; c -X PUT http://127.0.0.1:18095/index.html
python3 -c 'import socket;s=socket.create_connection(("127.0.0.1",18095));s.sendall(b"GET /x HTTP/1.1\r\nHost: a\r\nBad Header Line\r\n\r\n");s.recv(200)'
python3 -c 'import socket;s=socket.create_connection(("127.0.0.1",18095));s.sendall(b"GET /caf\xc3\xa9 HTTP/9.9\r\nHost: b\r\n\r\n");s.recv(200)'
sleep 0.3
kill -TERM $L; wait $L
cp /tmp/c21lighty/error.log ${CORPUS}/src/out/lighttpd_error.log
uwsgi --plugin python3 --http-socket 127.0.0.1:18097 --wsgi-file uwsgi_app.py --master --processes 1 > ${CORPUS}/src/out/uwsgi.log 2>&1 & U=$!
sleep 2
for p in / /print /missing /boom "/q?x=%C3%A9" /; do c "http://127.0.0.1:18097$p"; done
c -X POST -d 'a=1' http://127.0.0.1:18097/
kill -INT $U 2>/dev/null; sleep 0.5; kill -TERM $U 2>/dev/null; wait $U
