#!/bin/bash
# dockerd 20.10.24 (Debian docker.io) in the foreground without systemd, inside `unshare -n -m` (no outside network,
# mounts die with the namespace), logging to stderr (logrus text, not a TTY). Config src/docker/daemon.json: only
# data-root, exec-root, pidfile and the API socket moved to scratch space; dockerd starts its own containerd.
# Run 1 a config with an invalid log level; run 2 good, driven by the docker CLI; SIGHUP (reload); SIGTERM by pid.
set -u
export TZ=UTC
W=/tmp/w32d/docker
SRC=$(dirname "$(readlink -f "$0")")
ip link set lo up
mount --make-rprivate /
rm -rf $W; mkdir -p $W/rootfs/bin
cp /usr/bin/busybox $W/rootfs/bin/; tar -C $W/rootfs -cf $W/rootfs.tar .
dockerd --config-file $SRC/daemon_bad.json >> $W/dockerd.log 2>&1
dockerd --config-file $SRC/daemon.json >> $W/dockerd.log 2>&1 & PID=$!
sleep 5
export DOCKER_HOST=unix://$W/docker.sock
{
docker version
docker import $W/rootfs.tar kiste:1
docker run --rm --network none kiste:1 /bin/busybox echo "Grüße aus Köln / 東京"
docker run --name fehler --network none kiste:1 /bin/busybox sh -c 'echo "kaputt: é" >&2; exit 3'
docker logs fehler
docker rm fehler
docker run -d --name schlaf kiste:1 /bin/busybox sleep 60
docker stop -t 1 schlaf
docker rm schlaf
docker run --rm gibtsnicht:latest
docker rmi nicht-da:1
kill -HUP $PID; sleep 1
docker system df
} > $W/cli.txt 2>&1
kill -TERM $PID; wait $PID
echo "exit $?" >> $W/cli.txt
