#!/bin/bash
# syslog-ng 3.38 in a private network namespace (run as: unshare -n ./run.sh); its internal() log goes to a file
set -u
cd /tmp/w31c/sng
ip link set lo up
export TZ=UTC
rm -rf out; mkdir -p out
# mode "stderr": -e (internal messages to stderr), after a first start with a broken config
MODE=${1:-file}
E=""; [ "$MODE" = stderr ] && E="-e"
SNG="syslog-ng -F $E --no-caps -R /tmp/w31c/sng/persist -p /tmp/w31c/sng/pid -c /tmp/w31c/sng/ctl"
: > stderr.txt
[ "$MODE" = stderr ] && $SNG -f bad.conf >> stdout.txt 2>> stderr.txt
$SNG -f syslog-ng.conf >> stdout.txt 2>> stderr.txt &
pid=$!
sleep 2
logger --rfc3164 -n 127.0.0.1 -P 5514 -d -t bestellung "Bestellung 4711 aus Köln angenommen"
logger --rfc5424 -n 127.0.0.1 -P 5514 -d -t 日本 "注文 4712 を受け付けました"
printf '<13>1 kaputt' | nc -u -w1 127.0.0.1 5514
# octet-counted framing on the syslog() tcp source: a bad frame length
printf '99999999999 <13>1 2026-12-04T03:00:00Z h app - - - zu lang\n' | nc -q1 127.0.0.1 6601
printf 'kein-rahmen ohne Länge\n' | nc -q1 127.0.0.1 6601
sleep 3
syslog-ng-ctl stats -c /tmp/w31c/sng/ctl > /dev/null
# reload with a broken config (the running one stays), then a good reload
cp syslog-ng.conf good.conf
cp bad.conf syslog-ng.conf
syslog-ng-ctl reload -c /tmp/w31c/sng/ctl
sleep 1
cp good.conf syslog-ng.conf
syslog-ng-ctl reload -c /tmp/w31c/sng/ctl
sleep 2
logger --rfc3164 -n 127.0.0.1 -P 5514 -d -t bestellung "$(head -c 2500 /dev/zero | tr '\0' 'x')"
sleep 4
syslog-ng-ctl verbose --set=on -c /tmp/w31c/sng/ctl
logger --rfc3164 -n 127.0.0.1 -P 5514 -d -t zahlung "Zahlung für 日本 fehlgeschlagen"
sleep 3
kill -TERM $pid
wait $pid
echo exit=$?
