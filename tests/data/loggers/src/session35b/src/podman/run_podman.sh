#!/bin/bash
# podman 4.3.1 (Debian), root, cgroupfs, default k8s-file log driver; the image is imported from a tiny
# rootfs (Debian's busybox and its libraries: no registry is reachable here)
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
export TZ=UTC
OUT=/tmp/h35b/out; mkdir -p $OUT
R=/tmp/h35b/ctr; rm -rf $R; mkdir -p $R/bin $R/lib/x86_64-linux-gnu $R/lib64 $R/app $R/tmp
cp /bin/busybox $R/bin/; for c in sh echo printf head tr sleep cat; do ln -s busybox $R/bin/$c; done
cp /lib/x86_64-linux-gnu/libc.so.6 /lib/x86_64-linux-gnu/libresolv.so.2 $R/lib/x86_64-linux-gnu/
cp /lib64/ld-linux-x86-64.so.2 $R/lib64/
mkdir -p $R/dev; cp "$HERE/shop.sh" $R/app/
podman --version
podman rm -f shop35b >/dev/null 2>&1; podman rmi -f localhost/shop35b:1 >/dev/null 2>&1
tar -C $R -cf /tmp/h35b/ctr.tar . && podman import -q /tmp/h35b/ctr.tar localhost/shop35b:1 >/dev/null
podman run --name shop35b --runtime runc --cgroup-manager=cgroupfs --ulimit nofile=1024:1024 --ulimit nproc=1024:1024 localhost/shop35b:1 /app/shop.sh > /tmp/h35b/podman_run.out 2>&1
podman logs --timestamps shop35b > $OUT/podman_logs_timestamps.log 2>&1
cp "$(podman inspect --format '{{.HostConfig.LogConfig.Path}}' shop35b)" $OUT/podman_k8s_file.log
podman rm -f shop35b >/dev/null; podman rmi -f localhost/shop35b:1 >/dev/null
