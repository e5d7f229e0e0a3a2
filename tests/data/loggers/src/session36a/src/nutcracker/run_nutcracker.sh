#!/bin/bash
# twemproxy (nutcracker 0.5.0, Debian) in front of Redis 7.0.15 backends on 127.0.0.1 high ports;
# default verbosity (-v 5; Debian's build has no debug logging, so higher levels add nothing), -o logfile
. /work/helper36a/src/env.sh
D=$RUN/nutcracker; rm -rf $D; mkdir -p $D; cd $D
L=$OUT/out/nutcracker.log; rm -f $L
redis-server --port 47401 --bind 127.0.0.1 --save '' --logfile $D/a.log & A=$!
redis-server --port 47402 --bind 127.0.0.1 --save '' --logfile $D/b.log & B=$!
redis-server --port 47404 --bind 127.0.0.1 --save '' --requirepass s3cret --logfile $D/s.log & S=$!
sleep 0.5
nutcracker -t -c $OUT/src/nutcracker/nutcracker.yml
nutcracker -c $OUT/src/nutcracker/nutcracker.yml -o $L -s 47405 -a 127.0.0.1 -p $D/nc.pid & N=$!
sleep 1
C="redis-cli -h 127.0.0.1 -p 47400"
$C SET 'user:zoë' 'Café Zoë in 東京'
$C GET 'user:zoë'
$C MSET k1 1 k2 2 k3 3 k4 4
$C KEYS '*' 2>&1          # not supported by twemproxy: the connection is closed
$C CONFIG GET maxmemory 2>&1
redis-cli -h 127.0.0.1 -p 47403 GET sess:1 2>&1            # no AUTH
redis-cli -h 127.0.0.1 -p 47403 -a wrong --no-auth-warning GET sess:1 2>&1
redis-cli -h 127.0.0.1 -p 47403 -a s3cret --no-auth-warning SET sess:1 'tab	here "quoted"'
# a client killed mid-command
python3 - <<'PY'
import socket, time
s = socket.create_connection(("127.0.0.1", 47400))
s.sendall(b"*3\r\n$3\r\nSET\r\n$2\r\nk9\r\n")   # half a request
time.sleep(0.3)
s.close()
s = socket.create_connection(("127.0.0.1", 47400))
s.sendall(b"GARBAGE\x00\xff not resp\r\n")      # not RESP at all
time.sleep(0.3)
print(s.recv(100))
s.close()
for bad in (b"*1\r\n$abc\r\n", b"*2\r\n$3\r\nGET\r\n:5\r\n", b"*1\r\n$4\r\nPING\r\n",
            b"*2\r\n$3\r\nGET\r\n$" + str(len("caf\u00e9 \u6771\u4eac".encode())).encode() + b"\r\n" + "caf\u00e9 \u6771\u4eac".encode() + b"\r\n",
            b"*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$999999999\r\n"):
    s = socket.create_connection(("127.0.0.1", 47400))
    s.sendall(bad)
    time.sleep(0.3)
    s.settimeout(0.5)
    try:
        print(s.recv(200))
    except OSError as e:
        print(e)
    s.close()
PY
# a backend dies: requests fail, it is ejected, then it comes back
kill -9 $B; wait $B 2>/dev/null
for i in 1 2 3 4 5 6; do $C GET k$i 2>&1; done
sleep 2.5
for i in 1 2 3 4; do $C GET k$i 2>&1; done
redis-server --port 47402 --bind 127.0.0.1 --save '' --logfile $D/b2.log & B=$!
sleep 2.5
for i in 1 2 3 4; do $C GET k$i 2>&1; done
# SIGHUP reopens the log, SIGTTIN/SIGTTOU raise and lower the log level (documented signals)
kill -TTIN $N; sleep 0.2; $C GET k1; kill -TTOU $N; sleep 0.2
kill -HUP $N; sleep 0.2
kill -INT $N; wait $N    # SIGINT is its shutdown signal (SIGTERM is not handled: it dies silently)
kill $A $B $S; wait
