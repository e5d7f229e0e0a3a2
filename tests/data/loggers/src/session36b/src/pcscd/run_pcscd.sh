#!/bin/bash
# pcsc-lite 1.9.9 pcscd in the foreground with debug (-f -d: logs to stdout), in a private mount namespace
# (its socket directory /run/pcscd is a tmpfs of its own), reader.conf.d from this folder.
set -u
HERE=$(cd "$(dirname "$0")" && pwd); OUT=${OUT:-$(cd "$HERE/../.." && pwd)}
W=$OUT/work/pcscd; rm -rf "$W"; mkdir -p "$W"
export TZ=UTC HERE W
unshare --mount --propagation private bash -c '
mount -t tmpfs tmpfs /run/pcscd 2>/dev/null || { mkdir -p /run/pcscd && mount -t tmpfs tmpfs /run/pcscd; }
pcscd -f -d -c "$HERE/reader.conf.d" >"$W/pcscd.stdout" 2>"$W/pcscd.stderr" & P=$!
sleep 2
timeout 3 pcsc_scan -r >"$W/scan.out" 2>&1
pcscd --hotplug >>"$W/scan.out" 2>&1
sleep 1
timeout 2 pcsc_scan -r >>"$W/scan.out" 2>&1
sleep 1
kill -TERM $P; wait $P
# a start whose reader names a driver that is not installed, then one with a malformed reader.conf.d: it logs the parse errors and exits
pcscd -f -d -c "$HERE/reader.conf.d-nodriver" >>"$W/pcscd.stdout" 2>>"$W/pcscd.stderr"
pcscd -f -d -c "$HERE/reader.conf.d-broken" >>"$W/pcscd.stdout" 2>>"$W/pcscd.stderr"
'
cp "$W/pcscd.stdout" "$OUT/out/pcscd.log"
