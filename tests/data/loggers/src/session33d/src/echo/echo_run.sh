#!/bin/sh
# build against Debian's echo 4.2.1 (GOPATH mode, offline), run, send requests, SIGTERM; stdout+stderr
D=$(cd "$(dirname "$0")" && pwd); OUT=$1
export GO111MODULE=off GOPATH=/usr/share/gocode GOCACHE=/tmp/w33d/gocache GOFLAGS=
go build -o /tmp/w33d/echo_app "$D/main.go" || exit 1
TZ=UTC /tmp/w33d/echo_app > "$OUT" 2>&1 &
PID=$!; sleep 1
"$D/../requests.sh" 8004
curl -s -o /dev/null http://127.0.0.1:8004/kaputt
sleep 0.3; kill $PID; wait $PID
