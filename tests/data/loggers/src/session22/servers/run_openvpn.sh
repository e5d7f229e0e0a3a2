#!/bin/bash
# OpenVPN 2.6: a p2p TLS server on 127.0.0.1 with --dev null and --peer-fingerprint (self-signed certs), --log FILE --verb 3;
# a client whose fingerprint is wrong (TLS error), then a good client, then SIGUSR2 (status) and SIGTERM.
set -u
: "${CORPUS:?set CORPUS}"
W=$CORPUS/work/openvpn; rm -rf $W; mkdir -p $W $CORPUS/raw; cd $W
for n in server client; do
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout $n.key -out $n.crt -days 30 -subj "/CN=$n" 2>/dev/null
done
fp() { openssl x509 -in $1 -noout -fingerprint -sha256 | cut -d= -f2; }
SFP=$(fp server.crt); CFP=$(fp client.crt)
TZ=UTC openvpn --dev null --proto udp --local 127.0.0.1 --lport 5390 --tls-server --dh none --cert server.crt --key server.key \
  --peer-fingerprint "$CFP" --log $W/server.log --verb 3 --ping 1 --ping-exit 30 --data-ciphers AES-256-GCM --script-security 1 &
S=$!; sleep 1
TZ=UTC timeout 6 openvpn --dev null --proto udp --remote 127.0.0.1 5390 --lport 5391 --tls-client --cert server.crt --key server.key \
  --peer-fingerprint "$SFP" --log $W/badclient.log --verb 3 --hand-window 3 --connect-retry-max 1 > /dev/null 2>&1
TZ=UTC timeout 8 openvpn --dev null --proto udp --remote 127.0.0.1 5390 --lport 5392 --tls-client --cert client.crt --key client.key \
  --peer-fingerprint "$SFP" --log $W/client.log --verb 3 --ping 1 > /dev/null 2>&1 &
C=$!; sleep 5
kill -USR2 $S; sleep 1
kill -TERM $C; wait $C; sleep 1
kill -TERM $S; wait $S
cp $W/server.log $CORPUS/raw/openvpn_server.log
