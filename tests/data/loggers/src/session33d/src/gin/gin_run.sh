#!/bin/sh
# build against Debian's gin (GOPATH mode, offline), run, send requests, SIGTERM; stdout+stderr
D=$(cd "$(dirname "$0")" && pwd); OUT=$1
export GO111MODULE=off GOPATH=/usr/share/gocode GOCACHE=/tmp/w33d/gocache GOFLAGS=
go build -o /tmp/w33d/gin_app "$D/main.go" || exit 1
TZ=UTC /tmp/w33d/gin_app > "$OUT" 2>&1 &
PID=$!; sleep 1
"$D/../requests.sh" 8001
sleep 0.3; kill $PID; wait $PID
