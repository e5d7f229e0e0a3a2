#!/bin/bash
# FRRouting 8.4.4 (Debian): zebra, staticd and bgpd started by hand (as frrinit.sh does, without watchfrr),
# each with its own config (src/frr/*.conf: `log file /tmp/w30/frr/frr.log`, FRR's own file log format).
# Run inside `unshare -n` (a private network namespace: the dummy interface and the routes live there).
set -u
export TZ=UTC
S=$(dirname "$(readlink -f "$0")")/frr
D=/tmp/w30/frr; R=$D/run
rm -rf $D && mkdir -p $R && chown -R frr:frr $D && chmod 755 $D
ip link set lo up
ip link add veth0 type veth peer name veth1 && ip link set veth1 up && ip link set veth0 up
cp $S/*.conf $R/ && chown frr:frr $R/*.conf
common="--vty_socket $R -u frr -g frr"
# in the foreground (no -d), their stderr to scratch files: with -d, stderr is closed and FRR logs its own
# write errors on fd 2 into the file
/usr/lib/frr/zebra   -A 127.0.0.1 -f $R/zebra.conf   -i $R/zebra.pid   -z $R/zserv.api $common 2> $D/zebra.err &
sleep 1
/usr/lib/frr/staticd -A 127.0.0.1 -f $R/staticd.conf -i $R/staticd.pid -z $R/zserv.api $common 2> $D/staticd.err &
/usr/lib/frr/bgpd    -A 127.0.0.1 -f $R/bgpd.conf    -i $R/bgpd.pid    -z $R/zserv.api $common 2> $D/bgpd.err &
sleep 3
V() { vtysh --vty_socket $R "$@"; }
V -c "show ip route" > $D/routes.txt 2>&1
ip link set veth0 down; sleep 1; ip link set veth0 up; sleep 1
V -c "configure terminal" -c "router bgp 65001" -c "neighbor 127.0.0.2 shutdown message Wartung in Köln — café" 2>&1
V -c "configure terminal" -c "interface veth0" -c "ip address 192.0.2.1/24" -c "no ip address 192.0.2.1/24" 2>&1
V -c "clear ip bgp *" 2>&1
V -c "configure terminal" -c "ip route 198.51.100.0/24 kaputt" 2>&1
sleep 6
for d in bgpd staticd zebra; do kill -TERM $(cat $R/$d.pid); sleep 1; done
wait
