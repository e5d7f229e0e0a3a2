#!/bin/bash
# PowerDNS Authoritative 4.7.3: --daemon=no --guardian=no, bind backend with one zone (and a zone file that is missing), loglevel 7 (debug),
# log-dns-queries, queries incl. an AXFR it refuses and a malformed packet; SIGTERM. stdout+stderr captured (what a console or journal gets).
set -u; : "${CORPUS:?}"; W=$CORPUS/work/pdns; rm -rf $W; mkdir -p $W $CORPUS/raw
cat > $W/shop.test.zone <<Z
\$TTL 300
@ IN SOA ns.shop.test. admin.shop.test. 2026120301 3600 600 86400 300
@ IN NS ns.shop.test.
ns IN A 127.0.0.1
www IN A 127.0.0.10
Z
cat > $W/named.conf <<C
zone "shop.test" { type master; file "$W/shop.test.zone"; };
zone "gone.test" { type master; file "$W/gone.test.zone"; };
C
cat > $W/pdns.conf <<C
launch=bind
bind-config=$W/named.conf
local-address=127.0.0.1
local-port=5432
socket-dir=$W
loglevel=7
log-dns-queries=yes
log-dns-details=yes
disable-axfr=yes
webserver=no
security-poll-suffix=
no-such-setting-here=1
C
TZ=UTC pdns_server --config-dir=$W --daemon=no --guardian=no > $W/pdns.log 2>&1   # refused: unknown setting
sed -i '/no-such-setting/d' $W/pdns.conf
TZ=UTC pdns_server --config-dir=$W --daemon=no --guardian=no >> $W/pdns.log 2>&1 & P=$!; sleep 2
dig @127.0.0.1 -p 5432 +tries=1 +time=2 www.shop.test >/dev/null
dig @127.0.0.1 -p 5432 +tries=1 +time=2 nope.shop.test >/dev/null
dig @127.0.0.1 -p 5432 +tries=1 +time=2 www.elsewhere.test >/dev/null
dig @127.0.0.1 -p 5432 +tries=1 +time=2 shop.test AXFR >/dev/null
python3 -c "import socket; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.sendto(b'\x12\x34garbage', ('127.0.0.1', 5432))"
sleep 0.5; kill -TERM $P; wait $P
cp $W/pdns.log $CORPUS/raw/pdns_server.log
