#!/bin/bash
# Lynis 3.0.8 (Debian): `lynis audit system` limited to a few test groups (a full audit logs ~13,000 lines);
# log and report files in scratch (default: /var/log/lynis.log, /var/log/lynis-report.dat), no colours.
# Run inside `unshare -n` (its network tests then see only lo).
export TZ=UTC
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin   # Debian's root PATH
W=/tmp/w33c/work/scan/lynis
rm -rf "$W"; mkdir -p "$W/tmp"
export TMPDIR=$W/tmp   # (Lynis 3.0.8 ignores it: it makes and removes /tmp/lynis.XXXXXXXXXX)
cd "$W" && lynis audit system --quick --no-colors --tests-from-group "ssh firewalls webservers" \
  --logfile "$W/lynis.log" --report-file "$W/lynis-report.dat" > "$W/lynis.out" 2>&1
echo "rc=$?"
