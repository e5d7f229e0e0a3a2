#!/bin/bash
# honcho (Python Foreman clone): `honcho start` output, not a TTY (no colours): "HH:MM:SS name.1 | line"
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-/tmp/w35c/out}
VENV=${VENV:-/tmp/h35c/venv}
mkdir -p "$OUT"
export TZ=UTC PYTHONUNBUFFERED=1
cd "$HERE"
"$VENV/bin/honcho" start > "$OUT/honcho.log" 2>&1
true
