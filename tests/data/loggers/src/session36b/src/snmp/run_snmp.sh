#!/bin/bash
# Net-SNMP 5.9.3 snmpd and snmptrapd in the foreground, logging to files (-Lf), on 127.0.0.1 high ports.
set -u
HERE=$(cd "$(dirname "$0")" && pwd); OUT=${OUT:-$(cd "$HERE/../.." && pwd)}
W=$OUT/work/snmp; rm -rf "$W"; mkdir -p "$W/persist"
# config: snmpd.conf, snmptrapd.conf and snmp.conf (Debian's "mibs :") from this folder via SNMPCONFPATH
export TZ=UTC SNMP_PERSISTENT_DIR=$W/persist SNMPCONFPATH=$HERE:$W/persist
snmptrapd -f -Lf "$W/snmptrapd.log" -p "$W/snmptrapd.pid" >"$W/snmptrapd.stdout" 2>&1 & TRAPD=$!
sleep 1
snmpd -f -Lf "$W/snmpd.log" -p "$W/snmpd.pid" >"$W/snmpd.stdout" 2>&1 & SNMPD=$!
sleep 2
A=udp:127.0.0.1:28161
{
snmpget -v2c -c public $A 1.3.6.1.2.1.1.6.0 1.3.6.1.2.1.1.3.0
snmpget -v2c -c wrong-community -t 1 -r 0 $A 1.3.6.1.2.1.1.1.0
snmpget -v1 -c notours -t 1 -r 0 $A 1.3.6.1.2.1.1.1.0
snmpset -v2c -c public -t 1 -r 0 $A 1.3.6.1.2.1.1.4.0 s "nobody"
snmpwalk -v2c -c public $A 1.3.6.1.4.1.2021.2
snmpwalk -v2c -c public $A 1.3.6.1.4.1.2021.9
snmpget -v3 -u nosuchuser -l authNoPriv -a SHA -A 'pass-phrase-1' -t 1 -r 0 $A 1.3.6.1.2.1.1.1.0
} >"$W/clients.out" 2>&1
T=udp:127.0.0.1:28162
snmptrap -v 2c -c public $T '' 1.3.6.1.4.1.8072.2.3.0.1 \
  1.3.6.1.4.1.8072.2.3.2.1 i 123 1.3.6.1.2.1.1.6.0 s 'Café Zoë in 東京' \
  1.3.6.1.2.1.1.1.0 s "disk \"data\" at 91%	(tab before this)"
snmptrap -v 1 -c public $T 1.3.6.1.4.1.8072.3.2.10 127.0.0.1 6 17 '' 1.3.6.1.2.1.1.5.0 s web-1
snmptrap -v 2c -c not-allowed $T '' 1.3.6.1.6.3.1.1.5.1
snmpinform -v 2c -c public -t 2 -r 0 $T '' 1.3.6.1.6.3.1.1.5.2 1.3.6.1.2.1.1.4.0 s ops@example.test
printf 'not an snmp packet\n' > /dev/udp/127.0.0.1/28162
sleep 1
kill -HUP $SNMPD; sleep 1
kill -TERM $SNMPD; wait $SNMPD
sleep 1
kill -TERM $TRAPD; wait $TRAPD
cp "$W/snmpd.log" "$OUT/out/snmpd.log"
cp "$W/snmptrapd.log" "$OUT/out/snmptrapd.log"
