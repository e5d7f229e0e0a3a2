#!/bin/bash
# Run inside `unshare -n`: shadowsocks-libev 3.3.5 ss-server in the foreground with -v (verbose), stdout+stderr
# to a file; ss-local (SOCKS5 on 127.0.0.1:11081, -v, its own file); curl through it to a local http.server, to a
# refused port, to a name that does not resolve; a client with the wrong password (ss-local #2); SIGTERM.
set -u
export TZ=UTC
S=/tmp/w33a/scratch/shadowsocks
rm -rf $S/*; mkdir -p $S/www; echo "Grüße" > $S/www/index.html
ip link set lo up
python3 -m http.server 18090 --bind 127.0.0.1 --directory $S/www > /dev/null 2>&1 &
H=$!
ss-server -s 127.0.0.1 -p 18388 -k 'Kölsch-Geheimnis' -m chacha20-ietf-poly1305 -v > $S/ss_server.log 2>&1 &
SV=$!
ss-local -s 127.0.0.1 -p 18388 -l 11081 -b 127.0.0.1 -k 'Kölsch-Geheimnis' -m chacha20-ietf-poly1305 -v > $S/ss_local.log 2>&1 &
L1=$!
ss-local -s 127.0.0.1 -p 18388 -l 11082 -b 127.0.0.1 -k 'falsch' -m chacha20-ietf-poly1305 -v > $S/ss_local_wrong.txt 2>&1 &
L2=$!
sleep 2
C="curl -s -o /dev/null -m 5"
$C --socks5 127.0.0.1:11081 http://127.0.0.1:18090/
$C --socks5-hostname 127.0.0.1:11081 http://localhost:18090/k%C3%B6ln
$C --socks5 127.0.0.1:11081 http://127.0.0.1:18091/
$C --socks5-hostname 127.0.0.1:11081 http://gibts.nicht.invalid/
$C --socks5 127.0.0.1:11082 http://127.0.0.1:18090/
sleep 1
kill -TERM $L1 $L2; wait $L1 $L2
kill -TERM $SV; wait $SV
kill $H; wait $H 2>/dev/null
exit 0
