#!/bin/bash
# Run inside `unshare -n`: xrdp 0.9.21.1 and xrdp-sesman in the foreground (-n), their own log files at DEBUG,
# clients: FreeRDP 2 (xfreerdp on an Xvfb display) with an unknown user and with a wrong password, a TCP
# connection that sends garbage, one that says nothing, then SIGTERM.
set -u
export TZ=UTC
S=/tmp/w33a/scratch/xrdp
SRC=/tmp/w33a/corpus/src/xrdp
rm -f $S/*.log
ip link set lo up
mkdir -p /run/xrdp/sockdir && chmod 3777 /run/xrdp/sockdir
Xvfb :97 -nolisten tcp > $S/xvfb.txt 2>&1 &
XV=$!
xrdp-sesman -n -c $SRC/sesman.ini > $S/sesman_stdout.txt 2>&1 &
SM=$!
sleep 1
xrdp -n -c $SRC/xrdp.ini > $S/xrdp_stdout.txt 2>&1 &
XR=$!
sleep 2
export DISPLAY=:97
timeout 20 xfreerdp /v:127.0.0.1:3389 /u:niemand /p:falsch /cert:ignore /log-level:OFF > $S/xfreerdp1.txt 2>&1
sleep 1
timeout 20 xfreerdp /v:127.0.0.1:3389 /u:root /p:'Grüße-falsch' /cert:ignore /log-level:OFF > $S/xfreerdp2.txt 2>&1
sleep 1
printf 'GET / HTTP/1.1\r\nHost: köln\r\n\r\n' | timeout 5 nc -q 2 127.0.0.1 3389 > /dev/null 2>&1
timeout 3 nc 127.0.0.1 3389 < /dev/null > /dev/null 2>&1
sleep 1
kill -TERM $XR; wait $XR
kill -TERM $SM; wait $SM
kill $XV; wait $XV 2>/dev/null
exit 0
