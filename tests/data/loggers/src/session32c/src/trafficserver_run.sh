#!/bin/bash
# Run inside `unshare -n -m`: Apache Traffic Server 9.2.5 (Debian) as its systemd unit does (traffic_manager,
# which starts traffic_server), Debian's /etc/trafficserver with remap.config replaced; /etc/trafficserver,
# /var/log/trafficserver, /var/cache/trafficserver and /run/trafficserver are private bind mounts of scratch dirs.
# Logs: diags.log (the one delivered), traffic.out, manager.log, error.log.
set -u
export TZ=UTC
W=/tmp/w32c/ats
SRC=$(dirname "$(readlink -f "$0")")
ip link set lo up
mount --make-rprivate /
rm -rf $W; mkdir -p $W/etc $W/log $W/cache $W/run $W/www
cp -a /etc/trafficserver/. $W/etc/
cp /etc/trafficserver/records.config $W/records.config.debian
chown -R trafficserver:trafficserver $W/log $W/cache $W/run $W/etc
mount --bind $W/etc /etc/trafficserver
mount --bind $W/log /var/log/trafficserver
mount --bind $W/cache /var/cache/trafficserver
mount --bind $W/run /run/trafficserver
echo 'Grüße aus Köln' > "$W/www/köln.txt"; echo hallo > $W/www/index.html
(cd $W/www && exec python3 -m http.server -b 127.0.0.1 8001 > $W/origin.txt 2>&1) & ORIGIN=$!
# run 1: bad records.config (a port that is not a number, an unknown variable) and remap rule with a bad URL
cp $SRC/trafficserver/remap.config $W/etc/remap.config
sed -i 's/^CONFIG proxy.config.http.server_ports STRING 8080 8080:ipv6$/CONFIG proxy.config.http.server_ports STRING achtzig/' $W/etc/records.config
echo 'CONFIG proxy.config.gibts.nicht INT 1' >> $W/etc/records.config
echo 'map http://kaputt http//127.0.0.1:8001/' >> $W/etc/remap.config
traffic_manager > $W/tm1.out 2>&1 & TM=$!
sleep 8
kill -TERM $TM; wait $TM
# run 2: Debian's records.config, the test remap.config
cp $W/records.config.debian $W/etc/records.config
cp $SRC/trafficserver/remap.config $W/etc/remap.config
chown trafficserver: $W/etc/*.config
traffic_manager > $W/tm2.out 2>&1 & TM=$!
sleep 8
C="curl -s -o /dev/null -w %{http_code}\n --max-time 5"
{
$C http://127.0.0.1:8080/
$C "http://127.0.0.1:8080/k%C3%B6ln.txt"
$C "http://127.0.0.1:8080/東京?q=é"
$C -H 'Host: unbekannt.example' http://127.0.0.1:8080/
$C -x http://127.0.0.1:8080 http://nirgendwo.invalid/
$C -X BREW http://127.0.0.1:8080/
printf 'GET / HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nContent-Length: -5\r\n\r\n' | timeout 3 nc -q 2 127.0.0.1 8080 | head -1
printf '\x16\x03\x01garbage\r\n\r\n' | timeout 3 nc -q 2 127.0.0.1 8080 | head -1
} > $W/client.txt 2>&1
kill $ORIGIN
$C http://127.0.0.1:8080/index.html >> $W/client.txt 2>&1   # origin down
cp $SRC/trafficserver/remap_reload.config $W/etc/remap.config
traffic_ctl config reload >> $W/client.txt 2>&1
sleep 20
$C http://127.0.0.1:8080/ >> $W/client.txt 2>&1
kill -TERM $TM; wait $TM
echo "exit $?" >> $W/client.txt
sleep 1
