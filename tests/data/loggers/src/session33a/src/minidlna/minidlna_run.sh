#!/bin/bash
# Run inside `unshare -n`: minidlnad 1.3.0 in the foreground (-S, as under systemd) writing its own log file
# (log_dir/minidlna.log), scanning a media folder (a valid WAV, a broken MP3, a JPEG, a name with umlauts), a
# missing media_dir, HTTP requests (description, a SOAP Browse, a missing item, a bad method), an SSDP M-SEARCH,
# a file added while running (inotify), SIGTERM. Run twice: as is (-S: the log file log_dir/minidlna.log), and
# with MODE=-d (debug mode: every facility at maxdebug, to stdout, with a time on each line: stdout.txt).
set -u
export TZ=UTC
S=/tmp/w33a/scratch/minidlna
SRC=/tmp/w33a/corpus/src/minidlna
rm -rf $S/media $S/db $S/log; mkdir -p $S/media/Musik/"Kölsche Lieder" $S/media/Bilder $S/db $S/log
python3 - <<'PY'
import wave, struct, math
p = "/tmp/w33a/scratch/minidlna/media/Musik/Kölsche Lieder/Grüße aus Köln.wav"
with wave.open(p, "wb") as w:
    w.setnchannels(1); w.setsampwidth(2); w.setframerate(8000)
    w.writeframes(b"".join(struct.pack("<h", int(8000 * math.sin(i / 10))) for i in range(8000)))
open("/tmp/w33a/scratch/minidlna/media/Musik/kaputt.mp3", "wb").write(b"ID3\x03\x00\x00\x00\x00\x00\x10" + b"\x00" * 40)
open("/tmp/w33a/scratch/minidlna/media/Musik/notizen.txt", "w").write("keine Musik\n")
PY
convert -size 64x48 xc:steelblue $S/media/Bilder/himmel.jpg 2>/dev/null || python3 -c "
open('$S/media/Bilder/himmel.jpg','wb').write(bytes.fromhex('ffd8ffe000104a46494600010100000100010000ffd9'))"
ip link set lo up
ip link add eth-dlna type veth peer name eth-client
ip addr add 10.97.0.1/24 dev eth-dlna; ip link set eth-dlna up; ip link set eth-client up
ip route add 239.0.0.0/8 dev eth-dlna
minidlnad ${MODE:--S} -f $SRC/minidlna.conf -P $S/minidlna.pid -R > $S/stdout.txt 2>&1 &
P=$!
sleep 5
C="curl -s -o /dev/null -m 5"
$C http://10.97.0.1:8200/rootDesc.xml
$C -A 'VLC/3.0.18 LibVLC/3.0.18' -H 'Content-Type: text/xml; charset="utf-8"' \
   -H 'SOAPACTION: "urn:schemas-upnp-org:service:ContentDirectory:1#Browse"' \
   --data '<?xml version="1.0"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><u:Browse xmlns:u="urn:schemas-upnp-org:service:ContentDirectory:1"><ObjectID>0</ObjectID><BrowseFlag>BrowseDirectChildren</BrowseFlag><Filter>*</Filter><StartingIndex>0</StartingIndex><RequestedCount>10</RequestedCount><SortCriteria></SortCriteria></u:Browse></s:Body></s:Envelope>' \
   http://10.97.0.1:8200/ctl/ContentDir
$C http://10.97.0.1:8200/MediaItems/999.mp3
$C -X DELETE http://10.97.0.1:8200/rootDesc.xml
$C -H 'SOAPACTION: "urn:schemas-upnp-org:service:ContentDirectory:1#Kaputt"' --data '<kaputt' http://10.97.0.1:8200/ctl/ContentDir
python3 - <<'PY'
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF, socket.inet_aton("10.97.0.1"))
s.sendto(b'M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nMAN: "ssdp:discover"\r\nMX: 1\r\nST: urn:schemas-upnp-org:device:MediaServer:1\r\n\r\n', ("239.255.255.250", 1900))
s.close()
PY
sleep 1
cp $S/media/Musik/"Kölsche Lieder"/"Grüße aus Köln.wav" $S/media/Musik/neu.wav
sleep 3
kill -TERM $P; wait $P
exit 0
