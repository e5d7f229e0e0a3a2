#!/bin/bash
# Unbound 1.17.1: logfile with its default epoch stamp, verbosity 2, log-queries/replies; local data, a refused client, an unreachable forwarder.
set -u
: "${CORPUS:?set CORPUS}"
W=$CORPUS/work/unbound; rm -rf $W; mkdir -p $W $CORPUS/raw
cat > $W/unbound.conf <<C
server:
  interface: 127.0.0.1
  port: 5303
  username: ""
  chroot: ""
  directory: "$W"
  logfile: "$W/unbound.log"
  use-syslog: no
  verbosity: 2
  log-queries: yes
  log-replies: yes
  log-servfail: yes
  log-local-actions: yes
  pidfile: "$W/unbound.pid"
  do-ip6: no
  so-rcvbuf: 64m
  so-sndbuf: 64m
  outgoing-range: 8192
  access-control: 127.0.0.0/8 allow
  access-control: 127.0.0.2/32 refuse
  module-config: "iterator"
  local-zone: "shop.test." static
  local-data: "www.shop.test. IN A 127.0.0.10"
  local-data: 'info.shop.test. IN TXT "Grüße aus Köln"'
  local-zone: "ads.test." always_nxdomain
  domain-insecure: "corp.test"
forward-zone:
  name: "corp.test."
  forward-addr: 127.0.0.1@5397
remote-control:
  control-enable: no
C
TZ=UTC unbound -d -c $W/unbound.conf > $W/stderr.txt 2>&1 &
P=$!; sleep 2
dig @127.0.0.1 -p 5303 +tries=1 +time=2 www.shop.test >/dev/null
dig @127.0.0.1 -p 5303 +tries=1 +time=2 info.shop.test TXT >/dev/null
dig @127.0.0.1 -p 5303 +tries=1 +time=2 nope.shop.test >/dev/null
dig @127.0.0.1 -p 5303 +tries=1 +time=2 tracker.ads.test >/dev/null
dig @127.0.0.1 -p 5303 -b 127.0.0.2 +tries=1 +time=2 www.shop.test >/dev/null
dig @127.0.0.1 -p 5303 +tries=1 +time=8 vpn.corp.test >/dev/null
kill -HUP $P; sleep 1; kill -TERM $P; wait $P
cp $W/unbound.log $CORPUS/raw/unbound.log
