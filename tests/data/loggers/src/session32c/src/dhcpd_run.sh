#!/bin/bash
# Run inside `unshare -n`: ISC dhcpd 4.4.3-P1 (Debian isc-dhcp-server) in the foreground with `-d` (log to stderr;
# Debian's default is syslog, facility daemon) on veth0 (10.99.0.1/24); clients (busybox udhcpc) in a second
# network namespace on the peer veth1.
set -u
export TZ=UTC
W=/tmp/w32c/dhcpd
SRC=$(dirname "$(readlink -f "$0")")
ip link set lo up
rm -rf $W; mkdir -p $W; touch $W/dhcpd.leases
ip link add veth0 type veth peer name veth1
ip addr add 10.99.0.1/24 dev veth0; ip link set veth0 up
unshare -n sleep 600 & CLNS=$!
sleep 0.5
ip link set veth1 netns $CLNS
nsenter -t $CLNS -n ip link set lo up
client() {  # client MAC, then udhcpc options
  nsenter -t $CLNS -n ip link set veth1 down
  nsenter -t $CLNS -n ip link set veth1 address $1
  nsenter -t $CLNS -n ip link set veth1 up
  shift
  nsenter -t $CLNS -n timeout 20 busybox udhcpc -f -q -n -t 3 -T 1 -i veth1 -s /bin/true "$@" >> $W/client.txt 2>&1
}
DHCPD="dhcpd -f -d -4 -lf $W/dhcpd.leases -pf $W/dhcpd.pid"
# run 1: Debian's dhcpd.conf as shipped (no subnet declaration for the interface)
$DHCPD -cf /etc/dhcp/dhcpd.conf veth0 >> $W/dhcpd.log 2>&1
# run 1b: a config file that does not exist
$DHCPD -cf $W/gibtsnicht.conf veth0 >> $W/dhcpd.log 2>&1
# run 2: with the test subnet
$DHCPD -cf $SRC/dhcpd/dhcpd.conf veth0 >> $W/dhcpd.log 2>&1 & PID=$!
sleep 2
client 02:00:00:00:00:01 -x hostname:köln-laptop -V 'Gerät 東京'
client 02:00:00:00:00:02 -x hostname:tokyo-pc -r 10.99.0.105 -R
client 02:00:00:00:00:03 -r 192.168.7.7
client 02:00:00:00:00:42 -x hostname:drucker
client 02:00:00:00:00:01 -x hostname:köln-laptop -R
# "reload": dhcpd has none; stop and start again (leases kept)
kill -TERM $PID; wait $PID
$DHCPD -cf $SRC/dhcpd/dhcpd.conf veth0 >> $W/dhcpd.log 2>&1 & PID=$!
sleep 2
for i in 4 5 6 7 8 9 a b c d e f; do client 02:00:00:00:00:1$i -n -t 1; done   # 12 clients, 11 addresses
kill -TERM $PID; wait $PID
kill $CLNS
