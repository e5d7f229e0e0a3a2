#!/bin/bash
set -u
: "${CORPUS:?set CORPUS}"
D=$(cd "$(dirname "$0")" && pwd); W=$CORPUS/work/mojo; rm -rf $W; mkdir -p $W $CORPUS/raw
MOJO_LOG_FILE=$W/mojo.log TZ=UTC MOJO_MODE=production perl $D/mojo_shop.pl daemon -l http://127.0.0.1:5395 > $W/stdout.txt 2>&1 &
P=$!; sleep 2
B=http://127.0.0.1:5395
curl -s -o /dev/null $B/; curl -s -o /dev/null $B/boom; curl -s -o /dev/null -X POST -d 'sku=42' $B/cart
curl -s -o /dev/null "$B/missing?q=caf%C3%A9"; curl -s -o /dev/null $B/fatal; curl -s -o /dev/null -A 'Mozilla/5.0 "quoted"' $B/
sleep 0.5; kill -TERM $P; wait $P
cp $W/mojo.log $CORPUS/raw/mojolicious.log
