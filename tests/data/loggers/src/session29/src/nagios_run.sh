#!/bin/sh
# Nagios Core 4.4.6 (Debian nagios4-core) in the foreground with src/nagios.cfg (paths under /tmp/w29/nagios,
# interval_length=1 so checks run every few seconds, use_syslog=0); two external commands; SIGTERM after ~40 s.
set -u
N=/tmp/w29/nagios; export TZ=UTC
rm -rf $N; mkdir -p $N/rw $N/spool $N/archives; touch $N/resource.cfg; chown -R nagios:nagios $N
/usr/sbin/nagios4 /tmp/w29/corpus/src/nagios.cfg > /tmp/w29/nagios_stdout.log 2>&1 &
P=$!
sleep 15
now=$(date +%s)
printf '[%s] PROCESS_SERVICE_CHECK_RESULT;server-köln;Platte;2;Platte voll — 99%% auf /daten/café\n' $now > $N/rw/nagios.cmd
printf '[%s] KEIN_BEFEHL;server-köln\n' $now > $N/rw/nagios.cmd
sleep 25
kill -TERM $P; wait $P
