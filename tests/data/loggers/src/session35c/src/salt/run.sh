#!/bin/bash
# SaltStack masterless: salt-call --local with its own log file at debug level (--log-file, --log-file-level debug)
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/w35c/out}
SALT=${SALT:-/tmp/h35c/venv-salt/bin}
mkdir -p "$OUT"
export TZ=UTC
rm -rf /tmp/w35c/salt "$OUT/salt_call_debug.log"
mkdir -p /tmp/w35c/salt/conf && cp "$HERE/minion" /tmp/w35c/salt/conf/minion
# in a PID namespace of its own (unshare), so that the core grains' look at /proc/1 (the init system) sees this
# script's salt-call, not the sandbox's init
L=(--local -c /tmp/w35c/salt/conf --log-file "$OUT/salt_call_debug.log" --log-file-level debug)
unshare --pid --fork --mount-proc "$SALT/salt-call" "${L[@]}" test.ping > /dev/null 2>&1
unshare --pid --fork --mount-proc "$SALT/salt-call" "${L[@]}" state.apply shop > /dev/null 2>&1
unshare --pid --fork --mount-proc "$SALT/salt-call" "${L[@]}" state.apply broken > /dev/null 2>&1
unshare --pid --fork --mount-proc "$SALT/salt-call" "${L[@]}" no_such_module.run > /dev/null 2>&1
true
