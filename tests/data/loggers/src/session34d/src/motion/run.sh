#!/bin/bash
# Motion 4.5.1 (Debian) in the foreground (-n), its log file (-l), default log level (6, NTC);
# camera 1 reads an MJPEG stream that ffmpeg serves from its lavfi test source, camera 2 is unreachable
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/w34d/out}; W=$OUT/motion; rm -rf $W; mkdir -p $W/media
export TZ=UTC
ffmpeg -hide_banner -loglevel error -re -f lavfi -i testsrc=size=320x240:rate=5 -t 60 -f mpjpeg -listen 1 http://127.0.0.1:18091/cam.mjpg &
FF=$!
sleep 1
motion -n -c $HERE/motion.conf -l $W/motion.log &
PID=$!
sleep 15
curl -s -m 2 -o /dev/null http://127.0.0.1:18092/0/detection/status
curl -s -m 2 -o /dev/null http://127.0.0.1:18092/1/config/set?threshold=2000
curl -s -m 2 -o /dev/null http://127.0.0.1:18092/9/detection/pause
curl -s -m 2 -o /dev/null http://127.0.0.1:18092/1/action/snapshot
sleep 2
kill -TERM $PID; wait $PID
kill -TERM $FF 2>/dev/null; wait $FF 2>/dev/null
