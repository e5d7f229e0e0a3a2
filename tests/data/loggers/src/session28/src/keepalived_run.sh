#!/bin/sh
# keepalived in its own network namespace on a veth pair (10.200.0.0/24, not routed anywhere); stderr kept
export TZ=UTC
cd /tmp/w28/ka
timeout -s TERM 9 unshare -n sh -c 'ip link set lo up; ip link add v0 type veth peer name v1 && ip addr add 10.200.0.1/24 dev v0 && ip link set v1 up && ip link set v0 up; exec keepalived -n -l -D -f /tmp/corpus28/src/keepalived.conf -p /tmp/w28/ka/k.pid -r /tmp/w28/ka/v.pid -c /tmp/w28/ka/c.pid' > ka.out 2> ka.err
