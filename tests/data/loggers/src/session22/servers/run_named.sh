#!/bin/bash
# BIND 9.18 named: a file channel with print-time/category/severity, queries logged.
set -u
: "${CORPUS:?set CORPUS}"
W=$CORPUS/work/named; rm -rf $W; mkdir -p $W $CORPUS/raw
cat > $W/db.shop.test <<Z
\$TTL 300
@ IN SOA ns1.shop.test. hostmaster.shop.test. ( 2026120201 3600 600 86400 300 )
@ IN NS ns1.shop.test.
ns1 IN A 127.0.0.1
www IN A 127.0.0.10
café IN A 127.0.0.11
Z
cat > $W/db.broken.test <<Z
\$TTL 300
@ IN SOA ns1.broken.test. hostmaster.broken.test. ( 1 3600 600 86400 300 )
www IN A 999.1.1.1
Z
cat > $W/named.conf <<C
options { directory "$W"; listen-on port 5301 { 127.0.0.1; }; listen-on-v6 { none; };
  pid-file "$W/named.pid"; recursion no; check-names primary ignore; allow-transfer { none; }; dnssec-validation no; };
controls { };
logging {
  channel corpus { file "$W/named.log"; print-time yes; print-category yes; print-severity yes; severity info; };
  category default { corpus; };
  category queries { corpus; };
  category lame-servers { null; };
};
zone "shop.test" { type primary; file "$W/db.shop.test"; };
zone "broken.test" { type primary; file "$W/db.broken.test"; };
zone "missing.test" { type primary; file "$W/db.missing.test"; };
C
TZ=UTC named -c $W/named.conf -f -u root > $W/stderr.txt 2>&1 &
P=$!; sleep 3
for q in www.shop.test ns1.shop.test nope.shop.test www.broken.test example.com; do dig @127.0.0.1 -p 5301 +short +tries=1 +time=2 $q >/dev/null; done
dig @127.0.0.1 -p 5301 +tries=1 +time=2 shop.test AXFR >/dev/null
dig @127.0.0.1 -p 5301 +tries=1 +time=2 shop.test ANY +tcp >/dev/null
dig @127.0.0.1 -p 5301 +tries=1 +time=2 xn--caf-dma.shop.test TXT >/dev/null
printf 'garbage-not-dns' > /dev/udp/127.0.0.1/5301
sleep 1; kill -HUP $P; sleep 2; kill -TERM $P; wait $P
cp $W/named.log $CORPUS/raw/bind9_named.log
