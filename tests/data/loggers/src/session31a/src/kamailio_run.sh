#!/bin/bash
# kamailio 5.6 in the foreground, logging to stderr (log_stderror=yes / -E), on 127.0.0.1:5060.
set -u
export TZ=UTC
W=/tmp/w31a/kamailio
SRC=$(dirname "$(readlink -f "$0")")
mkdir -p $W; rm -f $W/kamailio_raw.log $W/stdout.txt $W/kamailio_ctl $W/kamailio_rpc.*
cp $SRC/kamailio/kamailio.cfg $W/
# 1: a config with a typo: kamailio refuses to start
sed 's/sl_send_reply("200", "Keepalive");/sl_send_reply("200", "Keepalive")/' $W/kamailio.cfg > $W/kaputt.cfg
kamailio -DD -E -f $W/kaputt.cfg -P $W/kamailio.pid -Y $W 2>> $W/kamailio_raw.log >> $W/stdout.txt
# 2: the good config
kamailio -DD -E -f $W/kamailio.cfg -P $W/kamailio.pid -Y $W 2>> $W/kamailio_raw.log >> $W/stdout.txt &
PID=$!
sleep 3
python3 $SRC/kamailio/sip_client.py > $W/client.txt 2>&1
kamcmd -s unix:$W/kamailio_ctl core.uptime >> $W/client.txt 2>&1
kamcmd -s unix:$W/kamailio_ctl gibt.es.nicht >> $W/client.txt 2>&1
sleep 6
kill -TERM $PID
wait $PID
echo "exit $?" >> $W/client.txt
