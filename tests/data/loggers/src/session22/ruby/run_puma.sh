#!/bin/bash
# Puma 5.6.5 (Debian) in single mode, --log-requests, stdout+stderr to one file (as `puma > log 2>&1` or a container has them).
set -u
: "${CORPUS:?set CORPUS}"
D=$(cd "$(dirname "$0")" && pwd); W=$CORPUS/work/puma; rm -rf $W; mkdir -p $W $CORPUS/raw
cd $D
TZ=UTC puma --log-requests -b tcp://127.0.0.1:5397 -t 1:2 -e production $D/config.ru > $W/puma.log 2>&1 &
P=$!; sleep 3
B=http://127.0.0.1:5397
curl -s -o /dev/null $B/; curl -s -o /dev/null $B/boom; curl -s -o /dev/null "$B/missing?q=caf%C3%A9"; curl -s -o /dev/null $B/warn
curl -s -o /dev/null -X POST -d x=1 $B/; curl -s -o /dev/null -I $B/
printf 'GARBAGE\r\n\r\n' | timeout 2 python3 -c "import socket,sys; s=socket.create_connection(('127.0.0.1',5397)); s.sendall(sys.stdin.buffer.read()); s.recv(100)" 2>/dev/null
sleep 0.5; kill -USR2 $P 2>/dev/null; sleep 0.1; kill -TERM $P; wait $P
cp $W/puma.log $CORPUS/raw/puma.log
