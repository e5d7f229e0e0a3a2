#!/bin/bash
# Inside the private mount namespace: a fresh /dev (a few device nodes) and /run, then rsyslogd.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$(realpath -m "$1"); shift
mount -t tmpfs -o mode=755 tmpfs /dev
mknod -m 666 /dev/null c 1 3; mknod -m 666 /dev/zero c 1 5; mknod -m 666 /dev/full c 1 7
mknod -m 666 /dev/random c 1 8; mknod -m 666 /dev/urandom c 1 9; mknod -m 666 /dev/tty c 5 0
mkdir /dev/pts /dev/shm
mount -t devpts -o newinstance,ptmxmode=0666 devpts /dev/pts; ln -s pts/ptmx /dev/ptmx
mount -t tmpfs tmpfs /dev/shm
ln -s /proc/self/fd /dev/fd; ln -s /proc/self/fd/0 /dev/stdin; ln -s /proc/self/fd/1 /dev/stdout; ln -s /proc/self/fd/2 /dev/stderr
mount -t tmpfs -o mode=755 tmpfs /run
mkdir -p /run/lock
rm -f "$OUT"
SYSLOG_OUT="$OUT" rsyslogd -n -f "$HERE/rsyslog.conf" -i /run/rsyslogd.pid &
RS=$!
for _ in $(seq 50); do [ -S /dev/log ] && break; sleep 0.1; done
set +e
"$@"
rc=$?
sleep 1
kill -TERM "$RS"; wait "$RS"
exit $rc
