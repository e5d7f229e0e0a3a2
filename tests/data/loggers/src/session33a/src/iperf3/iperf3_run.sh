#!/bin/bash
# Run inside `unshare -n`: iperf3 3.12 server (-s --logfile --timestamps; not --verbose: it prints uname -a) on loopback; clients: a short
# TCP test, a reverse test, a UDP test, a test with a port nothing listens on (client side only), a client that
# connects while a test runs (server busy), a garbage connection; server stopped with SIGTERM. The client's own
# output with --logfile --timestamps goes to a second file.
set -u
export TZ=UTC
S=/tmp/w33a/scratch/iperf3
rm -f $S/*
ip link set lo up
iperf3 -s -p 15201 --logfile $S/iperf3_server.log --timestamps &
P=$!
sleep 1
iperf3 -c 127.0.0.1 -p 15201 -t 2 -i 1 --logfile $S/iperf3_client.log --timestamps
iperf3 -c 127.0.0.1 -p 15201 -t 2 -i 1 -R --logfile $S/iperf3_client.log --timestamps
iperf3 -c 127.0.0.1 -p 15201 -t 2 -u -b 5M --logfile $S/iperf3_client.log --timestamps
iperf3 -c 127.0.0.1 -p 15202 -t 1 --logfile $S/iperf3_client.log --timestamps
iperf3 -c 127.0.0.1 -p 15201 -t 3 --logfile $S/iperf3_busy_a.txt &
B=$!
sleep 1
iperf3 -c 127.0.0.1 -p 15201 -t 1 --logfile $S/iperf3_client.log --timestamps
wait $B
printf 'kaputt\n' | timeout 3 nc -q 1 127.0.0.1 15201 > /dev/null
sleep 1
kill -TERM $P; wait $P
exit 0
