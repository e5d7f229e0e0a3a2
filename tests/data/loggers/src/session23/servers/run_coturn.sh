#!/bin/bash
# coturn 4.6.1 turnserver: --log-file, --no-stdout-log, -v, --new-log-timestamp (ISO stamps instead of seconds since start); listening on 127.0.0.1 only,
#  STUN binding requests and an unauthenticated TURN allocate from Python (raw UDP), garbage; SIGTERM.
set -u; : "${CORPUS:?}"; W=$CORPUS/work/coturn; rm -rf $W; mkdir -p $W $CORPUS/raw
TZ=UTC turnserver -n --log-file=$W/turn.log --no-stdout-log --simple-log -v --new-log-timestamp -L 127.0.0.1 -E 127.0.0.1 -p 5439 \
  --no-tls --no-dtls --no-cli --lt-cred-mech --user shop:s3cret --realm shop.test --min-port 5440 --max-port 5450 --pidfile $W/turn.pid \
  > $W/stdout.txt 2>&1 & P=$!; sleep 2
python3 - <<'PY'
import os, socket, struct
def stun(msg_type, attrs=b""):
    return struct.pack("!HHI12s", msg_type, len(attrs), 0x2112A442, os.urandom(12)) + attrs
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.settimeout(1)
for pkt in (stun(0x0001), stun(0x0003, struct.pack("!HHI", 0x0019, 4, 0x11000000)), b"\x00\x01garbage", stun(0x0001)):
    s.sendto(pkt, ("127.0.0.1", 5439))
    try: s.recv(2048)
    except Exception: pass
PY
sleep 1; kill -TERM $P; wait $P
cp $W/turn.log $CORPUS/raw/coturn.log
