#!/bin/bash
# Run inside `unshare -n`: two BIRD 2.0.12 daemons over a veth pair (the peer in a nested network namespace),
# BGP between them, a neighbour that never answers, birdc reconfigure (good and broken), disable/enable, restart.
set -u
export TZ=UTC
S=/tmp/w33a/scratch/bird
SRC=/tmp/w33a/corpus/src/bird
rm -f $S/*.log $S/*.ctl
ip link set lo up
unshare -n sleep 120 &
NS=$!
sleep 0.5
ip link add veth-a type veth peer name veth-b
ip link set veth-b netns $NS
ip addr add 10.99.0.1/24 dev veth-a; ip link set veth-a up
nsenter -t $NS -n sh -c 'ip link set lo up; ip addr add 10.99.0.2/24 dev veth-b; ip link set veth-b up'
nsenter -t $NS -n bird -c $SRC/bird_b.conf -s $S/b.ctl -P $S/b.pid
bird -c $SRC/bird_a.conf -s $S/a.ctl -P $S/a.pid
sleep 8
birdc -s $S/a.ctl show protocols > $S/birdc.txt
cp $SRC/bird_a.conf $S/a_bad.conf; echo 'protocol bgp kaputt { neighbor 10.99.0.9 as ; }' >> $S/a_bad.conf
birdc -s $S/a.ctl configure \"$S/a_bad.conf\" >> $S/birdc.txt
birdc -s $S/a.ctl configure >> $S/birdc.txt
birdc -s $S/a.ctl disable nachbar_b >> $S/birdc.txt
sleep 2
birdc -s $S/a.ctl enable nachbar_b >> $S/birdc.txt
sleep 6
nsenter -t $NS -n birdc -s $S/b.ctl disable nachbar_a \"Wartung: Grüße aus Köln\" >> $S/birdc.txt
sleep 1
nsenter -t $NS -n birdc -s $S/b.ctl enable nachbar_a >> $S/birdc.txt
sleep 7
# the peer goes away without a word: hold timer expires
kill -KILL $(cat $S/b.pid)
sleep 12
birdc -s $S/a.ctl restart statisch >> $S/birdc.txt
sleep 1
birdc -s $S/a.ctl down >> $S/birdc.txt
sleep 1
kill $NS
exit 0
