#!/bin/bash
# FFmpeg 5.1.9 (Debian) command-line tool, its stderr log:
#  ffmpeg_debug.log: a tiny lavfi testsrc encode, -loglevel debug (no level tags), -nostats (no \r progress line)
#  ffmpeg_level.log: decoding a deliberately damaged AVI, -loglevel repeat+level+verbose ([level] tags)
set -u
OUT=${OUT:-/tmp/w34d/out}; W=$OUT/ffmpeg; rm -rf $W; mkdir -p $W
export TZ=UTC
cd $W
ffmpeg -nostdin -nostats -loglevel debug -y -f lavfi -i "testsrc=size=64x48:rate=5:duration=1" \
  -metadata title="Café Zoë in 東京" -metadata comment="O'Brien \"Bob\" C:\\shop\\orders" -c:v mpeg4 orders.mkv 2> ffmpeg_debug.log
ffmpeg -nostdin -loglevel error -y -f lavfi -i "testsrc=size=64x48:rate=5:duration=2" -c:v mpeg4 -g 100 damaged.avi
for off in 2200 3000 5200 8000; do
  printf '\xff\x00\x13\x37garbage\x00\xff%.0s' {1..10} | dd of=damaged.avi bs=1 seek=$off conv=notrunc 2>/dev/null
done
ffmpeg -nostdin -nostats -loglevel repeat+level+verbose -i damaged.avi -metadata title="Café Zoë in 東京" -f null - 2> ffmpeg_level.log
