#!/bin/bash
# circusd's own log (--log-output to a file, default format, --log-level info): three watchers (a steady one,
# one that crashes and is retried until max_retry, one whose command does not exist), circusctl commands
# (one for an unknown watcher), then `circusctl quit`; a second run with --log-level debug.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/w35c/out}
VENV=${VENV:-/tmp/h35c/venv}
mkdir -p "$OUT"
export TZ=UTC
one() {  # $1: log file name, then circusd options
rm -rf /tmp/w35c/circus "$OUT/$1"; mkdir -p /tmp/w35c/circus
"$VENV/bin/circusd" --log-output "$OUT/$1" "${@:2}" "$HERE/circus.ini" > /tmp/w35c/circus/console.txt 2>&1 &
P=$!
sleep 4
C=("$VENV/bin/circusctl" --endpoint tcp://127.0.0.1:15555)
"${C[@]}" status
"${C[@]}" restart web
"${C[@]}" stop nosuchwatcher
"${C[@]}" incr web
sleep 2
"${C[@]}" quit
wait $P
}
one circusd.log
one circusd_debug.log --log-level debug
true
