#!/bin/bash
# Run inside `unshare -n`: radvd 2.19 writing its own log file (-m logfile -d 5), in the foreground (-n), on one end
# of a veth pair (the peer in a nested namespace, sending router solicitations with rdisc6); forwarding off at
# first (a warning), then on; SIGHUP reload; a config with errors (configtest); SIGTERM.
set -u
export TZ=UTC
S=/tmp/w33a/scratch/radvd
SRC=/tmp/w33a/corpus/src/radvd
rm -f $S/*
ip link set lo up
unshare -n sleep 120 &
NS=$!
sleep 0.5
ip link add eth-lan type veth peer name eth-host
ip link set eth-host netns $NS
ip link set eth-lan up
ip addr add 2001:db8:1::1/64 dev eth-lan
nsenter -t $NS -n sh -c 'ip link set lo up; ip link set eth-host up'
sysctl -qw net.ipv6.conf.all.forwarding=0
# run 1: a config with errors, tested, then started anyway
radvd -c -C $SRC/radvd_bad.conf -m logfile -l $S/radvd.log -d 5 -p $S/radvd.pid >> $S/stdout.txt 2>&1
# run 2
radvd -n -C $SRC/radvd.conf -m logfile -l $S/radvd.log -d 5 -p $S/radvd.pid -u radvd >> $S/stdout.txt 2>&1 &
P=$!
sleep 4
nsenter -t $NS -n rdisc6 -1 eth-host >> $S/rdisc6.txt 2>&1
sysctl -qw net.ipv6.conf.all.forwarding=1
kill -HUP $P
sleep 7
kill -USR1 $P
sleep 1
nsenter -t $NS -n rdisc6 -1 eth-host >> $S/rdisc6.txt 2>&1
ip link set eth-lan down
sleep 3
ip link set eth-lan up
sleep 4
kill -TERM $P; wait $P
kill $NS
exit 0
