#!/bin/bash
# memcached 1.6.18 -vv: its stderr (no stamps, no levels); text-protocol clients.
set -u
: "${CORPUS:?set CORPUS}"
W=$CORPUS/work/memcached; rm -rf $W; mkdir -p $W $CORPUS/raw
memcached -vv -u root -l 127.0.0.1 -p 5350 -U 0 -m 16 -c 64 > $W/out.txt 2>&1 &
P=$!; sleep 1
python3 - <<'PY'
import socket, time
def talk(lines):
    s = socket.create_connection(("127.0.0.1", 5350)); s.settimeout(1)
    for l in lines:
        s.sendall(l); time.sleep(0.05)
        try: s.recv(4096)
        except Exception: pass
    s.close()
talk([b"set cart:42 0 300 5\r\nhello\r\n", b"get cart:42\r\n", b"get cart:missing\r\n", b"incr hits 1\r\n", b"delete cart:42\r\n"])
talk([b"set greeting 0 0 6\r\nGr\xc3\xbc\xc3\x9f\r\n", b"gets greeting\r\n", b"bogus command here\r\n", b"quit\r\n"])
talk([b"stats\r\n", b"flush_all\r\n", b"version\r\n"])
PY
sleep 0.5; kill -TERM $P; wait $P
cp $W/out.txt $CORPUS/raw/memcached_vv.log
