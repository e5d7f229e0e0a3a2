#!/bin/bash
# ulogd2 2.0.8 (Debian): `ulogd -c src/ulogd/ulogd.conf` in the foreground, inside `unshare -n`; nftables rules in
# that private namespace send packets to NFLOG group 0 (the stack log1:NFLOG,...,emu1:LOGEMU of Debian's config).
# Two files: ulogd's own log (ulogd.log) and the LOGEMU output (syslogemu.log).
set -u
export TZ=UTC
S=$(dirname "$(readlink -f "$0")")/ulogd
D=/tmp/w30/ulogd
rm -rf $D && mkdir -p $D
ip link set lo up
nft -f - <<'NFT'
table inet w30 {
  chain input {
    type filter hook input priority 0; policy accept;
    tcp dport 9 log prefix "verworfen Köln: " group 0 drop
    udp dport 514 log prefix "syslog-udp " group 0
    icmp type echo-request limit rate 2/second log prefix "ping " group 0
    tcp dport 2222 ct state new log group 0
  }
}
NFT
ulogd -c $S/ulogd.conf > $D/stdout.txt 2>&1 &
U=$!
sleep 1
timeout 2 bash -c 'echo x > /dev/tcp/127.0.0.1/9' 2>/dev/null
python3 -c 'import socket; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.sendto("<13>Grüße aus Köln".encode(), ("127.0.0.1", 514))'
ping -c 5 -i 0.2 127.0.0.1 > /dev/null 2>&1
timeout 2 bash -c 'echo x > /dev/tcp/127.0.0.1/2222' 2>/dev/null
sleep 1
ulogd -c $S/ulogd.conf > $D/stdout2.txt 2>&1; echo "second ulogd rc=$?"   # started twice: group 0 is taken
kill -HUP $U; sleep 1          # ulogd reopens its log files on SIGHUP
timeout 2 bash -c 'echo x > /dev/tcp/127.0.0.1/9' 2>/dev/null
kill -USR1 $U; sleep 1
kill -TERM $U; wait $U
nft delete table inet w30
