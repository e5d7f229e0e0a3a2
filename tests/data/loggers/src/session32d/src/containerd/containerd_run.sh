#!/bin/bash
# containerd 1.6.20 (Debian) in the foreground as its systemd unit runs it (`containerd`, log to stderr, logrus text),
# inside `unshare -n -m` (no outside network; mounts die with the namespace). Run 1 a config with a TOML error,
# run 2 src/containerd/config.toml; ctr drives it; SIGTERM by pid. Needs /tmp/w32d/podman/kiste-oci.tar
# (made by src/podman/podman_run.sh: a busybox-only image).
set -u
export TZ=UTC
W=/tmp/w32d/containerd
SRC=$(dirname "$(readlink -f "$0")")
ip link set lo up
mount --make-rprivate /
rm -rf $W; mkdir -p $W
S=$W/containerd.sock
containerd -c $SRC/config_bad.toml >> $W/containerd.log 2>&1
containerd -c $SRC/config.toml >> $W/containerd.log 2>&1 & PID=$!
sleep 3
C="ctr -a $S"
{
$C version
$C namespaces create lager
$C namespaces label lager ort=köln
$C -n lager images import --base-name localhost/kiste /tmp/w32d/podman/kiste-oci.tar
$C -n lager images ls
$C -n lager run --rm localhost/kiste:1 t1 /bin/busybox echo "Grüße 東京"
$C -n lager containers create localhost/kiste:1 c2 /bin/busybox sleep 5
$C -n lager tasks start -d c2
$C -n lager containers rm c2
$C -n lager tasks kill -s SIGKILL c2
sleep 1
$C -n lager tasks rm c2
$C -n lager containers rm c2
$C -n lager images pull --plain-http 127.0.0.1:9/nicht/da:latest
$C -n lager images rm localhost/kiste:1
$C namespaces rm lager
$C -n lager snapshots ls
} > $W/ctr.txt 2>&1
sleep 1
kill -TERM $PID; wait $PID
echo "exit $?" >> $W/ctr.txt
