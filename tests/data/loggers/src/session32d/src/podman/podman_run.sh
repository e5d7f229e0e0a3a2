#!/bin/bash
# Podman 4.3.1 (Debian) as root with `--log-level=debug` (logrus text on stderr), inside `unshare -n -m` (no outside
# network; containers get --network none). Storage in scratch space (--root/--runroot) instead of /var/lib/containers,
# otherwise the Debian defaults (/usr/share/containers/containers.conf). Only stderr is the log; stdout to out.txt.
# Containers cannot start here: this sandbox forbids setrlimit, which runc always does (the log shows the error).
set -u
export TZ=UTC
W=/tmp/w32d/podman
rm -rf $W/storage $W/run $W/rootfs $W/podman_debug.log; mkdir -p $W/rootfs/bin
ip link set lo up
cp /usr/bin/busybox $W/rootfs/bin/
tar -C $W/rootfs -cf $W/rootfs.tar .
P="podman --log-level=debug --root $W/storage --runroot $W/run"
cd $W
$P import $W/rootfs.tar localhost/kiste:1 >> out.txt 2>> podman_debug.log
$P run --rm --network none localhost/kiste:1 /bin/busybox echo "Grüße aus Köln / 東京" >> out.txt 2>> podman_debug.log
$P run --name fehler --network none localhost/kiste:1 /bin/busybox sh -c 'echo "kaputt: é" >&2; exit 3' >> out.txt 2>> podman_debug.log
$P logs fehler >> out.txt 2>> podman_debug.log
$P rm fehler >> out.txt 2>> podman_debug.log
$P run --rm --network none docker.io/library/gibtsnicht:latest >> out.txt 2>> podman_debug.log   # pull fails
$P inspect nicht-da >> out.txt 2>> podman_debug.log
$P save --format oci-archive -o $W/kiste-oci.tar localhost/kiste:1 >> out.txt 2>> podman_debug.log
echo "done" >> out.txt
