#!/bin/bash
# nox's output (its logger on stderr, "nox > " prefix; the commands' own output passed through), not a TTY
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/w35c/out}
VENV=${VENV:-/tmp/h35c/venv}
mkdir -p "$OUT"
export TZ=UTC
cd "$HERE"
"$VENV/bin/nox" --envdir /tmp/w35c/nox > "$OUT/nox.log" 2>&1
"$VENV/bin/nox" --envdir /tmp/w35c/nox -s nosuchsession >> "$OUT/nox.log" 2>&1
true
