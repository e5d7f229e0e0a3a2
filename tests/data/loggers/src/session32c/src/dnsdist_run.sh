#!/bin/bash
# Run inside `unshare -n`: dnsdist 1.7.3 as Debian's systemd unit runs it (`--supervised --disable-syslog`:
# log to stdout, which systemd would send to the journal), user _dnsdist, plus `-v` (verbose) so that LogAction
# and the debug lines print. Config: Debian's one-liner + a listener on 127.0.0.1:5300 and two backends.
set -u
export TZ=UTC
W=/tmp/w32c/dnsdist
SRC=$(dirname "$(readlink -f "$0")")
PY=/tmp/w32c/venv/bin/python
ip link set lo up
rm -rf $W; mkdir -p $W
# run 1: broken config (Lua syntax error)
dnsdist --supervised --disable-syslog -u _dnsdist -g _dnsdist -C $SRC/dnsdist/dnsdist_bad.conf >> $W/dnsdist.log 2>&1
$PY $SRC/dnsdist/backend.py & BK=$!
# run 2: good, verbose
dnsdist --supervised --disable-syslog -v -u _dnsdist -g _dnsdist -C $SRC/dnsdist/dnsdist.conf >> $W/dnsdist.log 2>&1 &
PID=$!
sleep 3
$PY $SRC/dnsdist/client.py > $W/client.txt 2>&1
sleep 1
kill $BK; wait $BK      # the good backend goes away too
sleep 4
$PY $SRC/dnsdist/client.py >> $W/client.txt 2>&1
kill -TERM $PID; wait $PID
echo "exit $?" >> $W/client.txt
