#!/bin/sh
# obfs4proxy 0.0.14 (Debian) as a Tor pluggable transport, server then client mode, driven with nc/curl.
OUT=${OUT:-/tmp/w34f/out}
W=$(mktemp -d)
export TZ=UTC TOR_PT_MANAGED_TRANSPORT_VER=1 TOR_PT_STATE_LOCATION="$W/state"
# server: obfs4 listener in front of an ORPort nobody listens on
TOR_PT_SERVER_TRANSPORTS=obfs4 TOR_PT_SERVER_BINDADDR=obfs4-127.0.0.1:19443 TOR_PT_ORPORT=127.0.0.1:19001 \
  obfs4proxy -enableLogging -logLevel DEBUG -unsafeLogging > /dev/null 2>&1 &
P=$!; sleep 1.5
printf 'GARBAGE handshake Café\r\n' | nc -q 1 127.0.0.1 19443
head -c 9000 /dev/urandom | nc -q 2 127.0.0.1 19443
nc -z 127.0.0.1 19443
sleep 1; kill -TERM $P; wait $P
# client: SOCKS5 listener for obfs4 and obfs3; connections with missing/bad bridge arguments
TOR_PT_CLIENT_TRANSPORTS=obfs4,obfs3,nosuchtransport obfs4proxy -enableLogging -logLevel DEBUG -unsafeLogging > "$W/client.txt" 2>&1 &
P=$!; sleep 1.5
PORT=$(sed -n 's/^CMETHOD obfs4 socks5 127.0.0.1:\([0-9]*\).*/\1/p' "$W/client.txt")
curl -s -m 3 --socks5 127.0.0.1:$PORT http://127.0.0.1:19001/ > /dev/null
curl -s -m 3 --socks5 'cert=AAAA;iat-mode=0:x@127.0.0.1:'$PORT http://127.0.0.1:19001/ > /dev/null
sleep 1; kill -TERM $P; wait $P
cp "$W/state/obfs4proxy.log" "$OUT/obfs4proxy.log"
rm -rf "$W"
