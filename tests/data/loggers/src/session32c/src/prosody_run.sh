#!/bin/bash
# Run inside `unshare -n`: Prosody 0.12.3 (Debian) as its systemd unit does (`prosody -F`, user prosody), Debian's
# prosody.cfg.lua with scratch paths (log files, data, pid), interfaces = 127.0.0.1 and a throwaway self-signed
# localhost certificate (Debian's certs/ is empty here: its ssl-cert snakeoil pair is not installed).
set -u
export TZ=UTC
W=/tmp/w32c/prosody
SRC=$(dirname "$(readlink -f "$0")")
ip link set lo up
rm -rf $W; mkdir -p $W/data $W/certs
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost -keyout $W/certs/localhost.key \
  -out $W/certs/localhost.crt > /dev/null 2>&1
chown -R prosody:prosody $W
RUN="setpriv --reuid=prosody --regid=prosody --init-groups prosody -F"
# run 1: bad config (unknown auth provider, a port that is not a number, an unknown option)
$RUN --config $SRC/prosody/prosody_bad.cfg.lua > $W/stdout1.txt 2>&1 & PID=$!
sleep 4; kill -TERM $PID 2>/dev/null; wait $PID
# an account with a random password (the data dir is removed at the end)
export XMPP_PW=$(head -c 12 /dev/urandom | base64 | tr -d '/+=')
printf '%s\n%s\n' "$XMPP_PW" "$XMPP_PW" | setpriv --reuid=prosody --regid=prosody --init-groups \
  prosodyctl --config $SRC/prosody/prosody.cfg.lua adduser anna@localhost > $W/adduser.txt 2>&1
# run 2: good
$RUN --config $SRC/prosody/prosody.cfg.lua > $W/stdout2.txt 2>&1 & PID=$!
sleep 3
python3 $SRC/prosody/xmpp_client.py > $W/client.txt 2>&1
kill -HUP $PID; sleep 2          # reload config, reopen logs
python3 $SRC/prosody/xmpp_client.py >> $W/client.txt 2>&1
kill -TERM $PID; wait $PID
echo "exit $?" >> $W/client.txt
rm -rf $W/data $W/certs/localhost.key
