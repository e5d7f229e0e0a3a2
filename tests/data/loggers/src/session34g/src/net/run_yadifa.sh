#!/bin/sh
# yadifad in the foreground (daemon off) with file channels; dig queries; SIGTERM
D=$(cd "$(dirname "$0")" && pwd); O=/tmp/w34g/out; W=/tmp/w34g/run/yadifa; export TZ=UTC
rm -rf $W; mkdir -p $W/log $W/data $W/keys $W/xfr $O
cp $D/yadifa/*.zone $W/data/
yadifad -c $D/yadifa/yadifad.conf > $W/stdout.log 2>&1 & P=$!; sleep 3
for q in "www.shop.example A" "orders.shop.example TXT" "nosuch.shop.example A" "www.broken.example A" "other.example A"; do
  dig +short +tries=1 +time=2 -p 34154 @127.0.0.1 $q >/dev/null 2>&1; done
sleep 1; kill -TERM $P; wait $P
cp $W/log/all.log $O/yadifa.log
