#!/bin/bash
# Run inside `unshare -n -m`: Dovecot 2.3.19.1 (Debian dovecot-core + dovecot-imapd) as its systemd unit does
# (`dovecot -F`), Debian's config + src/dovecot/dovecot.conf overrides (log_path = a file instead of syslog).
set -u
export TZ=UTC
W=/tmp/w32c/dovecot
SRC=$(dirname "$(readlink -f "$0")")
ip link set lo up
rm -rf $W; mkdir -p $W/run $W/state $W/mail $W/private; chown nobody:nogroup $W/mail
# Debian's 10-ssl.conf reads /etc/dovecot/private/dovecot.{pem,key} (links to the ssl-cert snakeoil pair, not
# installed here): a throwaway self-signed pair in a private bind mount instead
mount --make-rprivate /
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost -keyout $W/private/dovecot.key \
  -out $W/private/dovecot.pem > /dev/null 2>&1
mount --bind $W/private /etc/dovecot/private
export IMAP_PW=$(head -c 12 /dev/urandom | base64 | tr -d '/+=')
echo "anna:{PLAIN}$IMAP_PW" > $W/users; chmod 640 $W/users; chgrp dovecot $W/users
# run 1: bad listen address (not on this host) and a mail_location that cannot be made
dovecot -F -c $SRC/dovecot/dovecot_bad.conf > $W/stderr1.txt 2>&1 & PID=$!
sleep 3; kill -TERM $PID 2>/dev/null; wait $PID
# run 2: good
dovecot -F -c $SRC/dovecot/dovecot.conf > $W/stderr2.txt 2>&1 & PID=$!
sleep 3
python3 $SRC/dovecot/client.py > $W/client.txt 2>&1
doveadm -c $SRC/dovecot/dovecot.conf reload
sleep 2
python3 $SRC/dovecot/client.py >> $W/client.txt 2>&1
doveadm -c $SRC/dovecot/dovecot.conf stop
wait $PID
echo "exit $?" >> $W/client.txt
rm -f $W/users $W/private/dovecot.key    # the random password, the key
