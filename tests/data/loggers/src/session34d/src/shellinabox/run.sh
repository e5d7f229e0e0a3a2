#!/bin/bash
# Shell In A Box 2.20 (Debian shellinabox) in the foreground, -v (verbose: its [server] lines and the
# [http] access log on stderr), plain HTTP on 127.0.0.1; the "shell" service runs /bin/true
set -u
OUT=${OUT:-/tmp/w34d/out}; W=$OUT/shellinabox; rm -rf $W; mkdir -p $W
export TZ=UTC
shellinaboxd -v -t -p 14200 --localhost-only -u nobody -g nogroup --disable-ssl \
  -s /:nobody:nogroup:/:/bin/true -s '/orders:nobody:nogroup:/:/bin/echo Café Zoë' > $W/shellinabox.log 2>&1 &
PID=$!
sleep 1
B=http://127.0.0.1:14200
curl -s -m 2 -o /dev/null $B/
curl -s -m 2 -o /dev/null $B/ShellInABox.js
curl -s -m 2 -o /dev/null $B/styles.css
curl -s -m 2 -o /dev/null $B/favicon.ico
curl -s -m 2 -o /dev/null -H "Range: bytes=0-99" $B/beep.wav
curl -s -m 2 -o /dev/null "$B/orders/1001?customer=Zo%C3%AB"
curl -s -m 2 -o /dev/null -X POST -d 'width=80&height=24' $B/
curl -s -m 2 -o /dev/null -X POST -d 'width=80&height=24&rooturl=http://127.0.0.1:14200/orders/' $B/orders/
curl -s -m 2 -o /dev/null -X POST -d 'session=nosuchsession&keys=41' $B/
curl -s -m 2 -o /dev/null "$B/no/such/path/O'Brien%20%22Bob%22"
curl -s -m 2 -o /dev/null -X DELETE $B/
sleep 1
kill -TERM $PID; wait $PID
