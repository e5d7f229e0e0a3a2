#!/bin/bash
# Run inside `unshare -n`: ngIRCd 26.1 in the foreground (-n: log to the console instead of syslog, Debian's
# default being syslog facility local1), Debian's ngircd.conf with Listen = 127.0.0.1 and a scratch PidFile.
set -u
export TZ=UTC
W=/tmp/w32c/ngircd
SRC=$(dirname "$(readlink -f "$0")")
ip link set lo up
rm -rf $W; mkdir -p $W; chown irc:irc $W
# run 1: bad values (Ports = sechs, MaxConnections = viele, an unknown variable)
ngircd -n -f $SRC/ngircd/ngircd_bad.conf >> $W/ngircd.log 2>&1 &
PID=$!
sleep 2
kill -TERM $PID 2>/dev/null; wait $PID
# run 2: good
ngircd -n -f $SRC/ngircd/ngircd.conf >> $W/ngircd.log 2>&1 &
PID=$!
sleep 2
python3 $SRC/irc/irc_client.py 6667 > $W/client.txt 2>&1
kill -HUP $PID; sleep 1          # reload
python3 $SRC/irc/irc_client.py 6667 >> $W/client.txt 2>&1
kill -TERM $PID; wait $PID
echo "exit $?" >> $W/client.txt
