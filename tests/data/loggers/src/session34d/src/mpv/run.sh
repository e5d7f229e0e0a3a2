#!/bin/bash
# mpv 0.35.1 (Debian) with --log-file (its file log: debug level by default), null audio/video,
# a user script (shop.lua) logging through mp.msg at every level; three playlist entries
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/w34d/out}; W=$OUT/mpv; rm -rf $W; mkdir -p $W
export TZ=UTC
ffmpeg -hide_banner -loglevel error -y -f lavfi -i "sine=frequency=440:duration=1" -metadata title="Café Zoë in 東京" "$W/Café Zoë.ogg"
printf 'garbage\tC:\\shop\\orders\n' > "$W/O'Brien \"Bob\".mp3"
cd $W
HOME=$W timeout 30 mpv --no-config --ao=null --vo=null --no-osc --no-ytdl --load-stats-overlay=no --load-auto-profiles=no --script=$HERE/shop.lua --log-file=$W/mpv.log \
  "Café Zoë.ogg" "O'Brien \"Bob\".mp3" /nonexistent/orders.mp3 > $W/stdout.txt 2>&1
