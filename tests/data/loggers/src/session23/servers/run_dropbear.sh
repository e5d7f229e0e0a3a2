#!/bin/bash
# Dropbear 2022.83: -F -E (foreground, log to stderr), a client with no usable key (BatchMode), a login as a user that does not exist, a non-SSH client, an SSH-1 client, SIGTERM; a restart without its host key.
set -u; : "${CORPUS:?}"; W=$CORPUS/work/dropbear; rm -rf $W; mkdir -p $W $CORPUS/raw
dropbearkey -t ed25519 -f $W/host_ed25519 >/dev/null 2>&1
TZ=UTC dropbear -F -E -r $W/host_ed25519 -p 127.0.0.1:5413 -P $W/dropbear.pid > $W/dropbear.log 2>&1 & P=$!; sleep 1
SSH="ssh -p 5413 -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o ConnectTimeout=3"
$SSH root@127.0.0.1 true 2>/dev/null
$SSH nosuchuser@127.0.0.1 true 2>/dev/null
$SSH -o PreferredAuthentications=password -o NumberOfPasswordPrompts=0 root@127.0.0.1 true 2>/dev/null
printf 'GET / HTTP/1.0\r\n\r\n' | python3 $CORPUS/src/tcpsend.py 127.0.0.1 5413 1
for u in admin deploy "ölaf" root; do $SSH "$u"@127.0.0.1 true 2>/dev/null; done
printf 'SSH-1.5-OldClient\r\n' | python3 $CORPUS/src/tcpsend.py 127.0.0.1 5413 1
sleep 1; kill -TERM $P; wait $P
# a second start with a host key that does not exist (same log)
TZ=UTC dropbear -F -E -r $W/missing_key -p 127.0.0.1:5413 >> $W/dropbear.log 2>&1
cp $W/dropbear.log $CORPUS/raw/dropbear.log
