#!/bin/bash
# Run inside `unshare -n`: ejabberd 23.01 (Debian) with Debian's ejabberd.yml (listeners on 127.0.0.1, a 2nd host).
set -u
export TZ=UTC
W=/tmp/w31a/ejabberd
SRC=$(dirname "$(readlink -f "$0")")
ip link set lo up
rm -rf $W/logs/* $W/spool/*
mkdir -p $W/conf $W/logs $W/spool
cp $SRC/ejabberd/ejabberd.yml $W/conf/ejabberd.yml
cp /etc/ejabberd/ejabberd.pem $W/conf/ejabberd.pem
cp $SRC/ejabberd/ejabberdctl.cfg $W/conf/
chown -R ejabberd:ejabberd $W
chmod 600 $W/conf/ejabberd.pem
export EJABBERD_CONFIG_PATH=$W/conf/ejabberd.yml LOGS_DIR=$W/logs SPOOL_DIR=$W/spool EJABBERD_PID_PATH=$W/ejabberd.pid
cp $SRC/ejabberd/ejabberdctl.cfg $W/conf/
E="ejabberdctl --ctl-config $W/conf/ejabberdctl.cfg --config $W/conf/ejabberd.yml --logs $W/logs --spool $W/spool"
$E foreground > $W/foreground.txt 2>&1 &
PID=$!
$E started > $W/ctl.txt 2>&1
PW=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
export XMPP_PW=$PW
$E register anna localhost "$PW" >> $W/ctl.txt 2>&1
$E register anna localhost "$PW" >> $W/ctl.txt 2>&1          # already registered
$E register "jürgen" "köln.example" "$PW" >> $W/ctl.txt 2>&1
python3 $SRC/ejabberd/xmpp_client.py anna localhost XMPP_PW >> $W/client.txt 2>&1
python3 $SRC/ejabberd/xmpp_client.py anna localhost falsch-geraten >> $W/client.txt 2>&1
python3 $SRC/ejabberd/xmpp_client.py "jürgen" "köln.example" XMPP_PW >> $W/client.txt 2>&1
python3 $SRC/ejabberd/xmpp_client.py gast nirgendwo.invalid x >> $W/client.txt 2>&1
printf 'GET / HTTP/1.0\r\n\r\n' | timeout 3 nc 127.0.0.1 5222 >> $W/client.txt 2>&1
printf '\x10\x05kaputt' | timeout 3 nc 127.0.0.1 1883 >> $W/client.txt 2>&1
$E unregister niemand localhost >> $W/ctl.txt 2>&1
# a reload with a bad option value (refused), then the good file again
sed -i 's/^loglevel: info/loglevel: info\nshaper_rules:\n  max_user_sessions: zehn\nmax_fsm_queue: viele/' $W/conf/ejabberd.yml
$E reload_config >> $W/ctl.txt 2>&1
cp $SRC/ejabberd/ejabberd.yml $W/conf/ejabberd.yml
$E reload_config >> $W/ctl.txt 2>&1
$E gibt_es_nicht >> $W/ctl.txt 2>&1
sleep 2
$E stop >> $W/ctl.txt 2>&1
$E stopped >> $W/ctl.txt 2>&1
wait $PID
echo "exit $?" >> $W/ctl.txt
unset XMPP_PW PW
