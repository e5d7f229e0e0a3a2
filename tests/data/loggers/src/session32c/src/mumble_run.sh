#!/bin/bash
# Run inside `unshare -n`: murmurd 1.3.4 (Debian mumble-server) in its own daemon mode with Debian's
# mumble-server.ini (logfile, database and pidfile in scratch space, host=127.0.0.1), user mumble-server.
set -u
export TZ=UTC
W=/tmp/w32c/mumble
SRC=$(dirname "$(readlink -f "$0")")
PY=/tmp/w32c/venv/bin/python
ip link set lo up
rm -rf $W; mkdir -p $W; chown mumble-server: $W
# run 0: create the database with the SuperUser password disabled (no generated password is ever logged)
murmurd -ini $SRC/mumble/mumble-server.ini -disablesu > $W/init.out 2>&1
# run 1: bad config (host not on this machine, non-numeric bandwidth and users)
murmurd -ini $SRC/mumble/mumble-server_bad.ini
sleep 3
kill -TERM $(cat $W/mumble-server.pid); sleep 2
# run 2: good
murmurd -ini $SRC/mumble/mumble-server.ini
sleep 3
$PY $SRC/mumble/client.py > $W/client.txt 2>&1
kill -HUP $(cat $W/mumble-server.pid); sleep 1      # reopen the log file
$PY $SRC/mumble/client.py >> $W/client.txt 2>&1
kill -TERM $(cat $W/mumble-server.pid); sleep 2
