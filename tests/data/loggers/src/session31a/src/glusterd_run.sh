#!/bin/bash
# Run inside `unshare -n -m`: glusterd 10.3 (Debian) in the foreground, its own log file, a one-brick volume.
set -u
export TZ=UTC
W=/tmp/w31a/gluster
ip link set lo up
# glusterd refuses loopback bricks: a second address on the loopback of this namespace only (TEST-NET-1 address)
ip addr add 192.0.2.10/32 dev lo
rm -rf $W; mkdir -p $W/brick1 $W/state $W/run $W/mnt
# glusterd keeps its state in /var/lib/glusterd: a private one for this run
mount --bind $W/state /var/lib/glusterd 2>/dev/null || { mkdir -p /var/lib/glusterd; mount --bind $W/state /var/lib/glusterd; }
mkdir -p $W/logs && mount --bind $W/logs /var/log/glusterfs 2>/dev/null || { mkdir -p /var/log/glusterfs; mount --bind $W/logs /var/log/glusterfs; }
mount --bind $W/run /run 2>/dev/null
glusterd -N --log-file=$W/glusterd.log --log-level=INFO > $W/stdout.txt 2>&1 &
PID=$!
sleep 4
{
gluster --mode=script volume create daten 192.0.2.10:$W/brick1
gluster --mode=script volume create daten 192.0.2.10:$W/brick1 force
gluster --mode=script volume create 'köln' 192.0.2.10:$W/brick2 force
gluster --mode=script volume start daten
gluster --mode=script volume set daten performance.cache-size 999TB
gluster --mode=script volume set daten gibt.es.nicht an
gluster --mode=script volume info daten
gluster --mode=script peer probe 192.0.2.99
gluster --mode=script volume start nichtda
gluster --mode=script volume create daten 192.0.2.10:$W/brick1 force
gluster --mode=script volume stop daten
gluster --mode=script volume delete daten
gluster --mode=script volume delete daten
} > $W/cli.txt 2>&1
for f in $(find /var/run/gluster -name '*.pid' 2>/dev/null); do kill -TERM "$(cat "$f")" 2>/dev/null; done
sleep 1
kill -TERM $PID
wait $PID
echo "exit $?" >> $W/cli.txt
