#!/bin/bash
# webdis 0.1.9 (Debian) with Debian's /etc/webdis/webdis.json (verbosity 3, its ACL), only ports, paths and
# "daemonize": false changed; Redis 7.0.15 behind it; driven with curl
. /work/helper36a/src/env.sh
D=$RUN/webdis; rm -rf $D; mkdir -p $D; cd $D
rm -f $OUT/out/webdis.log
redis-server --port 47420 --bind 127.0.0.1 --save '' --logfile $D/redis.log & R=$!
sleep 0.5
webdis $OUT/src/webdis/webdis.json & W=$!
sleep 1
U=http://127.0.0.1:47421
c() { curl -s -o /dev/null -w "%{http_code} $1\n" "$@"; }
c "$U/SET/greeting/Caf%C3%A9%20Zo%C3%AB%20in%20%E6%9D%B1%E4%BA%AC"
c "$U/GET/greeting"
c "$U/GET/greeting.txt"
c "$U/INCR/hits"
c "$U/HSET/user:1/name/%22Zo%C3%AB%22"
c "$U/NOSUCHCOMMAND/x"
c "$U/DEBUG/SLEEP/0"                              # disabled by the ACL
c -u user:wrong "$U/DEBUG/OBJECT/greeting"        # wrong basic auth
c -u user:password "$U/DEBUG/OBJECT/greeting"     # allowed
c -X PUT --data-binary 'tab	and "quotes"' "$U/SET/raw"
c -X DELETE "$U/GET/raw"
c "$U/"
c "$U/GET/raw?jsonp=cb"
# a client killed mid-request
python3 -c 'import socket; s = socket.create_connection(("127.0.0.1", 47421)); s.sendall(b"GET /GET/gree"); s.close()'
python3 -c 'import socket; s = socket.create_connection(("127.0.0.1", 47421)); s.sendall(b"NOT HTTP AT ALL\r\n\r\n"); print(s.recv(200)); s.close()'
# Redis goes away and comes back
kill -9 $R; wait $R 2>/dev/null
sleep 0.5
c "$U/GET/greeting"
c "$U/GET/greeting"
redis-server --port 47420 --bind 127.0.0.1 --save '' --logfile $D/redis2.log & R=$!
sleep 2
c "$U/GET/greeting"
c "$U/PING"
kill -TERM $W; wait $W
kill $R; wait
