#!/bin/bash
# nginx (Debian nginx-light 1.22.1) on 127.0.0.1:18090, requests by curl; access logs captured as written.
cd "$(dirname "$0")"; export TZ=UTC
rm -rf /tmp/c21nginx; mkdir -p /tmp/c21nginx/www; echo hello > /tmp/c21nginx/www/index.html
head -c 20000 /dev/urandom > /tmp/c21nginx/www/big.bin
rm -f ${CORPUS}/src/out/nginx_access_*
# a backend that never answers (for a 504)
python3 -c 'import socket,time;s=socket.socket();s.setsockopt(socket.SOL_SOCKET,socket.SO_REUSEADDR,1);s.bind(("127.0.0.1",18091));s.listen();c=[];t=time.time()
while time.time()-t<60: c.append(s.accept())' & B=$!
nginx -c "$PWD/nginx.conf"; sleep 1
U=http://127.0.0.1:18090
c() { curl -s -o /dev/null "$@"; sleep 0.2; }
c $U/; c $U/index.html -A 'Mozilla/5.0 (X11; Linux x86_64) "quoted" agent'; c $U/big.bin -e 'https://réf.example/päge?a=1&b="2"'
c $U/missing.php; c "$U/search?q=caf%C3%A9&tag=%22x%22"; c -X POST -d 'x=1' $U/index.html; c $U/teapot; c $U/redir
c $U/slow; c $U/down; c -H 'Host: other.example' $U/; c -A $'tab\there' $U/; c -A 'Zoë/1.0 ünïcode' $U/
c -X DELETE $U/index.html; c -I $U/; c "$U/%2e%2e/etc/passwd"; c -A 'back\slash' $U/big.bin; c $U/
printf 'GARBAGE\r\n\r\n' | timeout 2 nc 127.0.0.1 18090 >/dev/null 2>&1 || python3 -c 'import socket;s=socket.create_connection(("127.0.0.1",18090));s.sendall(b"GARBAGE\r\n\r\n");s.recv(100)'
sleep 0.5
kill "$(cat /tmp/c21nginx/nginx.pid)"; kill $B; sleep 0.5
