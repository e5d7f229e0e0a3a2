#!/bin/bash
# Run inside `unshare -n`: InspIRCd 3.15 as Debian's systemd unit does (`inspircd --nofork --nopid`, user irc),
# Debian's inspircd.conf (bind 127.0.0.1:6667) without the stock <power>/<oper> passwords and with the
# example config's default <log method="file" ...> tag (Debian's config has no <log> tag: no log file at all).
set -u
export TZ=UTC
W=/tmp/w32c/inspircd
SRC=$(dirname "$(readlink -f "$0")")
ip link set lo up
rm -rf $W; mkdir -p $W; chown irc:irc $W
RUN="setpriv --reuid=irc --regid=irc --init-groups inspircd --nofork --nopid"
# port 6697 held by another socket
python3 -c 'import socket,time; s=socket.socket(); s.bind(("127.0.0.1",6697)); s.listen(); time.sleep(60)' &
BLOCK=$!
# run 1: bad config (a non-numeric value, a module that does not exist, a port in use)
$RUN --config=$SRC/inspircd/inspircd_bad.conf >> $W/stdout.txt 2>&1 &
PID=$!
sleep 3
kill -TERM $PID 2>/dev/null; wait $PID
# run 2: good, from a copy that is changed before the rehash
cp $SRC/inspircd/inspircd.conf $W/inspircd.conf; chown irc $W/inspircd.conf
$RUN --config=$W/inspircd.conf >> $W/stdout.txt 2>&1 &
PID=$!
sleep 3
export IRC_WAIT=7   # InspIRCd looks up the client's host name (Debian's <dns server="127.0.0.1" timeout="5">)
python3 $SRC/irc/irc_client.py 6667 > $W/client.txt 2>&1
cat $SRC/inspircd/rehash_extra.conf >> $W/inspircd.conf
kill -HUP $PID; sleep 2     # rehash
python3 $SRC/irc/irc_client.py 6667 >> $W/client.txt 2>&1
kill -TERM $PID; wait $PID
echo "exit $?" >> $W/client.txt
kill $BLOCK
