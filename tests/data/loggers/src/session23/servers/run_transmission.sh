#!/bin/bash
# transmission-daemon 3.00: -f --logfile --log-debug, DHT/LPD/uTP/PEX/port mapping off (no traffic leaves the machine), a torrent made with the
# daemon's own RPC (a magnet for a tracker on a closed loopback port), a torrent file that is garbage, RPC with a wrong session id; SIGTERM.
set -u; : "${CORPUS:?}"; W=$CORPUS/work/transmission; rm -rf $W; mkdir -p $W/cfg $W/dl $CORPUS/raw
cat > $W/cfg/settings.json <<C
{ "dht-enabled": false, "lpd-enabled": false, "utp-enabled": false, "pex-enabled": false, "port-forwarding-enabled": false,
  "blocklist-enabled": false, "peer-port": 5436, "rpc-port": 5437, "rpc-bind-address": "127.0.0.1", "rpc-whitelist": "127.0.0.1",
  "rpc-authentication-required": false, "download-dir": "$W/dl", "bind-address-ipv4": "127.0.0.1", "bind-address-ipv6": "::1",
  "message-level": 3, "speed-limit-up": "fast" }
C
TZ=UTC transmission-daemon -f -g $W/cfg --logfile $W/transmission.log --log-debug > $W/stdout.txt 2>&1 & P=$!; sleep 2
U=http://127.0.0.1:5437/transmission/rpc
curl -s -H 'X-Transmission-Session-Id: wrong' $U -d '{"method":"session-get"}' >/dev/null
SID=$(curl -s -i $U | awk -F': ' 'tolower($1)=="x-transmission-session-id"{print $2}' | tr -d '\r')
curl -s -H "X-Transmission-Session-Id: $SID" $U -d '{"method":"torrent-add","arguments":{"filename":"magnet:?xt=urn:btih:0123456789abcdef0123456789abcdef01234567&dn=Gr%C3%BC%C3%9Fe.iso&tr=http%3A%2F%2F127.0.0.1%3A5499%2Fannounce"}}' >/dev/null
curl -s -H "X-Transmission-Session-Id: $SID" $U -d "{\"method\":\"torrent-add\",\"arguments\":{\"metainfo\":\"$(echo not-a-torrent | base64)\"}}" >/dev/null
curl -s -H "X-Transmission-Session-Id: $SID" $U -d '{"method":"no-such-method"}' >/dev/null
sleep 4
curl -s -H "X-Transmission-Session-Id: $SID" $U -d '{"method":"torrent-remove","arguments":{"ids":[1],"delete-local-data":true}}' >/dev/null
sleep 1; kill -TERM $P; wait $P
cp $W/transmission.log $CORPUS/raw/transmission.log
