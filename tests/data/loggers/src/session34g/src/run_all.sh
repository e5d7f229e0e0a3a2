#!/bin/sh
# Re-run every tool of corpus 34g (Debian 12, as root, TZ=UTC); logs land in /tmp/w34g/out.
# Packages: apt-get install --no-install-recommends lighttpd apache2 nginx-light libnginx-mod-stream mini-httpd webfs
#   runit daemontools s6 openntpd xl2tpd nscd nslcd libreswan gdnsd yadifa ocserv openconnect gnutls-bin sniproxy stubby
#   curl netcat-openbsd dnsutils
# "--from-gdnsd" skips the steps before gdnsd (used while debugging).
set -e
S=$(cd "$(dirname "$0")" && pwd); export TZ=UTC
if [ "$1" != "--from-gdnsd" ]; then
rm -rf /tmp/w34g/out; mkdir -p /tmp/w34g/out
$S/web/run_web.sh
$S/sup/run_sup.sh
$S/net/run_small.sh
$S/net/run_nslcd.sh
$S/net/run_pluto.sh
fi
$S/net/run_gdnsd.sh
$S/net/run_yadifa.sh
$S/vpn/run_ocserv.sh
$S/proxy/run_sniproxy.sh
$S/proxy/run_stubby.sh
ls -l /tmp/w34g/out
