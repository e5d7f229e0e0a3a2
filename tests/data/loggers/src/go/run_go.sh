#!/bin/sh
# Build main.go in GOPATH mode against Debian's Go sources (golang-go 1.19, golang-go.uber-zap-dev 1.23,
# golang-github-rs-zerolog-dev 1.26, golang-github-sirupsen-logrus-dev 1.9, golang-golang-x-exp-dev
# 2022-10-28 (golang.org/x/exp/slog, the slog that became log/slog in Go 1.21), golang-k8s-klog-dev 2.80)
# and write the Go corpus files into ../..
set -e
cd "$(dirname "$0")"
mkdir -p /tmp/gopath/src/k8s.io/klog /tmp/gopath/src/gologgers
ln -sfn /usr/share/gocode/src/k8s.io/klog /tmp/gopath/src/k8s.io/klog/v2   # the module path is k8s.io/klog/v2
cp main.go /tmp/gopath/src/gologgers/
OUT=$(cd ../.. && pwd)
export GOPATH=/tmp/gopath:/usr/share/gocode GO111MODULE=off GOFLAGS= TZ=UTC
go build -o /tmp/gologgers gologgers
/tmp/gologgers zap_prod > "$OUT/zap_production.jsonl" 2>&1
/tmp/gologgers zap_dev > "$OUT/zap_development.log" 2>&1
/tmp/gologgers zerolog > "$OUT/zerolog.jsonl"
/tmp/gologgers logrus_text > "$OUT/logrus_text.log"
/tmp/gologgers logrus_json > "$OUT/logrus_json.jsonl"
/tmp/gologgers slog_json > "$OUT/slog_json.jsonl"
/tmp/gologgers slog_text > "$OUT/slog_text.log"
/tmp/gologgers klog > "$OUT/klog.log" 2>&1 || true   # klog.Fatal exits 255 after dumping goroutine stacks
