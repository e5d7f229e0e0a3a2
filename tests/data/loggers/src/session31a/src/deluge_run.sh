#!/bin/bash
# Run inside `unshare -n`: deluged 2.0.3 in the foreground, `-L info -l FILE`, RPC on 127.0.0.1.
set -u
export TZ=UTC
W=/tmp/w31a/deluge
SRC=$(dirname "$(readlink -f "$0")")
ip link set lo up
rm -rf $W; mkdir -p $W/conf $W/seed $W/dl
head -c 100000 /dev/urandom > "$W/seed/Grüße aus Köln 日本.bin"
python3 $SRC/qbittorrent/make_torrent.py "$W/seed/Grüße aus Köln 日本.bin" $W/koeln.torrent
# port 6881 taken on 127.0.0.1 for the first seconds
python3 -c 'import socket,time; s=socket.socket(); s.bind(("127.0.0.1",6881)); s.listen(); time.sleep(8)' &
BLOCK=$!
deluged -d -c $W/conf -L info -l $W/deluged.log -u 127.0.0.1 -i 127.0.0.1 > $W/stdout.txt 2>&1 &
PID=$!
sleep 5
/usr/bin/python3 $SRC/deluge/deluge_client.py $W > $W/client.txt 2>&1
wait $PID
echo "exit $?" >> $W/client.txt
kill $BLOCK 2>/dev/null
# the auth file holds a generated password: remove the config dir's secrets
rm -f $W/conf/auth
