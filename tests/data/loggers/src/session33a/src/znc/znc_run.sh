#!/bin/bash
# Run inside `unshare -n`: ZNC 1.8.2 (twice) with -D (debug output, implies foreground) on stdout, an ngIRCd 26.1 on
# 127.0.0.1:16667 for network "lokal", a dead port for network "tot"; IRC clients (src/znc/client.py); SIGTERM.
set -u
export TZ=UTC
S=/tmp/w33a/scratch/znc
SRC=/tmp/w33a/corpus/src/znc
rm -rf $S/data; mkdir -p $S/data/configs; rm -f $S/*.log $S/*.txt
cp $SRC/znc.conf.in $S/data/configs/znc.conf
ip link set lo up
ngircd -n -f $SRC/ngircd.conf > $S/ngircd.txt 2>&1 &
N=$!
sleep 1
chown -R nobody $S/data
# as an unprivileged user: as root ZNC waits 30 s after its warning.
# run 1: only loopback up: resolving 127.0.0.1 with AI_ADDRCONFIG fails, ZNC cannot bind and exits
su nobody -s /bin/sh -c "exec znc -D -d $S/data" > $S/znc_debug.log 2>&1
# run 2: with a veth pair up (an address besides loopback)
ip link add veth-z0 type veth peer name veth-z1
ip addr add 10.96.0.1/24 dev veth-z0; ip link set veth-z0 up; ip link set veth-z1 up
su nobody -s /bin/sh -c "exec znc -D -d $S/data" >> $S/znc_debug.log 2>&1 &
Z=$!
sleep 3
python3 $SRC/client.py
sleep 2
kill -TERM $(pgrep -P $Z); wait $Z
kill -TERM $N; wait $N
exit 0
