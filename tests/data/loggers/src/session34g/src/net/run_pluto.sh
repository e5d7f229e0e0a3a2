#!/bin/sh
# Libreswan pluto in the foreground logging to stderr; whack/addconn drive it; SIGTERM at the end
D=$(cd "$(dirname "$0")" && pwd); O=/tmp/w34g/out; W=/tmp/w34g/run/pluto; export TZ=UTC
rm -rf $W; mkdir -p $W/nss $W/ipsec.d $O
certutil -N -d sql:$W/nss --empty-password
echo '127.0.0.1 127.0.0.2 : PSK "Café Zoë in 東京"' > $W/ipsec.secrets
ipsec pluto --nofork --stderrlog --config $D/ipsec.conf --rundir $W --nssdir $W/nss \
  --secretsfile $W/ipsec.secrets --ipsecdir $W/ipsec.d > $O/pluto.log 2>&1 & P=$!
sleep 2
C="--ctlsocket $W/pluto.ctl"
ipsec whack $C --listen
ipsec addconn $C --config $D/ipsec.conf shop-tunnel
ipsec addconn $C --config $D/ipsec.conf broken
ipsec whack $C --name shop-tunnel --initiate --asynchronous
sleep 3
ipsec whack $C --name nosuch --initiate
ipsec whack $C --delete --name shop-tunnel
sleep 1; kill -TERM $P; wait $P
