#!/bin/bash
# fwknopd 2.6.10 (Debian fwknop-server) in the foreground (-f, messages to stderr), UDP server mode, inside a
# private network namespace (unshare -n: its iptables rules touch only that namespace). fwknop client packets:
# valid, wrong key, a replay, garbage, a port not allowed.
set -u
HERE=$(cd "$(dirname "$0")" && pwd); OUT=${OUT:-$(cd "$HERE/../.." && pwd)}
W=$OUT/work/fwknop; rm -rf "$W"; mkdir -p -m 700 "$W/run"
export TZ=UTC HERE W
cp "$HERE/fwknopd.conf" "$HERE/access.conf" "$W/"; chmod 600 "$W"/*.conf
unshare -n bash -c '
ip link set lo up
fwknopd -f -c "$W/fwknopd.conf" -a "$W/access.conf" -d "$W/digest.cache" -p "$W/run/fwknopd.pid" -r "$W/run" \
  2>"$W/fwknopd.stderr" >"$W/fwknopd.stdout" & F=$!
sleep 2
K="--key-base64-rijndael c2hvcC1zcGEta2V5LUNhZsOpLVpvw6s= --key-base64-hmac c2hvcC1obWFjLWtleS0yMDI2LXdlYi0x --use-hmac"
C="fwknop -D 127.0.0.1 --server-port 62201 -a 127.0.0.1 --rc-file /dev/null"
{
$C -A tcp/22 $K --save-packet "$W/spa.pkt"
sleep 1
$C -A tcp/22 --key-base64-rijndael d3Jvbmcta2V5LXdyb25nLWtleQ== --key-base64-hmac d3JvbmctaG1hYy13cm9uZy1obWFj --use-hmac
sleep 1
python3 -c "import socket,sys; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.sendto(open(sys.argv[1],\"rb\").read().strip(), (\"127.0.0.1\", 62201))" "$W/spa.pkt"
sleep 1
printf "this is not an SPA packet Café Zoë" > /dev/udp/127.0.0.1/62201
sleep 1
$C -A tcp/3306 $K
sleep 5
iptables -S > "$W/iptables.txt" 2>&1
} >"$W/client.out" 2>&1
kill -HUP $F; sleep 2
kill -TERM $F; wait $F
'
cp "$W/fwknopd.stderr" "$OUT/out/fwknopd.log"
