#!/bin/bash
# rtorrent 0.9.8 (Debian) headless (system.daemon.set) with its log file; a watch folder gets a good
# torrent (its data present, an unreachable HTTP tracker) and a broken one; SIGTERM after a few seconds
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/w34d/out}; W=$OUT/rtorrent; rm -rf $W; mkdir -p $W/session $W/data $W/watch
export TZ=UTC
head -c 50000 /dev/urandom > "$W/data/Café Zoë in 東京.bin"
python3 $HERE/mktorrent.py "$W/data/Café Zoë in 東京.bin" $W/shop.torrent http://127.0.0.1:1/announce
rtorrent -n -o import=$HERE/rtorrent.rc > $W/stdout.txt 2>&1 &
PID=$!
sleep 2
cp $W/shop.torrent $W/watch/
printf 'd8:announce3:bad' > "$W/watch/O'Brien broken.torrent"
sleep 5
kill -TERM $PID; wait $PID
