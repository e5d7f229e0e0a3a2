#!/bin/bash
# Thin and Unicorn (Debian packages) serving config.ru in their default (development) environment; stdout+stderr
set -um
HERE=$(cd "$(dirname "$0")" && pwd); OUT=$HERE/../../out; TMP=$(cd "$HERE/../.." && pwd)/tmp
export TZ=UTC LANG=C.UTF-8
mkdir -p $TMP; cd "$HERE"
thin start -a 127.0.0.1 -p 18721 -R config.ru > $OUT/thin.log 2>&1 &
P=$!; sleep 3; ../requests.sh http://127.0.0.1:18721; sleep 0.5; kill -INT $P; wait $P
unicorn -l 127.0.0.1:18722 config.ru > $OUT/unicorn.log 2>&1 &
P=$!; sleep 3; ../requests.sh http://127.0.0.1:18722; sleep 0.5; kill -QUIT $P; wait $P
