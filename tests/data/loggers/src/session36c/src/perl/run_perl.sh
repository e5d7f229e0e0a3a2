#!/bin/bash
# Dancer2 under plackup (development), and Starman under `plackup -s Starman` (development: AccessLog, StackTrace); stdout+stderr
set -um
HERE=$(cd "$(dirname "$0")" && pwd); OUT=$HERE/../../out
export TZ=UTC LANG=C.UTF-8
cd "$HERE"
plackup -o 127.0.0.1 -p 18731 dancer2_app.psgi > $OUT/dancer2_plackup.log 2>&1 &
P=$!; sleep 3; ../requests.sh http://127.0.0.1:18731; sleep 0.5; kill -INT $P; wait $P
plackup -s Starman --workers 2 -o 127.0.0.1 -p 18732 starman_app.psgi > $OUT/starman_plackup.log 2>&1 &
P=$!; sleep 3; ../requests.sh http://127.0.0.1:18732; sleep 0.5; kill -TERM $P; wait $P
