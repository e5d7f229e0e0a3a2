#!/bin/bash
# Run inside `unshare -n`: tiger 3.2.4~rc1 (Debian) with Debian's tigerrc less two slow checks
# (src/tiger/tigerrc: Tiger_Check_ROOTKIT=N (chkrootkit over the whole disk), Tiger_Check_SYSTEM=N (every
# package's md5sums)); report and work dirs in scratch (defaults /var/log/tiger, /var/lib/tiger/work).
# The report is security.report.<host>.<date>; stdout is tiger's progress log.
export TZ=UTC
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin   # Debian's root PATH
W=/tmp/w33c/work/tiger
SRC=$(cd "$(dirname "$0")" && pwd)
rm -rf "$W"; mkdir -p "$W/log" "$W/work"
ip link set lo up
tiger -c "$SRC/tigerrc" -l "$W/log" -w "$W/work" > "$W/tiger.out" 2>&1
echo "rc=$?"
