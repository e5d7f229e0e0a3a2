#!/bin/bash
# Inside with_syslog.sh's namespace (private /run for tgtd's control socket): tgtd -f
# (foreground, messages on stderr) on 127.0.0.1:13260, set up and query by tgtadm, then stopped
# by tgtadm --op delete --mode system.
# usage: tgtd_scenario.sh OUTFILE [tgtd options...]
set -u
OUT=$1; shift
R=/tmp/w34a/run/tgt; rm -rf "$R"; mkdir -p "$R"
truncate -s 16M "$R/orders.img"
tgtd "$@" --iscsi portal=127.0.0.1:13260 > "$OUT" 2>&1 &
P=$!
sleep 1
A="tgtadm --lld iscsi"
$A --op new --mode target --tid 1 -T iqn.2026-12.example.shop:orders
$A --op new --mode logicalunit --tid 1 --lun 1 -b "$R/orders.img"
$A --op new --mode logicalunit --tid 1 --lun 2 -b "$R/missing.img"
$A --op bind --mode target --tid 1 -I 127.0.0.1
$A --op update --mode target --tid 1 -n MaxRecvDataSegmentLength -v 1048576
$A --op new --mode target --tid 1 -T iqn.2026-12.example.shop:dup
$A --op delete --mode target --tid 7
$A --op show --mode target > /dev/null
# an iSCSI peer that sends garbage
printf 'GET / HTTP/1.0\r\n\r\n' | nc -q 1 127.0.0.1 13260 > /dev/null
$A --op delete --force --mode target --tid 1
# tgtd does not stop on SIGTERM while it runs: the documented way is to delete the system
$A --op update --mode sys --name State -v offline
$A --op delete --mode system
sleep 1
kill -TERM "$P" 2>/dev/null
for _ in 1 2 3 4 5; do kill -0 "$P" 2>/dev/null || break; sleep 1; done
kill -KILL "$P" 2>/dev/null; wait "$P"
