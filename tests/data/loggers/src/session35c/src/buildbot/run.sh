#!/bin/bash
# Buildbot master's twistd.log (default Twisted log layout): create-master, start (daemon), a periodic build with a
# failing step and a missing command, a broken reconfig (SIGHUP with a master.cfg that raises), stop.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/w35c/out}
VENV=${VENV:-/tmp/h35c/venv}
mkdir -p "$OUT"
export TZ=UTC
# a clean environment: the worker's step log dumps the environment it inherits
BB=(env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/tmp/w35c/buildbot LANG=C.UTF-8 TZ=UTC "$VENV/bin/buildbot")
M=/tmp/w35c/buildbot/master
rm -rf /tmp/w35c/buildbot; mkdir -p /tmp/w35c/buildbot
"${BB[@]}" create-master -r "$M" > /tmp/w35c/buildbot/create.txt 2>&1
cp "$HERE/master.cfg" "$M/master.cfg"
"${BB[@]}" start "$M" > /tmp/w35c/buildbot/start.txt 2>&1
sleep 9
# a reconfig with a broken configuration: the master logs the error and keeps the old one
printf '\nraise RuntimeError("bad config: Zoë")\n' >> "$M/master.cfg"
"${BB[@]}" reconfig "$M" > /tmp/w35c/buildbot/reconfig.txt 2>&1
sleep 2
"${BB[@]}" stop "$M" > /tmp/w35c/buildbot/stop.txt 2>&1
cp "$M/twistd.log" "$OUT/buildbot_twistd.log"
true
