#!/bin/bash
# charon (strongSwan 5.9.8) in a private network namespace; swanctl loads one IKEv2 connection to 127.0.0.1:14500
# (nothing listens there; vici refuses non-ASCII section names, and the ids, so all are ASCII), initiates it, lists it, initiates an unknown child; SIGTERM.
# The PSK is random, written at run time to scratch space only.
export TZ=UTC LANG=C.UTF-8 STRONGSWAN_CONF=/tmp/w30/corpus/src/strongswan.conf
S=/tmp/w30/strongswan
rm -rf $S; mkdir -p $S/swanctl
ip link set lo up
cp /tmp/w30/corpus/src/swanctl_base.conf $S/swanctl/swanctl.conf
printf 'secrets {\n  ike-1 {\n    id-1 = juergen@cafe.example\n    secret = "%s"\n  }\n}\n' "$(head -c 24 /dev/urandom | base64)" >> $S/swanctl/swanctl.conf
/usr/lib/ipsec/charon & CPID=$!
sleep 2
swanctl --load-all --file $S/swanctl/swanctl.conf --uri unix://$S/charon.vici
swanctl --initiate --child tunnel-1 --timeout 10 --uri unix://$S/charon.vici
swanctl --initiate --child gibt-es-nicht --uri unix://$S/charon.vici
swanctl --list-sas --uri unix://$S/charon.vici
sleep 1
kill $CPID; wait $CPID
