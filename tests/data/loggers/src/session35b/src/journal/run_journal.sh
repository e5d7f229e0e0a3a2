#!/bin/bash
# systemd 252's journald run by hand (no systemd as PID 1 here), the shop's messages through its syslog
# socket, its stdout stream (systemd-cat) and its native protocol (logger --journald); then journalctl's modes
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
export TZ=UTC
OUT=/tmp/h35b/out; mkdir -p $OUT; rm -f $OUT/journalctl_*
if [ ! -S /run/systemd/journal/socket ]; then
  /lib/systemd/systemd-journald > /tmp/h35b/journald.out 2>&1 &
  echo $! > /tmp/h35b/journald.pid
  sleep 2
fi
journalctl --version | head -1
START=$(date +%s.%N); sleep 1.1
"$HERE/../shop_logger.sh" /run/systemd/journal/dev-log
systemd-cat -t shop-worker "$HERE/app_stdout.sh"
logger --journald="$HERE/fields.txt"
logger --journald <<'E2'
MESSAGE=refund of order 42 failed: gateway said "card expired"
PRIORITY=3
SYSLOG_IDENTIFIER=shop-payments
ORDER_ID=42
E2
sleep 1.1; END=$(date +%s.%N)
SEL=(--no-pager --since "@${START}" --until "@${END}" _TRANSPORT=syslog _TRANSPORT=stdout _TRANSPORT=journal)
for m in short short-iso short-precise short-full short-monotonic verbose json-pretty cat export; do
  journalctl "${SEL[@]}" -o $m > "$OUT/journalctl_${m//-/_}.log"
done
