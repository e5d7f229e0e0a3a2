#!/bin/sh
# Build shoplog in GOPATH mode against Debian's golang-*-dev packages and write the Go logs.
set -e
OUT=${OUT:-/tmp/w34c/out}
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$OUT" /tmp/w34c/build
cd "$HERE"
GO111MODULE=off GOPATH=/usr/share/gocode GOCACHE=/tmp/w34c/build/gocache go build -o /tmp/w34c/build/shoplog shoplog.go
export TZ=UTC
/tmp/w34c/build/shoplog gommon > "$OUT/gommon_json.jsonl" || true
/tmp/w34c/build/shoplog stdr 2> "$OUT/logr_stdr.log"
/tmp/w34c/build/shoplog pion > "$OUT/pion_logging.log"
/tmp/w34c/build/shoplog dlog 2> "$OUT/dlog.log" || true
