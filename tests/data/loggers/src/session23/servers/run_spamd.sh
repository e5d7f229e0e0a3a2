#!/bin/bash
# SpamAssassin spamd 4.0.1: -s FILE (its own log file), -D spamd (debug for the spamd area), --listen 127.0.0.1:5455, -x (no per-user config);
# SPAMC/1.5 requests from Python: a ham message, a GTUBE spam, a PING, a malformed request; SIGHUP (restart), SIGTERM.
set -u; : "${CORPUS:?}"; W=$CORPUS/work/spamd; rm -rf $W; mkdir -p $W $CORPUS/raw
TZ=UTC spamd -s $W/spamd.log -D spamd --listen 127.0.0.1:5455 -x -u nobody --allowed-ips=127.0.0.1 --pidfile $W/spamd.pid \
  --max-children 1 --min-children 1 > $W/stderr.txt 2>&1 & P=$!
for i in $(seq 60); do python3 -c "import socket; socket.create_connection(('127.0.0.1',5455))" 2>/dev/null && break; sleep 0.5; done
python3 - <<'PY'
import socket
def req(head, body=b""):
    s = socket.create_connection(("127.0.0.1", 5455)); s.settimeout(3)
    s.sendall(head + (b"Content-length: %d\r\n" % len(body) if body else b"") + b"\r\n" + body)
    try:
        while s.recv(65536): pass
    except Exception: pass
    s.close()
ham = "From: shop@shop.test\r\nTo: kunde@shop.test\r\nSubject: Ihre Bestellung 42\r\nMessage-ID: <42@shop.test>\r\n\r\nGrüße aus Köln\r\n".encode()
gtube = b"From: x@y.test\r\nTo: kunde@shop.test\r\nSubject: win\r\nMessage-ID: <gtube@y.test>\r\n\r\nXJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X\r\n"
req(b"PING SPAMC/1.5\r\n")
req(b"CHECK SPAMC/1.5\r\nUser: kunde\r\n", ham)
req(b"SYMBOLS SPAMC/1.5\r\nUser: kunde\r\n", gtube)
req(b"FROB SPAMC/1.5\r\n")
req(b"PROCESS SPAMC/9.9\r\n", b"x")
PY
kill -HUP $(cat $W/spamd.pid); sleep 6; kill -TERM $(cat $W/spamd.pid); wait $P
cp $W/spamd.log $CORPUS/raw/spamd.log
