#!/bin/bash
# Monit 5.33.0: -I (foreground), set logfile, 2 s cycles; a process check (running), a file check whose checksum changes, a port check on a closed port, a program check that fails; `monit reload`, then quit.
set -u; : "${CORPUS:?}"; W=$CORPUS/work/monit; rm -rf $W; mkdir -p $W $CORPUS/raw
echo "v1" > $W/app.conf
(exec sleep 60) & S=$!; echo $S > $W/sleeper.pid
cat > $W/monitrc <<C
set daemon 2
set logfile $W/monit.log
set pidfile $W/monit.pid
set idfile $W/monit.id
set statefile $W/monit.state
set httpd unixsocket $W/monit.sock
check process sleeper with pidfile $W/sleeper.pid
  if cpu > 90% for 2 cycles then alert
check file app_conf with path $W/app.conf
  if changed checksum then alert
check host shop-api with address 127.0.0.1
  if failed port 5499 protocol http for 1 cycles then alert
check program disk_quota with path "/bin/sh -c 'echo Kontingent überschritten: 97%; exit 2'"
  if status != 0 then alert
check file missing_cert with path /nonexistent/shop.pem
  if does not exist then alert
C
chmod 600 $W/monitrc
TZ=UTC monit -I -c $W/monitrc > $W/stdout.txt 2>&1 & P=$!; sleep 5
echo "v2" > $W/app.conf; sleep 3
TZ=UTC monit -c $W/monitrc reload >> $W/stdout.txt 2>&1; sleep 3
kill $S; sleep 3
TZ=UTC monit -c $W/monitrc quit >> $W/stdout.txt 2>&1; sleep 1; kill $P 2>/dev/null; wait $P
cp $W/monit.log $CORPUS/raw/monit.log
