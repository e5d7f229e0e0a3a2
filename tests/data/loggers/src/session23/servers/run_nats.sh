#!/bin/bash
# NATS server 2.9.10 (Debian nats-server): log_file with timestamps, debug+trace, raw-protocol clients (good, bad auth, bad command, max payload), SIGHUP reload, SIGTERM.
set -u; : "${CORPUS:?}"; W=$CORPUS/work/nats; rm -rf $W; mkdir -p $W $CORPUS/raw
cat > $W/nats.conf <<C
listen: 127.0.0.1:5401
http: 127.0.0.1:5402
server_name: "shop-nats-1"
log_file: "$W/nats.log"
logtime: true
debug: true
trace: true
max_payload: 1024
authorization { users = [ {user: alice, password: s3cret} ] }
C
TZ=UTC nats-server -c $W/nats.conf > $W/stdout.txt 2>&1 & P=$!; sleep 1.5
printf 'CONNECT {"verbose":true,"user":"alice","pass":"s3cret","name":"órder-svc"}\r\nSUB orders.* 1\r\nPUB orders.new 11\r\nhello Köln\r\r\nPING\r\n' | python3 $CORPUS/src/tcpsend.py 127.0.0.1 5401 >/dev/null
printf 'CONNECT {"verbose":false,"user":"alice","pass":"wrong"}\r\nPING\r\n' | python3 $CORPUS/src/tcpsend.py 127.0.0.1 5401 >/dev/null
printf 'CONNECT {"user":"alice","pass":"s3cret"}\r\nFOO bar\r\n' | python3 $CORPUS/src/tcpsend.py 127.0.0.1 5401 >/dev/null
big=$(head -c 2000 /dev/zero | tr '\0' x)
printf 'CONNECT {"user":"alice","pass":"s3cret"}\r\nPUB big 2000\r\n%s\r\n' "$big" | python3 $CORPUS/src/tcpsend.py 127.0.0.1 5401 >/dev/null
curl -s 127.0.0.1:5402/varz >/dev/null
kill -HUP $P; sleep 1; kill -TERM $P; wait $P
cp $W/nats.log $CORPUS/raw/nats_server.log
