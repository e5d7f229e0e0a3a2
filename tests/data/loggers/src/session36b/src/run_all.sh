#!/bin/bash
# Re-run every capture of this set (session 36b), one after the other; each writes its file(s) into ../out/.
# Debian 12 packages used: krb5-kdc krb5-admin-server krb5-user snmpd snmptrapd snmp prometheus-pushgateway
# nagios-nrpe-server nagios-nrpe-plugin gnupg (dirmngr) pcscd pcsc-tools suricata-update fwknop-server
# fwknop-client radsecproxy freeradius-utils vnstat iproute2 iptables (installed with apt-get, no service started:
# this machine's /usr/sbin/policy-rc.d refuses starts). Then: python3 ../make_expected.py
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
export OUT=$(cd "$HERE/.." && pwd) TZ=UTC
mkdir -p "$OUT/out" "$OUT/work"
for s in krb5/run_krb5.sh snmp/run_snmp.sh pushgateway/run_pushgateway.sh nrpe/run_nrpe.sh gnupg/run_gnupg.sh \
         pcscd/run_pcscd.sh suricata_update/run_suricata_update.sh fwknop/run_fwknop.sh \
         radsecproxy/run_radsecproxy.sh vnstat/run_vnstat.sh; do
  echo "== $s"; timeout 300 "$HERE/$s"
done
