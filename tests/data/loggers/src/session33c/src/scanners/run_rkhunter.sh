#!/bin/bash
# rkhunter 1.4.6 (Debian): property database, then a full check; log = rkhunter's default format,
# written to scratch instead of /var/log/rkhunter.log (--logfile), database and tmp dirs in scratch too.
export TZ=UTC
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin   # Debian's root PATH
W=/tmp/w33c/work/scan/rkhunter
rm -rf "$W"; mkdir -p "$W/db" "$W/tmp"
cp -a /var/lib/rkhunter/db/. "$W/db/" 2>/dev/null
# run 1: --propupd (builds the file properties database)
rkhunter --propupd --nocolors --dbdir "$W/db" --tmpdir "$W/tmp" --logfile "$W/propupd.log" > "$W/propupd.out" 2>&1
# plant a file that one test looks for, and change a binary's hash after --propupd? (no: keep the system intact)
# run 2: the check, without pauses, report warnings only on the terminal
rkhunter --check --sk --nocolors --dbdir "$W/db" --tmpdir "$W/tmp" --logfile "$W/rkhunter.log" > "$W/check.out" 2>&1
echo "rc=$?"
