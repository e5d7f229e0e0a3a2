#!/bin/bash
# puppet apply: --logdest to a file (the file layout), and its default console output (stdout+stderr)
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/w35c/out}
mkdir -p "$OUT"
export TZ=UTC
D=/tmp/w35c/puppet-state
run() { rm -rf /tmp/w35c/puppet; puppet apply --confdir "$D/etc" --vardir "$D/var" --codedir "$D/code" --logdir "$D/log" --rundir "$D/run" "$@"; }
rm -rf "$D" "$OUT/puppet_logdest.log" "$OUT/puppet_console.log"
run --logdest "$OUT/puppet_logdest.log" "$HERE/site.pp"
run --logdest "$OUT/puppet_logdest.log" "$HERE/broken.pp"
run "$HERE/site.pp" > "$OUT/puppet_console.log" 2>&1
run "$HERE/broken.pp" >> "$OUT/puppet_console.log" 2>&1
true
