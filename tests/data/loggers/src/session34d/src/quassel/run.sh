#!/bin/bash
# Quassel core 0.14.0 (Debian quassel-core) in the foreground as nobody, --loglevel Debug, --logfile;
# configured from the environment (SQLite), a metrics listener, two clients that speak no Quassel protocol
set -u
OUT=${OUT:-/tmp/w34d/out}; W=$OUT/quassel; rm -rf $W; mkdir -p $W; chown nobody $W
export TZ=UTC
runuser -u nobody -- env HOME=$W TZ=UTC DB_BACKEND=SQLite AUTH_AUTHENTICATOR=Database \
  quasselcore -c $W --config-from-environment --listen 127.0.0.1 -p 14242 -L Debug -l $W/core.log \
  --metrics-daemon --metrics-port 19558 --metrics-listen 127.0.0.1 > $W/stdout.txt 2>&1 &
sleep 3
curl -s -m 2 -o /dev/null http://127.0.0.1:19558/metrics
printf 'GET /orders/1001?customer=Caf%%C3%%A9 HTTP/1.0\r\n\r\n' | nc -q 2 127.0.0.1 14242 > /dev/null
printf '\x42\xb1\x2f\x00garbage' | nc -q 2 127.0.0.1 14242 > /dev/null
sleep 1
kill -TERM $(pgrep -u nobody -x quasselcore); sleep 2
