#!/bin/bash
# ircd-hybrid 8.2.43 (Debian) in the foreground as nobody (it refuses root), its main log (-logfile)
# and the log { } files; IRC clients over nc: registration, an oper, a kline, a kill, a bad command
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/w34d/out}; W=$OUT/ircd_hybrid; rm -rf $W; mkdir -p $W; chown nobody $W
export TZ=UTC
runuser -u nobody -- env TZ=UTC /usr/sbin/ircd-hybrid -foreground -configfile $HERE/ircd.conf \
  -logfile $W/ircd.log -pidfile $W/ircd.pid -klinefile $W/kline.db -dlinefile $W/dline.db \
  -xlinefile $W/xline.db -resvfile $W/resv.db > $W/stdout.txt 2>&1 &
sleep 2
irc() { # send the lines of $1 one per 0.5 s, keep the connection 2 s more
  { while IFS= read -r l; do printf '%s\r\n' "$l"; sleep 0.5; done <<< "$1"; sleep 2; } | timeout 15 nc 127.0.0.1 16668 > /dev/null; }
irc $'NICK bob\nUSER bob 0 * :Bob\nJOIN #orders' &
BOB=$!
sleep 1
irc $'NICK zoe\nUSER zoe 0 * :Café Zoë in 東京\nOPER zoe wrongpass\nOPER zoe secret\nKILL bob :spamming C:\\shop\\orders\nKLINE 5 *@10.0.0.66 :O\'Brien "Bob" flood\nNOSUCHCOMMAND x\nQUIT :done'
irc $'NICK 1bad\nNICK good\nUSER x 0 * :x\nQUIT'
wait $BOB
sleep 1
kill -TERM $(cat $W/ircd.pid); sleep 1
