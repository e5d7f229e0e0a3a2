#!/bin/bash
# NetworkManager 1.42.4 (Debian): `NetworkManager --no-daemon --debug` (foreground, log to stderr, the default
# log level INFO), talking over a private D-Bus system bus; run inside `unshare -n -m` (its own network and
# mount namespaces: /run and /var/lib/NetworkManager are empty tmpfs there, /sys a read-only sysfs of
# the namespace). nmcli adds and brings up connections on a veth pair.
set -u
export TZ=UTC
S=$(dirname "$(readlink -f "$0")")/nm
D=/tmp/w30/nm
rm -rf $D && mkdir -p $D/system-connections && chmod 700 $D/system-connections
install -m 600 $S/kaputt.nmconnection "$D/system-connections/Kaputt in Köln.nmconnection"   # an invalid keyfile
mount -t tmpfs tmpfs /run
mount -t tmpfs tmpfs /var/lib/NetworkManager
# a read-only sysfs of this namespace: NetworkManager then works as in a container, without udev (none runs here)
mount -t sysfs -o ro sysfs /sys
ip link set lo up
ip link add veth0 type veth peer name veth1
export DBUS_SYSTEM_BUS_ADDRESS=unix:path=$D/system_bus_socket
dbus-daemon --config-file=$S/dbus-system.conf --nofork --nopidfile > $D/dbus.out 2>&1 &
DBUS=$!
sleep 1
NetworkManager --no-daemon --debug --config=$S/NetworkManager.conf --state-file=$D/NetworkManager.state \
  > $D/nm_stdout.txt 2> $D/networkmanager_raw.log &
NM=$!
sleep 4
nmcli general status
nmcli device status
nmcli connection add type ethernet ifname veth0 con-name "Büro-LAN café" ipv4.method manual ipv4.addresses 192.0.2.10/24 ipv6.method disabled
nmcli connection up "Büro-LAN café"; sleep 2
nmcli connection add type ethernet ifname veth1 con-name "日本-DHCP" ipv4.method auto ipv4.dhcp-timeout 6 ipv6.method ignore
nmcli connection up "日本-DHCP" & UP=$!
sleep 8
nmcli connection modify "Büro-LAN café" ipv4.addresses kaputt
nmcli connection up gibtsnicht
nmcli device disconnect veth0; sleep 1
ip link set veth0 down; sleep 1
nmcli connection delete "Büro-LAN café"
nmcli general logging
kill -TERM $UP 2>/dev/null
kill -TERM $NM; wait $NM
kill -TERM $DBUS; wait $DBUS
