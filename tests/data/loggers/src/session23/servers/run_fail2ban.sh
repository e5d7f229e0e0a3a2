#!/bin/bash
# fail2ban 1.0.2: fail2ban-server -f -x with a copy of /etc/fail2ban; jail sshd (polling) on an auth.log we append sshd-style syslog lines to
# (failed logins from 192.0.2.x test addresses, banaction dummy: nothing touches the firewall), a jail with an unknown filter (skipped);
# fail2ban-client status / set loglevel / unban / reload / stop. Captures fail2ban's own log (logtarget = file).
set -u; : "${CORPUS:?}"; W=$CORPUS/work/fail2ban; rm -rf $W; mkdir -p $W/run $CORPUS/raw
cp -r /etc/fail2ban $W/etc; rm -f $W/etc/jail.d/*
cat > $W/etc/fail2ban.local <<C
[Definition]
loglevel = INFO
logtarget = $W/fail2ban.log
socket = $W/run/fail2ban.sock
pidfile = $W/run/fail2ban.pid
dbfile = $W/fail2ban.sqlite3
C
cat > $W/etc/jail.local <<C
[DEFAULT]
banaction = dummy
banaction_allports = dummy
backend = polling
maxretry = 3
findtime = 10m
bantime = 1h
ignoreip = 127.0.0.1/8
[sshd]
enabled = true
logpath = $W/auth.log
[shop-api]
enabled = true
filter = shop-api-nonexistent
logpath = $W/auth.log
C
touch $W/auth.log
F="fail2ban-client -c $W/etc -s $W/run/fail2ban.sock"
TZ=UTC fail2ban-server -f -x -c $W/etc -s $W/run/fail2ban.sock -p $W/run/fail2ban.pid > $W/stdout.txt 2>&1 & P=$!
sleep 2; $F start >> $W/stdout.txt 2>&1; sleep 3
pid=4242
for ip in 192.0.2.10 192.0.2.10 192.0.2.10 192.0.2.10 198.51.100.7 198.51.100.7 203.0.113.99; do
  pid=$((pid+1))
  echo "$(date -u '+%b %e %H:%M:%S') vm sshd[$pid]: Failed password for invalid user admin from $ip port $((40000+pid)) ssh2" >> $W/auth.log
  sleep 0.3
done
echo "$(date -u '+%b %e %H:%M:%S') vm sshd[4300]: Invalid user jürgen from 198.51.100.7 port 51000" >> $W/auth.log
sleep 3
$F status sshd >> $W/stdout.txt 2>&1
$F set loglevel DEBUG >> $W/stdout.txt 2>&1
echo "$(date -u '+%b %e %H:%M:%S') vm sshd[4301]: Failed password for root from 198.51.100.7 port 51001 ssh2" >> $W/auth.log
sleep 2.5
$F set loglevel INFO >> $W/stdout.txt 2>&1
$F set sshd unbanip 192.0.2.10 >> $W/stdout.txt 2>&1
$F reload >> $W/stdout.txt 2>&1; sleep 2
$F stop >> $W/stdout.txt 2>&1; wait $P
cp $W/fail2ban.log $CORPUS/raw/fail2ban.log
