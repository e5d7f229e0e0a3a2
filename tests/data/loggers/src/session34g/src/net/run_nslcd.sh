#!/bin/sh
# nslcd -d (foreground, debugging to stderr) with Debian's default /etc/nslcd.conf (LDAP at 127.0.0.1, none there)
D=$(cd "$(dirname "$0")" && pwd); O=/tmp/w34g/out; export TZ=UTC
mkdir -p /run/nslcd $O; chown nslcd:nslcd /run/nslcd
nslcd -d > $O/nslcd_debug.log 2>&1 & P=$!
sleep 1; python3 $D/nslcd_client.py; sleep 1
kill -TERM $P; wait $P
