#!/bin/bash
# OpenSSH sshd 9.2p1: -D -E logfile, LogLevel VERBOSE; publickey-only client (no key), an invalid user, password auth disabled, a non-SSH client, a too-old protocol banner, SIGHUP (re-exec), SIGTERM.
set -u; : "${CORPUS:?}"; W=$CORPUS/work/sshd; rm -rf $W; mkdir -p $W $CORPUS/raw /run/sshd
ssh-keygen -q -t ed25519 -N "" -f $W/host_ed25519
cat > $W/sshd_config <<C
Port 5414
ListenAddress 127.0.0.1
HostKey $W/host_ed25519
PidFile $W/sshd.pid
LogLevel VERBOSE
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
MaxAuthTries 2
UsePAM no
AllowUsers root deploy
BogusOption yes
C
TZ=UTC /usr/sbin/sshd -D -E $W/sshd.log -f $W/sshd_config 2>/dev/null   # rejected: unknown option (written to the log)
sed -i '/BogusOption/d' $W/sshd_config
TZ=UTC /usr/sbin/sshd -D -E $W/sshd.log -f $W/sshd_config & P=$!; sleep 1
SSH="ssh -p 5414 -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o ConnectTimeout=3"
$SSH root@127.0.0.1 true 2>/dev/null
$SSH nosuchuser@127.0.0.1 true 2>/dev/null
$SSH "jürgen"@127.0.0.1 true 2>/dev/null
$SSH deploy@127.0.0.1 true 2>/dev/null
printf 'GET / HTTP/1.0\r\n\r\n' | python3 $CORPUS/src/tcpsend.py 127.0.0.1 5414 1
printf 'SSH-1.5-OldClient\r\n' | python3 $CORPUS/src/tcpsend.py 127.0.0.1 5414 1
kill -HUP $P; sleep 1.5
$SSH root@127.0.0.1 true 2>/dev/null
kill -TERM $P; wait $P
cp $W/sshd.log $CORPUS/raw/sshd.log
