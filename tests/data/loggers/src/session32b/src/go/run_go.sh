#!/bin/sh
# Build with Debian's packaged Go libraries (GOPATH mode) and write the Go logs into $OUT (default: ../..).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-$(cd "$HERE/../.." && pwd)}
export GO111MODULE=off GOPATH="$HERE:/usr/share/gocode" GOCACHE=/tmp/w32b/gocache TZ=UTC GOFLAGS=
BIN=/tmp/w32b/gobin; mkdir -p "$BIN"
for p in log15demo gokitdemo zerologconsole apexdemo glogdemo; do go build -o "$BIN/$p" "logdemo/$p"; done
"$BIN/log15demo" logfmt > "$OUT/log15_logfmt.log"
"$BIN/log15demo" terminal > "$OUT/log15_terminal.log"
"$BIN/log15demo" json > "$OUT/log15_json.jsonl"
"$BIN/gokitdemo" logfmt > "$OUT/gokit_logfmt.log"
"$BIN/gokitdemo" json > "$OUT/gokit_json.jsonl"
"$BIN/zerologconsole" > "$OUT/zerolog_console.log"
"$BIN/zerologconsole" rfc3339 > "$OUT/zerolog_console_rfc3339.log"
"$BIN/apexdemo" default 2> "$OUT/apex_default.log" || true     # Fatal exits 1
"$BIN/apexdemo" json > "$OUT/apex_json.jsonl" 2>/dev/null || true
D=/tmp/w32b/glogdir; rm -rf "$D"; mkdir -p "$D"
"$BIN/glogdemo" -log_dir="$D" -v=2 2>/dev/null || true          # Fatal exits 255
cp "$(readlink -f "$D/glogdemo.INFO")" "$OUT/glog_file.log"
