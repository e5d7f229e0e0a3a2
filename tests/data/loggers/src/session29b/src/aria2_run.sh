#!/bin/bash
# aria2 1.36.0: aria2c --log=FILE --log-level=debug against a local python3 -m http.server, inside `unshare -n`
# (loopback only); one input list: a file that exists (non-ASCII name), a 404, a closed port; one at a time (-j 1)
export TZ=UTC LANG=C.UTF-8
A=/tmp/w30/aria2
rm -rf $A; mkdir -p $A/www $A/dl
ip link set lo up
echo "Grüße aus dem Café 日本" > "$A/www/café-日本.txt"
(cd $A/www && exec python3 -m http.server 18111 --bind 127.0.0.1 2>$A/http_server.log) & SPID=$!
sleep 1
cat > $A/list.txt <<'LIST'
http://127.0.0.1:18111/caf%C3%A9-%E6%97%A5%E6%9C%AC.txt
http://127.0.0.1:18111/fehlt.txt
http://127.0.0.1:18112/nichts.bin
LIST
cd $A/dl
aria2c --log=$A/aria2.log --log-level=debug -j 1 --max-tries=1 --connect-timeout=3 -i $A/list.txt
kill $SPID; wait $SPID
