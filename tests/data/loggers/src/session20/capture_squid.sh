#!/bin/bash
# Runs the real Squid (Debian package squid 5.x) as a forward proxy in front of
# src/origin_server.py, sends a mix of requests through it with curl and raw
# sockets, and copies Squid's native-format access.log to tests/data/loggers/squid_native.log.
# Needs: squid, curl, python3. Run as root (squid drops to user "proxy").
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$(cd "$HERE/../.." && pwd)/squid_native.log
W=${WORK:-${TMPDIR:-/tmp}}/cols-corpus-squid
rm -rf "$W"; mkdir -p "$W"; chown proxy:proxy "$W"
ORIGIN_PORT=18081
PROXY_PORT=13128
cat > "$W/hosts" <<H
127.0.0.1 localhost
127.0.0.1 www.example.com shop.example.com api.example.com static.example.com blocked.example.net
H
cat > "$W/squid.conf" <<C
http_port 127.0.0.1:$PROXY_PORT
pid_filename $W/squid.pid
cache_log $W/cache.log
access_log stdio:$W/access.log squid
cache_store_log none
coredump_dir $W
hosts_file $W/hosts
dns_nameservers 127.0.0.1
dns_timeout 2 seconds
connect_timeout 3 seconds
cache_mem 16 MB
acl blocked dstdomain blocked.example.net
acl CONNECT method CONNECT
acl tlsports port 443 18081 18444
http_access deny blocked
http_access deny CONNECT !tlsports
http_access allow localhost
http_access deny all
via off
strip_query_terms off
C
chown proxy:proxy "$W"/*
python3 "$HERE/origin_server.py" $ORIGIN_PORT & ORIGIN_PID=$!
squid -f "$W/squid.conf" -N & SQUID_PID=$!
for i in $(seq 1 50); do curl -s -o /dev/null -x 127.0.0.1:$PROXY_PORT http://www.example.com:$ORIGIN_PORT/ready 2>/dev/null && break; sleep 0.2; done
: > /dev/null
P="-x 127.0.0.1:$PROXY_PORT -s -o /dev/null"
O="$ORIGIN_PORT"
UA1='Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0'
c() { curl $P "$@"; sleep 0.05; }
c -A "$UA1" "http://www.example.com:$O/index.html"
c "http://www.example.com:$O/static/app.css"
c "http://www.example.com:$O/static/app.css"
c "http://www.example.com:$O/static/logo.png"
c -X POST -d 'q=1&lang=fr' "http://api.example.com:$O/status/201?src=form"
c -X PUT -d '{"name":"Zoë"}' -H 'Content-Type: application/json' "http://api.example.com:$O/api/v1/users/42"
c -X DELETE "http://api.example.com:$O/status/204"
c -I "http://www.example.com:$O/status/301"
c -H 'If-Modified-Since: Tue, 01 Dec 2026 10:00:00 GMT' "http://www.example.com:$O/status/304"
c "http://www.example.com:$O/status/400?bad=%ZZ"
c "http://www.example.com:$O/status/403"
c "http://www.example.com:$O/status/404/missing%20file.html"
c "http://www.example.com:$O/search?q=caf%C3%A9&page=2"
c --path-as-is "http://www.example.com:$O/wiki/München"
c "http://www.example.com:$O/%E6%97%A5%E6%9C%AC%E8%AA%9E/%E3%83%9A%E3%83%BC%E3%82%B8"
c -X OPTIONS "http://api.example.com:$O/api/v1/items"
c "http://www.example.com:$O/status/500"
c "http://www.example.com:$O/status/502"
c "http://www.example.com:$O/status/503"
c "http://www.example.com:$O/status/504"
c "http://www.example.com:$O/slow/350"
c "http://www.example.com:$O/slow/1200?x=1"
c "http://blocked.example.net/ads/banner.js"
c -X POST -d x=1 "http://blocked.example.net:8080/track"
c "http://www.example.com:1/closed-port"
c "http://no-such-host.invalid/"
# CONNECT tunnels: one to a listening port (tunnel established, then TLS fails),
# one to a port that refuses, one that ACLs deny.
c -p "https://www.example.com:$O/secure"
c -p "https://shop.example.com:18444/cart"
c -p "https://www.example.com:8443/denied-port"
c -p "https://blocked.example.net:443/"
c -X HEAD -I "http://www.example.com:$O/index.html"
c -A 'curl/8.11.1' "http://shop.example.com:$O/products?id=7&color=r%C3%B6d"
c -A "$UA1" -X POST -F 'file=@/etc/hostname' "http://shop.example.com:$O/upload"
c -X PUT -d 'x' "http://api.example.com:$O/status/409"
c -X PATCH -d '{}' "http://api.example.com:$O/status/422"
# raw sockets: client sends nothing / garbage / aborts mid-transfer
python3 - "$PROXY_PORT" "$O" <<'PY'
import socket, sys, time
p = int(sys.argv[1]); o = sys.argv[2]
s = socket.create_connection(("127.0.0.1", p)); time.sleep(0.2); s.close()
s = socket.create_connection(("127.0.0.1", p)); s.sendall(b"HELLO WORLD\r\n\r\n"); s.recv(65536); s.close()
s = socket.create_connection(("127.0.0.1", p)); s.sendall(b"GET http://www.example.com:%s/slow/800 HTTP/1.1\r\nHost: www.example.com\r\n\r\n" % o.encode()); time.sleep(0.3); s.close()
s = socket.create_connection(("127.0.0.1", p)); s.sendall(b"GET /no-absolute-uri HTTP/1.1\r\nHost: x\r\n\r\n"); s.recv(65536); s.close()
PY
sleep 1.5
c "http://www.example.com:$O/static/app.css"
c "http://www.example.com:$O/logout"
squid -f "$W/squid.conf" -k shutdown; sleep 0.5
kill $SQUID_PID 2>/dev/null; wait $SQUID_PID 2>/dev/null
kill $ORIGIN_PID; wait $ORIGIN_PID 2>/dev/null
cp "$W/access.log" "$OUT"
echo "wrote $OUT ($(wc -l < "$OUT") lines)"
