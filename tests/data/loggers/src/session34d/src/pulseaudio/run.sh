#!/bin/bash
# PulseAudio 16.1 (Debian) as an ordinary user (nobody), in the foreground, -vvvv (debug), log to stderr
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/w34d/out}; W=$OUT/pulseaudio; rm -rf $W; mkdir -p $W; chown nobody $W
export TZ=UTC
ffmpeg -hide_banner -loglevel error -y -f lavfi -i "sine=frequency=440:duration=0.5" "$W/Café Zoë.wav"
chown nobody "$W/Café Zoë.wav"
U="runuser -u nobody -- env HOME=$W XDG_RUNTIME_DIR=$W TZ=UTC"
$U pulseaudio -n -F $HERE/shop.pa --daemonize=no --exit-idle-time=-1 --system=no -vvvv --log-target=stderr > $W/pulseaudio.log 2>&1 &
sleep 2
P="$U PULSE_SERVER=unix:$W/native"
$P pactl info > /dev/null
$P paplay --client-name="O'Brien \"Bob\"" "$W/Café Zoë.wav"
$P pactl load-module module-does-not-exist
$P pactl load-module module-null-sink 'sink_name=C:\shop\orders'
$P pactl set-sink-volume shop 150%
$P pactl suspend-sink shop 1
sleep 1
kill -TERM $(pgrep -u nobody -x pulseaudio); wait
