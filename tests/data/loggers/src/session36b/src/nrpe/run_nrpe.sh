#!/bin/bash
# NRPE 4.1.0 (Debian nagios-nrpe-server) in the foreground (-f), log_file= in its config, check_nrpe as client.
set -u
HERE=$(cd "$(dirname "$0")" && pwd); OUT=${OUT:-$(cd "$HERE/../.." && pwd)}
W=$OUT/work/nrpe; rm -rf "$W"; mkdir -p "$W"; chmod 777 "$W"
export TZ=UTC
sed "s#@W@#$W#g" "$HERE/nrpe.cfg.in" > "$W/nrpe.cfg"
/usr/sbin/nrpe -c "$W/nrpe.cfg" -f >"$W/nrpe.stdout" 2>&1 & NRPE=$!
sleep 1
C="/usr/lib/nagios/plugins/check_nrpe -H 127.0.0.1 -p 25666"
{
$C
$C -c check_ok
$C -c check_warn
$C -c check_crit
$C -c check_nosuch
$C -c check_ok -a 'x;rm -rf /'
$C -c check_missing
$C -c check_slow -t 8
$C -n -c check_ok
printf 'GET / HTTP/1.0\r\n\r\n' | timeout 2 bash -c 'cat > /dev/tcp/127.0.0.1/25666'
} >"$W/clients.out" 2>&1
sleep 1
kill -HUP $NRPE; sleep 1
$C -c check_ok >>"$W/clients.out" 2>&1
kill -TERM $NRPE; wait $NRPE
cp "$W/nrpe.log" "$OUT/out/nrpe.log"
