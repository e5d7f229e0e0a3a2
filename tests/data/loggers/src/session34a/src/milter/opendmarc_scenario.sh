#!/bin/bash
# Inside with_syslog.sh: opendmarc -f fed five messages by miltertest, then SIGTERM.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p /tmp/w34a/run; rm -f /tmp/w34a/run/dmarc_ignore /tmp/w34a/run/opendmarc.dat
# first start: IgnoreHosts names a file that is not there
opendmarc -f -c "$HERE/opendmarc.conf"
printf '127.0.0.1\n' > /tmp/w34a/run/dmarc_ignore
touch /tmp/w34a/run/opendmarc.dat; chown opendmarc /tmp/w34a/run/opendmarc.dat
opendmarc -f -c "$HERE/opendmarc.conf" &
P=$!
sleep 1
miltertest -s "$HERE/dmarc.lua"
sleep 1
kill -TERM "$P"; wait "$P"
