#!/bin/bash
# Run inside `unshare -n`: two tinc 1.0.36 daemons (nodes "koeln" and "bonn", net "werk") in the foreground (-D)
# with debug level 3 (-d3), each writing its own log file (--logfile); "koeln" connects to "bonn" over loopback
# (bonn on 127.0.0.2), a third node "fehlt" it is told to connect to does not exist; SIGHUP, SIGUSR2 (dump), SIGTERM.
set -u
export TZ=UTC
S=/tmp/w33a/scratch/tinc
rm -rf $S/*
ip link set lo up
mkdir -p /dev/net; [ -c /dev/net/tun ] || mknod /dev/net/tun c 10 200
for n in koeln bonn; do
  mkdir -p $S/$n/hosts
done
cat > $S/koeln/tinc.conf <<CONF
Name = koeln
AddressFamily = ipv4
BindToAddress = 127.0.0.1
Port = 16555
ConnectTo = bonn
ConnectTo = fehlt
DeviceType = dummy
CONF
cat > $S/bonn/tinc.conf <<CONF
Name = bonn
AddressFamily = ipv4
BindToAddress = 127.0.0.2
Port = 16556
DeviceType = dummy
CONF
printf 'Address = 127.0.0.1\nPort = 16555\nSubnet = 10.20.1.0/24\n' > $S/koeln/hosts/koeln
printf 'Address = 127.0.0.2\nPort = 16556\nSubnet = 10.20.2.0/24\n' > $S/bonn/hosts/bonn
printf 'Address = 127.0.0.3\nPort = 16557\nSubnet = 10.20.3.0/24\n' > $S/koeln/hosts/fehlt
yes '' | tincd -c $S/koeln -K4096 > $S/keygen.txt 2>&1
yes '' | tincd -c $S/bonn -K4096 >> $S/keygen.txt 2>&1
cp $S/koeln/hosts/koeln $S/bonn/hosts/koeln
cp $S/bonn/hosts/bonn $S/koeln/hosts/bonn
tincd -c $S/bonn -n werk -D -d3 --logfile=$S/tinc_bonn.log --pidfile=$S/bonn.pid > $S/bonn_stdout.txt 2>&1 &
B=$!
tincd -c $S/koeln -n werk -D -d3 --logfile=$S/tinc_koeln.log --pidfile=$S/koeln.pid > $S/koeln_stdout.txt 2>&1 &
K=$!
sleep 6
kill -HUP $K
sleep 2
kill -USR2 $K
sleep 1
kill -TERM $B; wait $B
sleep 3
kill -TERM $K; wait $K
exit 0
