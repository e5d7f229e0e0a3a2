#!/bin/bash
# Xorg 21.1.7 (Debian xserver-xorg-core) headless with the dummy video driver, inside `unshare -n -m`
# (-nolisten tcp; local socket only). /proc/cmdline is bind-mounted over with a generic Debian command line in the
# private mount namespace, so the log does not carry this sandbox's boot parameters (Xorg logs the kernel command
# line). Run 1: a config naming a driver that does not exist (no screens: fatal). Run 2: the dummy config, X
# clients (xset, xrandr), SIGTERM by pid. -logfile puts each log in scratch space (default /var/log/Xorg.N.log).
set -u
export TZ=UTC
W=/tmp/w32d/xorg
SRC=$(dirname "$(readlink -f "$0")")
ip link set lo up
mount --make-rprivate /
rm -rf $W; mkdir -p $W
echo 'BOOT_IMAGE=/boot/vmlinuz-6.1.0-28-amd64 root=UUID=0d5e7a9c-1b2f-4c3d-9e8f-123456789abc ro quiet' > $W/cmdline
mount --bind $W/cmdline /proc/cmdline
Xorg :97 -config $SRC/xorg-bad.conf -logfile $W/xorg_fail.log -nolisten tcp > $W/stderr1.txt 2>&1
Xorg :98 -config $SRC/xorg-dummy.conf -logfile $W/xorg_dummy.log -nolisten tcp -noreset > $W/stderr2.txt 2>&1 & PID=$!
sleep 3
{
DISPLAY=:98 xset q
DISPLAY=:98 xrandr
DISPLAY=:98 xrandr -s 800x600
DISPLAY=:98 xrandr --output default --mode 1234x567
DISPLAY=:98 xset dpms force off
} > $W/clients.txt 2>&1
sleep 1
kill -TERM $PID; wait $PID
