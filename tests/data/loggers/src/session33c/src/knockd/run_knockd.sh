#!/bin/bash
# Run inside `unshare -n`: knockd 0.8 on lo, knocks from the `knock` client.
export TZ=UTC
W=/tmp/w33c/work/knockd
SRC=$(cd "$(dirname "$0")" && pwd)
rm -rf "$W"; mkdir -p "$W"
ip link set lo up
# run 1: an interface that does not exist (error, exits)
knockd -c "$SRC/knockd.conf" -i nichtda0 > "$W/run1.out" 2>&1; echo "run1 rc=$?"
# run 2: verbose daemon on lo
knockd -c "$SRC/knockd.conf" -v > "$W/run2.out" 2>&1 &
KP=$!
sleep 2
knock 127.0.0.1 7000 8000 9000; sleep 1
knock 127.0.0.1 9000 8000 7000; sleep 1
knock 127.0.0.1 12345 54321 24680 13579; sleep 1
knock 127.0.0.1 7000 9000 8000; sleep 1        # wrong order
knock 127.0.0.1 7000 8000; sleep 6               # timeout
knock 127.0.0.1 9000; sleep 1
knock -u 127.0.0.1 4000 5000; sleep 4
kill -HUP $KP; sleep 1
knock 127.0.0.1 7000 8000 9000; sleep 1
kill -TERM $KP; wait $KP
echo "run2 rc=$?"
