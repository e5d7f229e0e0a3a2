#!/bin/sh
# kresd 5.6.0 foreground, stderr kept; in a private network namespace (lo only)
export TZ=UTC
ip link set lo up
cd /tmp/w28/kres
kresd -n -c /tmp/corpus28/src/kresd.conf /tmp/w28/kres/rundir 2> kresd.err > kresd.out &
P=$!
sleep 2
for q in rücken.internal example.com blocked.example. nonexistent.tld; do
  python3 - "$q" <<'PY'
import socket, struct, sys
name = sys.argv[1].rstrip('.')
q = struct.pack('>HHHHHH', 0x1234, 0x0100, 1, 0, 0, 0) + b''.join(bytes([len(l)]) + l for l in (p.encode('idna') if not p.isascii() else p.encode() for p in name.split('.'))) + b'\0' + struct.pack('>HH', 1, 1)
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.settimeout(3)
s.sendto(q, ('127.0.0.1', 15353))
try: print(name, len(s.recv(512)))
except Exception as e: print(name, e)
PY
done
kill $P; sleep 1
