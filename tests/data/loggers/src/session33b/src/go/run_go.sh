#!/bin/sh
# Build against Debian's Go packages (GOPATH mode) and write the three Go logs to $1 (default ../../../out).
set -e
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/../../../out}
export GOPATH="$here:/usr/share/gocode" GO111MODULE=off GOFLAGS=-mod=mod GOCACHE=/tmp/w33b/gocache TZ=UTC
go build -o /tmp/w33b/shoplog shoplog
/tmp/w33b/shoplog loggo 2> "$out/loggo_default.log"
/tmp/w33b/shoplog logutils 2> "$out/logutils_stdlog.log"
/tmp/w33b/shoplog oplogging 2> "$out/go_logging_example.log"
