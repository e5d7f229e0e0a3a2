#!/bin/bash
# Run inside `unshare -n`: an OpenSSH 9.2p1 sshd on 127.0.0.1:12222 (host key, authorized_keys in scratch), and
# the client with -vvv and -E (its debug log appended to a file): a key login running a command, a key the server
# does not know (BatchMode: no password prompt), a port nothing listens on, an unknown option in a config file.
set -u
export TZ=UTC
S=/tmp/w33a/scratch/ssh
rm -rf $S; mkdir -p $S; chmod 700 $S
ip link set lo up
ssh-keygen -q -t ed25519 -N '' -C 'wirt@köln' -f $S/host_key
ssh-keygen -q -t ed25519 -N '' -C 'kasse@köln' -f $S/kasse_key
ssh-keygen -q -t ed25519 -N '' -C 'fremd' -f $S/fremd_key
cp $S/kasse_key.pub $S/authorized_keys
mkdir -p /run/sshd
/usr/sbin/sshd -D -p 12222 -o ListenAddress=127.0.0.1 -h $S/host_key -o AuthorizedKeysFile=$S/authorized_keys \
    -o StrictModes=no -o PidFile=$S/sshd.pid -E $S/sshd.txt &
D=$!
sleep 1
O="-o UserKnownHostsFile=$S/known_hosts -o StrictHostKeyChecking=accept-new -o BatchMode=yes -o IdentitiesOnly=yes"
ssh -vvv -E $S/ssh_vvv.log $O -i $S/kasse_key -p 12222 root@127.0.0.1 'echo "Grüße aus Köln"' > $S/out.txt 2>&1
ssh -vvv -E $S/ssh_vvv.log $O -i $S/fremd_key -p 12222 root@127.0.0.1 true >> $S/out.txt 2>&1
ssh -vvv -E $S/ssh_vvv.log $O -i $S/kasse_key -p 12223 root@127.0.0.1 true >> $S/out.txt 2>&1
printf 'Host *\n    GibtsNicht ja\n' > $S/bad_config
ssh -vvv -E $S/ssh_vvv.log -F $S/bad_config -p 12222 root@127.0.0.1 true >> $S/out.txt 2>&1
kill -TERM $D; wait $D
exit 0
