#!/bin/bash
# Inside with_syslog.sh: opendkim -f (foreground) fed five messages by miltertest, then SIGTERM.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
rm -rf /tmp/w34a/run/dkim; mkdir -p /tmp/w34a/run/dkim
(cd /tmp/w34a/run/dkim && opendkim-genkey -b 1024 -d shop.example -s s1)
chown -R opendkim:opendkim /tmp/w34a/run/dkim; chmod 700 /tmp/w34a/run/dkim
# first start: the key sits under /tmp, so RequireSafeKeys (on by default) refuses it
grep -v RequireSafeKeys "$HERE/opendkim.conf" > /tmp/w34a/run/opendkim_strict.conf
opendkim -f -x /tmp/w34a/run/opendkim_strict.conf
sleep 1
opendkim -f -x "$HERE/opendkim.conf" &
P=$!
sleep 1
miltertest -s "$HERE/dkim.lua"
sleep 1
kill -TERM "$P"; wait "$P"
