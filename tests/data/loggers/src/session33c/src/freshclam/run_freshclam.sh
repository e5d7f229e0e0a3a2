#!/bin/bash
# Run inside `unshare -n` (only lo): freshclam 1.4.6 with Debian's freshclam.conf, the log and database
# directory moved to scratch. Run 1: Debian's mirrors (no network: DNS fails). Run 2: verbose, with a
# PrivateMirror on 127.0.0.1:8000 (python http.server over an empty directory: 404s). Run 3: a bad option.
export TZ=UTC
W=/tmp/w33c/work/freshclam
rm -rf "$W"; mkdir -p "$W/db" "$W/www"; chown clamav "$W/db" "$W"
ip link set lo up
LOG=$W/freshclam.log
sed -e "s#^UpdateLogFile .*#UpdateLogFile $LOG#" -e "s#^DatabaseDirectory .*#DatabaseDirectory $W/db#" \
    -e "s#^NotifyClamd .*#NotifyClamd $W/no-clamd.conf#" -e 's/^MaxAttempts 5/MaxAttempts 2/' \
    /etc/clamav/freshclam.conf > "$W/freshclam.conf"
freshclam --config-file="$W/freshclam.conf" --foreground > "$W/run1.out" 2>&1; echo "run1 rc=$?"
sed -e 's/^LogVerbose false/LogVerbose true/' -e '/^DatabaseMirror/d' "$W/freshclam.conf" > "$W/freshclam2.conf"
echo 'PrivateMirror http://127.0.0.1:8000' >> "$W/freshclam2.conf"
(cd "$W/www" && exec python3 -m http.server --bind 127.0.0.1 8000 > "$W/http.out" 2>&1) &
HP=$!
sleep 1
freshclam --config-file="$W/freshclam2.conf" --foreground > "$W/run2.out" 2>&1; echo "run2 rc=$?"
kill "$HP"
sed -e 's/^Checks 24/Checks 99/' "$W/freshclam.conf" > "$W/freshclam3.conf"
echo 'Gruesse Köln' >> "$W/freshclam3.conf"
freshclam --config-file="$W/freshclam3.conf" --foreground > "$W/run3.out" 2>&1; echo "run3 rc=$?"
