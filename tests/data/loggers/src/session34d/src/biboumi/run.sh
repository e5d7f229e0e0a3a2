#!/bin/bash
# biboumi 9.0 (Debian) XMPP-IRC gateway in the foreground as nobody, log_level=0 (debug) on stdout;
# xmpp_stub.py plays the XMPP server (component handshake, a MUC join to an IRC server that refuses,
# a message, two iq, broken XML); SIGTERM at the end
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/w34d/out}; W=$OUT/biboumi; rm -rf $W; mkdir -p $W; chown nobody $W
export TZ=UTC
python3 $HERE/xmpp_stub.py 15347 6 > $W/xmpp_stub.txt 2>&1 &
STUB=$!
sleep 0.5
runuser -u nobody -- env TZ=UTC biboumi $HERE/biboumi.cfg > $W/biboumi.log 2>&1 &
sleep 7
kill -TERM $(pgrep -u nobody -x biboumi); sleep 1
wait $STUB
