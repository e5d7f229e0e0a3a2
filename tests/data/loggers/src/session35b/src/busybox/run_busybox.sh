#!/bin/bash
# BusyBox 1.35.0 syslogd (Debian busybox): it listens on /dev/log only, so it runs in a private mount
# namespace whose /dev is a scratch folder (with /dev/null bound in); -O file, defaults otherwise
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
export TZ=UTC
OUT=/tmp/h35b/out; mkdir -p $OUT; rm -f $OUT/busybox_syslogd*.log
rm -rf /tmp/h35b/bb; mkdir -p /tmp/h35b/bb/dev; touch /tmp/h35b/bb/dev/null
unshare -m --propagation private bash -c '
  mount --bind /dev/null /tmp/h35b/bb/dev/null
  mount --bind /tmp/h35b/bb/dev /dev
  busybox syslogd -n -O '$OUT'/busybox_syslogd.log &
  P=$!; sleep 1
  '"$HERE"'/../shop_logger.sh /dev/log
  kill -TERM $P; wait $P
'
