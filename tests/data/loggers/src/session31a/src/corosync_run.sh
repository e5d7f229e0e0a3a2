#!/bin/bash
# Run inside `unshare -n`: corosync 3 single node (+ an absent second node) in the foreground.
set -u
export TZ=UTC
W=/tmp/w31a/corosync
SRC=$(dirname "$0")
ip link set lo up
ip addr add 127.0.0.2/8 dev lo 2>/dev/null || true
mkdir -p $W /var/lib/corosync /run/corosync
rm -f $W/corosync.log
cp $SRC/corosync/corosync.conf $W/corosync.conf
corosync -f -c $W/corosync.conf > $W/stdout.txt 2>&1 &
PID=$!
sleep 6
corosync-quorumtool -s > $W/quorum.txt 2>&1
corosync-cmapctl -s totem.token u32 4000 >> $W/quorum.txt 2>&1
# a second instance while the first runs: fails
corosync -f -c $W/corosync.conf >> $W/stdout2.txt 2>&1
# reload with a changed cluster_name (not allowed) and a bad token value
sed -i 's/köln-cluster/münchen-cluster/; s/crypto_hash: none/crypto_hash: none\n\ttoken: zwölf/' $W/corosync.conf
COROSYNC_MAIN_CONFIG_FILE=$W/corosync.conf corosync-cfgtool -R >> $W/quorum.txt 2>&1
sleep 1
# a good reload: original config with the token raised
cp $SRC/corosync/corosync.conf $W/corosync.conf
sed -i 's/crypto_hash: none/crypto_hash: none\n\ttoken: 5000/' $W/corosync.conf
corosync-cfgtool -R >> $W/quorum.txt 2>&1
sleep 1
corosync-cfgtool -s >> $W/quorum.txt 2>&1
# the second node's link goes: remove 127.0.0.2 from lo
ip addr del 127.0.0.2/8 dev lo
sleep 4
corosync-cfgtool -H >> $W/quorum.txt 2>&1  # shutdown request
sleep 3
kill -TERM $PID 2>/dev/null
wait $PID
echo "exit $?" >> $W/quorum.txt
