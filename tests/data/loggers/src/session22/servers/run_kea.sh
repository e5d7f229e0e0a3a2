#!/bin/bash
# ISC Kea DHCPv4 2.2.0: log output to a file (log4cplus layout), severity DEBUG debuglevel 15; UDP sockets on lo, a DISCOVER and a garbage packet, SIGHUP reload, a config error, SIGTERM.
set -u
: "${CORPUS:?set CORPUS}"
W=$CORPUS/work/kea; rm -rf $W; mkdir -p $W $CORPUS/raw
export KEA_PIDFILE_DIR=$W KEA_LOCKFILE_DIR=$W
cat > $W/kea.json <<C
{ "Dhcp4": {
  "interfaces-config": { "interfaces": [ "lo" ], "dhcp-socket-type": "udp" },
  "lease-database": { "type": "memfile", "persist": true, "name": "$W/leases4.csv", "lfc-interval": 0 },
  "valid-lifetime": 600,
  "subnet4": [ { "id": 1, "subnet": "127.0.0.0/8", "pools": [ { "pool": "127.0.100.10 - 127.0.100.20" } ],
                 "option-data": [ { "name": "domain-name", "data": "shop.test" } ] } ],
  "loggers": [ { "name": "kea-dhcp4", "severity": "DEBUG", "debuglevel": 15,
                 "output_options": [ { "output": "$W/kea-dhcp4.log" } ] } ]
} }
C
TZ=UTC kea-dhcp4 -c $W/kea.json -p 5367 -P 5368 > $W/stdout.txt 2>&1 &
P=$!; sleep 2
python3 - <<'PY'
import socket, struct, os
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.settimeout(1)
mac = bytes.fromhex("0200deadbeef")
pkt = struct.pack("!BBBBIHH4s4s4s4s16s64s128s", 1, 1, 6, 0, 0x1234abcd, 0, 0x8000, b"\0"*4, b"\0"*4, b"\0"*4, b"\0"*4, mac.ljust(16, b"\0"), b"\0"*64, b"\0"*128)
pkt += b"\x63\x82\x53\x63" + b"\x35\x01\x01" + b"\x0c\x05kasse" + b"\xff"
s.sendto(pkt, ("127.0.0.1", 5367))
try: s.recvfrom(2048)
except Exception: pass
s.sendto(b"not a dhcp packet", ("127.0.0.1", 5367))
PY
sleep 1
kill -HUP $P; sleep 1
sed -i 's/"valid-lifetime": 600/"valid-lifetime": "ten minutes"/' $W/kea.json
kill -HUP $P; sleep 1
kill -TERM $P; wait $P
cp $W/kea-dhcp4.log $CORPUS/raw/kea_dhcp4.log
