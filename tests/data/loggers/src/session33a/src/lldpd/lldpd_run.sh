#!/bin/bash
# Run inside `unshare -n`: two lldpd 1.0.16 daemons in the foreground with debug logging to stderr (-d -dd),
# one per end of a veth pair (the second in a nested network namespace), which discover each other; lldpcli
# changes the system name and a port description, a link goes down and up, then SIGTERM.
set -u
export TZ=UTC
S=/tmp/w33a/scratch/lldpd
rm -f $S/*.log $S/*.txt
ip link set lo up
unshare -n sleep 120 &
NS=$!
sleep 0.5
ip link add eth-links type veth peer name eth-rechts
ip link set eth-rechts netns $NS
ip link set eth-links up
nsenter -t $NS -n sh -c 'ip link set lo up; ip link set eth-rechts up'
mkdir -p /run/lldpd
# the peer first (both chroot into /run/lldpd; started together, one of them did not come up)
nsenter -t $NS -n lldpd -dd -u $S/rechts.socket -I 'eth-*' -S 'Gegenstelle' -p $S/rechts.pid > $S/lldpd_peer.txt 2>&1 &
R=$!
sleep 1
# debug logging (-dddd) restricted to a few tokens (-D): everything at info and above is logged in any case
lldpd -dddd -D main -D lldp -D interfaces -D rpc -D decode -D localchassis -u $S/links.socket -I 'eth-*' \
    -S 'Schaltschrank Köln' -p $S/links.pid > $S/lldpd.log 2>&1 &
L=$!
sleep 5
lldpcli -u $S/links.socket configure system hostname 'schrank-1' > $S/lldpcli.txt 2>&1
lldpcli -u $S/links.socket configure ports eth-links lldp portdescription 'Uplink → Gegenstelle' >> $S/lldpcli.txt 2>&1
lldpcli -u $S/links.socket configure lldp tx-interval 2 >> $S/lldpcli.txt 2>&1
lldpcli -u $S/links.socket show neighbors >> $S/lldpcli.txt 2>&1
lldpcli -u $S/links.socket configure gibtsnicht >> $S/lldpcli.txt 2>&1
sleep 3
ip link set eth-links down
sleep 2
ip link set eth-links up
sleep 4
kill -TERM $R; wait $R
sleep 3
kill -TERM $L; wait $L
kill $NS
exit 0
