#!/bin/bash
# Tor 0.4.9.11 with DisableNetwork 1 (it never contacts the network): Log info to a file, a SocksPort on loopback, an unknown option (warning), a SOCKS request (refused: DisableNetwork), SIGHUP after adding a misspelt option: the reload fails and Tor exits.
set -u; : "${CORPUS:?}"; W=$CORPUS/work/tor; rm -rf $W; mkdir -p $W/data $CORPUS/raw; chmod 700 $W/data
cat > $W/torrc <<C
DataDirectory $W/data
DisableNetwork 1
SocksPort 127.0.0.1:5431
ControlPort 0
Log info file $W/tor.log
RunAsDaemon 0
AvoidDiskWrites 1
ClientUseIPv6 0
C
TZ=UTC tor -f $W/torrc > $W/stdout.txt 2>&1 & P=$!; sleep 3
curl -s --max-time 3 --socks5-hostname 127.0.0.1:5431 http://shop.test/ >/dev/null
echo "SafeLogging 0" >> $W/torrc; echo "ExitPolicyy accept *:*" >> $W/torrc
kill -HUP $P; wait $P   # the reload fails on the misspelt option and Tor exits
cp $W/tor.log $CORPUS/raw/tor.log
