#!/bin/bash
# NSD 4.6.1: -d foreground, logfile, verbosity 2; a good zone, a zone with an error; queries; SIGHUP; SIGTERM.
set -u; : "${CORPUS:?}"; W=$CORPUS/work/nsd; rm -rf $W; mkdir -p $W $CORPUS/raw
cat > $W/shop.test.zone <<Z
\$TTL 300
@ IN SOA ns.shop.test. admin.shop.test. 2026120301 3600 600 86400 300
@ IN NS ns.shop.test.
ns IN A 127.0.0.1
www IN A 127.0.0.10
Z
printf '$TTL 300\n@ IN SOA ns.bad.test. a.bad.test. 1 2 3 4 5\nwww IN AAAA not-an-address\n' > $W/bad.test.zone
cat > $W/nsd.conf <<C
server:
  ip-address: 127.0.0.1@5404
  username: ""
  chroot: ""
  zonesdir: "$W"
  database: ""
  logfile: "$W/nsd.log"
  pidfile: "$W/nsd.pid"
  xfrdfile: "$W/xfrd.state"
  zonelistfile: "$W/zone.list"
  verbosity: 2
  hide-version: no
  bogus-option-xyz: 1
remote-control:
  control-enable: no
zone:
  name: shop.test
  zonefile: shop.test.zone
zone:
  name: bad.test
  zonefile: bad.test.zone
zone:
  name: gone.test
  zonefile: gone.test.zone
C
sed -i '/bogus-option/d' $W/nsd.conf  # nsd refuses to start on an unknown option: keep its error separately
TZ=UTC nsd -d -c $W/nsd.conf > $W/stderr.txt 2>&1 & P=$!; sleep 2
dig @127.0.0.1 -p 5404 +tries=1 +time=2 www.shop.test >/dev/null
dig @127.0.0.1 -p 5404 +tries=1 +time=2 shop.test AXFR >/dev/null
dig @127.0.0.1 -p 5404 +tries=1 +time=2 bad.test AXFR >/dev/null; dig @127.0.0.1 -p 5404 +tries=1 +time=2 -b 127.0.0.3 shop.test IXFR=1 >/dev/null
kill -HUP $P; sleep 1; kill -TERM $P; wait $P
cat $W/stderr.txt >> $W/nsd.log
cp $W/nsd.log $CORPUS/raw/nsd.log
