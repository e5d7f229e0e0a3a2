#!/bin/bash
# VLC 3.0.24 (Debian) headless (cvlc, dummy interface/audio/video) with its file logger in text mode,
# --log-verbose 2 (= debug: the option counts like -v, see README); run as nobody (VLC refuses root)
set -u
OUT=${OUT:-/tmp/w34d/out}; W=$OUT/vlc; rm -rf $W; mkdir -p $W/home
export TZ=UTC
printf 'this is not audio\tat all C:\\shop\\orders\n' > "$W/Café Zoë in 東京 O'Brien \"Bob\".mp3"
chown -R nobody $W
cd $W
runuser -u nobody -- env HOME=$W/home TZ=UTC timeout 30 cvlc -I dummy -A dummy -V dummy --no-video \
  --no-lua --no-media-library --no-auto-preparse \
  --file-logging --logfile $W/vlc.log --logmode text --log-verbose 2 --play-and-exit \
  "Café Zoë in 東京 O'Brien \"Bob\".mp3" /nonexistent/orders.mp3 "http://127.0.0.1:1/orders/1001?customer=Zoë" vlc://quit \
  > $W/stdout.txt 2>&1
