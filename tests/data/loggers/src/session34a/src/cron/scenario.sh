#!/bin/bash
# Runs inside with_syslog.sh's namespace: cron -f with every job event logged (-L 15), our
# crontabs bind-mounted over the system ones, then anacron -d -q -n (foreground, messages to syslog only).
# usage: scenario.sh OUTDIR
set -u
HERE=$(cd "$(dirname "$0")" && pwd); OUT=$1
W=$(mktemp -d /tmp/w34a/cronrun.XXXX)
mkdir -p "$W/cron.d" "$W/crontabs" "$W/anacron"
cp "$HERE/crontab" "$W/crontab"; chmod 644 "$W/crontab"
cp "$HERE/cron.d-shop" "$W/cron.d/shop"; cp "$HERE/cron.d-broken" "$W/cron.d/broken"
cp "$HERE/cron.d-insecure" "$W/cron.d/insecure"; chmod 644 "$W"/cron.d/*; chmod 664 "$W/cron.d/insecure"
cp "$HERE/root.crontab" "$W/crontabs/root"; chown root:crontab "$W/crontabs/root"; chmod 600 "$W/crontabs/root"
chown root:crontab "$W/crontabs"; chmod 1730 "$W/crontabs"
mount --bind "$W/crontab" /etc/crontab
mount --bind "$W/cron.d" /etc/cron.d
mount --bind "$W/crontabs" /var/spool/cron/crontabs
# start 10 s before a minute boundary, anacron 5 s later, stop after one round of jobs
while [ "$(date +%S)" != 50 ]; do sleep 0.5; done
cron -f -L 15 &
CRON=$!
sleep 5
anacron -d -q -n -t "$HERE/anacrontab" -S "$W/anacron"
sleep 12
kill -TERM "$CRON"; wait "$CRON"
umount /etc/crontab /etc/cron.d /var/spool/cron/crontabs
rm -rf "$W"
