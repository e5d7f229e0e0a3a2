#!/bin/bash
# Knot DNS 3.2.6: log to stderr at debug, one good zone, one zone with a syntax error, one missing; dig queries incl. AXFR refused; knotc reload; stop.
set -u; : "${CORPUS:?}"; W=$CORPUS/work/knot; rm -rf $W; mkdir -p $W/db $CORPUS/raw
cat > $W/shop.test.zone <<Z
\$TTL 300
@ IN SOA ns.shop.test. admin.shop.test. 2026120301 3600 600 86400 300
@ IN NS ns.shop.test.
ns IN A 127.0.0.1
www IN A 127.0.0.10
info IN TXT "Gr\195\188\195\159e aus K\195\182ln"
Z
cat > $W/broken.test.zone <<Z
\$TTL 300
@ IN SOA ns.broken.test. admin.broken.test. 1 3600 600 86400 300
www IN A 999.1.1.1
Z
cat > $W/knot.conf <<C
server:
    rundir: "$W"
    listen: 127.0.0.1@5403
log:
  - target: stderr
    any: debug
database:
    storage: "$W/db"
control:
    listen: "$W/knot.sock"
zone:
  - domain: shop.test
    file: "$W/shop.test.zone"
  - domain: broken.test
    file: "$W/broken.test.zone"
  - domain: missing.test
    file: "$W/missing.test.zone"
C
TZ=UTC knotd -c $W/knot.conf > $W/knot.log 2>&1 & P=$!; sleep 2
dig @127.0.0.1 -p 5403 +tries=1 +time=2 www.shop.test >/dev/null
dig @127.0.0.1 -p 5403 +tries=1 +time=2 nope.shop.test >/dev/null
dig @127.0.0.1 -p 5403 +tries=1 +time=2 www.other.test >/dev/null
dig @127.0.0.1 -p 5403 +tries=1 +time=2 shop.test AXFR >/dev/null
knotc -s $W/knot.sock zone-status >/dev/null; knotc -s $W/knot.sock reload >/dev/null; sleep 1
knotc -s $W/knot.sock stop >/dev/null; wait $P
cp $W/knot.log $CORPUS/raw/knot.log
