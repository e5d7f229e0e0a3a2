#!/bin/sh
# syncthing 1.19.2 in a private network namespace (lo only), config = syncthing_config.xml (discovery, relays, NAT, STUN, UR, upgrades off)
# --logfile with the default --log-flags (2 = time of day only)
export TZ=UTC STNOUPGRADE=1 STTRACE=api,connections
H=/tmp/w28/st/home
K=$(sed -n 's#.*<apikey>\(.*\)</apikey>.*#\1#p' $H/config.xml)
A="curl -s -H X-API-Key:$K http://127.0.0.1:18384"
ip link set lo up
syncthing serve --home=$H --no-browser --no-restart --logfile=/tmp/w28/st/syncthing.log > /tmp/w28/st/stdout.txt 2>&1 &
sleep 4
$A/rest/config/folders -X POST -d '{"id":"doc-jorg","label":"Dokumente für Jörg","path":"/tmp/w28/st/Dokumente-für-Jörg"}'
$A/rest/config/folders -X POST -d '{"id":"missing1","label":"Fehlt","path":"/tmp/w28/st/does/not/exist","markerName":".stfolder"}'
$A/rest/config/devices -X POST -d '{"deviceID":"MFZWI3D-BONSGYC-YLTMRWG-C43ENR5-QXGZDMM-FZWI3DP-BONSGYY-LTMRWAD","name":"laptop-ünï","addresses":["tcp://127.0.0.1:22999"]}'
$A/rest/config/devices -X POST -d '{"deviceID":"NOT-A-VALID-ID","name":"bad"}'; echo
sleep 3
rm -rf /tmp/w28/st/Dokumente-für-Jörg/.stfolder /tmp/w28/st/does   # marker and path gone
$A/rest/db/scan?folder=doc-jorg -X POST
$A/rest/db/scan?folder=missing1 -X POST
sleep 2
$A/rest/db/scan?folder=doc-jorg -X POST
$A/rest/db/scan?folder=nope -X POST; echo
$A/rest/system/pause -X POST
sleep 2
curl -s http://127.0.0.1:18384/rest/system/status; echo    # no API key
$A/rest/system/shutdown -X POST
sleep 3
