#!/bin/bash
# socklog 2.1.0 (Debian socklog): `socklog unix SOCKET` writes each message to stdout ("facility.priority: ...")
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
export TZ=UTC
OUT=/tmp/h35b/out; mkdir -p $OUT /tmp/h35b/sl; rm -f /tmp/h35b/sl/log.sock
socklog unix /tmp/h35b/sl/log.sock > $OUT/socklog_unix.log 2>&1 &
P=$!; sleep 1
"$HERE/../shop_logger.sh" /tmp/h35b/sl/log.sock
sleep 0.5
kill -TERM $P; wait $P
