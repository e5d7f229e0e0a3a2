#!/bin/bash
# Inside with_syslog.sh's namespace (private /run for its pid file): avahi-daemon --debug in the
# foreground (messages on stderr), 6 s, then SIGTERM. usage: run_avahi.sh OUTDIR
set -u
HERE=$(cd "$(dirname "$0")" && pwd); OUT=$1
mkdir -p /run/avahi-daemon
# the static services directory is fixed (/etc/avahi/services): our two files, in this namespace only
mount --bind "$HERE/services" /etc/avahi/services
TZ=UTC avahi-daemon --no-drop-root --no-chroot --no-rlimits --debug -f "$HERE/avahi-daemon.conf" > "$OUT/avahi_daemon_debug.log" 2>&1 &
P=$!
sleep 6
kill -TERM "$P"; wait "$P"
umount /etc/avahi/services
