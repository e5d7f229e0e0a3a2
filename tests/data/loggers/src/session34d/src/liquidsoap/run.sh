#!/bin/bash
# Liquidsoap 2.1.3 (Debian) running shop.liq: its log on stdout (settings.log.stdout), level 3 (the default);
# run as nobody (it refuses root); a playlist whose entries are missing, a fallback sine, telnet commands, shutdown after 4 s
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/w34d/out}; W=$OUT/liquidsoap; rm -rf $W; mkdir -p $W
export TZ=UTC
printf '/nonexistent/jingle1.mp3\n%s\n' "$W/Café Zoë.txt" > $W/jingles.m3u
printf 'not audio\n' > "$W/Café Zoë.txt"
chown -R nobody $W
runuser -u nobody -- env HOME=$W TZ=UTC liquidsoap $HERE/shop.liq > $W/liquidsoap.log 2>&1 &
PID=$!
sleep 2
printf 'help\r\njingles.reload\r\nno.such.command\r\nradio.status\r\nquit\r\n' | nc -q 1 127.0.0.1 11234 > /dev/null
wait $PID
