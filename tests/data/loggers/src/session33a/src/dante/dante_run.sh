#!/bin/bash
# Run inside `unshare -n`: danted (Dante 1.4.2), twice, with debug 0 (the default; debug 1 writes some 2,900 lines for this run) writing its own log file (logoutput), clients through
# curl's SOCKS5: a page from a local http.server, a blocked port, a refused port, a SOCKS4 request, a username
# the server has no such user for, garbage bytes; SIGHUP (reload), SIGTERM.
set -u
export TZ=UTC
S=/tmp/w33a/scratch/dante
SRC=/tmp/w33a/corpus/src/dante
rm -f $S/*
ip link set lo up
mkdir -p $S/www; echo "Grüße" > $S/www/index.html
python3 -m http.server 18080 --bind 127.0.0.1 --directory $S/www > /dev/null 2>&1 &
H=$!
# run 1: a config error (an address without a netmask in a rule); run 2: the config that works
danted -f $SRC/danted_bad.conf -N 1 -p $S/danted.pid > $S/stderr.txt 2>&1
danted -f $SRC/danted.conf -N 1 -p $S/danted.pid >> $S/stderr.txt 2>&1 &
D=$!
sleep 2
C="curl -s -o /dev/null -m 5"
$C --socks5 127.0.0.1:11080 http://127.0.0.1:18080/
$C --socks5-hostname 127.0.0.1:11080 "http://localhost:18080/k%C3%B6ln"
$C --socks5 127.0.0.1:11080 http://127.0.0.1:9/
$C --socks5 127.0.0.1:11080 http://127.0.0.1:18081/
$C --socks4 127.0.0.1:11080 http://127.0.0.1:18080/
$C --socks5 127.0.0.1:11080 --proxy-user 'niemand:falsch' http://127.0.0.1:18080/
printf 'GET / HTTP/1.0\r\n\r\n' | timeout 3 nc -q 1 127.0.0.1 11080 > /dev/null
kill -HUP $(cat $S/danted.pid)
sleep 1
$C --socks5 127.0.0.1:11080 http://127.0.0.1:18080/
sleep 1
kill -TERM $(cat $S/danted.pid); wait $D
kill $H; wait $H 2>/dev/null
exit 0
