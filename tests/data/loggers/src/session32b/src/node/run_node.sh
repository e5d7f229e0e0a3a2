#!/bin/sh
# npm install (package.json / package-lock.json here) and write the Node logs into $OUT (default: ../..).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-$(cd "$HERE/../.." && pwd)}
export TZ=UTC
cd "$HERE"
[ -d node_modules ] || npm ci --no-audit --no-fund
node loglevel_demo.js > "$OUT/loglevel_prefix.log" 2>&1
node npmlog_demo.js 2> "$OUT/npmlog.log"
node tracer_demo.js > "$OUT/tracer_console.log" 2>&1
node moleculer_demo.js > "$OUT/moleculer_console.log" 2>&1
