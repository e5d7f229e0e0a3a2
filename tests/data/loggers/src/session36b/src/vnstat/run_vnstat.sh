#!/bin/bash
# vnStat 2.10 vnstatd as a daemon (-d; in the foreground, -n, it writes to stdout instead) with UseLogging 1 (its log file), a private network namespace
# (an interface that comes and goes), SIGHUP and SIGTERM.
set -u
HERE=$(cd "$(dirname "$0")" && pwd); OUT=${OUT:-$(cd "$HERE/../.." && pwd)}
W=$OUT/work/vnstat; rm -rf "$W"; mkdir -p "$W/db"
export TZ=UTC W
sed "s#@W@#$W#g" "$HERE/vnstat.conf.in" > "$W/vnstat.conf"
unshare -n bash -c '
ip link set lo up
ip link add shop0 type veth peer name shop1 && ip link set shop0 up && ip link set shop1 up
vnstatd -d --config "$W/vnstat.conf" >"$W/stdout" 2>"$W/stderr"
sleep 3; V=$(cat "$W/vnstatd.pid")
vnstat --config "$W/vnstat.conf" --add -i "Café0" >>"$W/cli.out" 2>&1
vnstat --config "$W/vnstat.conf" --add -i shop0 >>"$W/cli.out" 2>&1
sleep 6
ip link del shop0
sleep 6
kill -HUP $V; sleep 2
vnstat --config "$W/vnstat.conf" --remove -i shop0 --force >>"$W/cli.out" 2>&1
sleep 6
kill -TERM $V; while kill -0 $V 2>/dev/null; do sleep 0.2; done
# the same daemon in the foreground (-n): its messages go to stdout, with "Info: " / "Error: " prefixes, no time
ip link add shop2 type veth peer name shop3 && ip link set shop2 up
vnstatd -n --config "$W/vnstat.conf" >"$W/foreground.stdout" 2>&1 & V=$!
sleep 3; ip link del shop2; sleep 6
kill -HUP $V; sleep 2
kill -TERM $V; wait $V
'
cp "$W/vnstatd.log" "$OUT/out/vnstatd.log"
cp "$W/foreground.stdout" "$OUT/out/vnstatd_foreground.log"
