#!/bin/bash
# Run inside `unshare -n`: qbittorrent-nox 4.5.2 with a profile in scratch space, Web API on 127.0.0.1:8099.
set -u
export TZ=UTC
W=/tmp/w31a/qbt
SRC=$(dirname "$(readlink -f "$0")")
ip link set lo up
rm -rf $W; mkdir -p $W/profile/qBittorrent/config $W/downloads $W/seed
cp $SRC/qbittorrent/qBittorrent.conf $W/profile/qBittorrent/config/
head -c 100000 /dev/urandom > "$W/seed/Grüße aus Köln 日本.bin"
python3 $SRC/qbittorrent/make_torrent.py "$W/seed/Grüße aus Köln 日本.bin" $W/koeln.torrent
echo "das ist kein torrent" > $W/kaputt.torrent
# something else holds TCP [::1]:6881: qBittorrent fails to listen there
python3 -c 'import socket,time; s=socket.socket(socket.AF_INET6); s.bind(("::1",6881)); s.listen(); time.sleep(12)' &
BLOCK=$!
sleep 0.5
qbittorrent-nox --profile=$W/profile > $W/stdout.txt 2>&1 &
PID=$!
sleep 4
A=http://127.0.0.1:8099/api/v2
{
curl -s $A/app/version; echo
curl -s -d "username=jürgen&password=falsch" $A/auth/login; echo
curl -s -d "username=admin&password=auch-falsch" $A/auth/login; echo
curl -s -F "torrents=@$W/koeln.torrent" -F "savepath=$W/seed" $A/torrents/add; echo
curl -s -F "torrents=@$W/kaputt.torrent" $A/torrents/add; echo
curl -s -F "urls=magnet:?xt=urn:btih:0123456789abcdef0123456789abcdef01234567&dn=Ubuntu%20K%C3%B6ln" -F "savepath=$W/downloads" $A/torrents/add; echo
curl -s -F "urls=http://127.0.0.1:9/nicht-da.torrent" $A/torrents/add; echo
sleep 5
curl -s $A/torrents/info; echo
curl -s -d "hashes=all" $A/torrents/recheck; echo
sleep 3
curl -s -d "hashes=0123456789abcdef0123456789abcdef01234567&deleteFiles=false" $A/torrents/delete; echo
curl -s -d "path=/proc/nicht/erlaubt" $A/app/setPreferences; echo
curl -s -d 'json={"save_path":"/proc/kein/ort"}' $A/app/setPreferences; echo
curl -s -d "hashes=all&location=/proc/kein/ort" $A/torrents/setLocation; echo
sleep 2
curl -s -X POST $A/app/shutdown; echo
} > $W/client.txt 2>&1
wait $PID
kill $BLOCK 2>/dev/null
echo "exit $?" >> $W/client.txt
