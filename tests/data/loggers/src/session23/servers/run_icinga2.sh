#!/bin/bash
# Icinga 2.13.6: `icinga2 daemon` in the foreground with a config of our own (mainlog to a file at debug... notice level), checks with the
# monitoring plugins: a good one, a CRITICAL one, one whose plugin does not exist; first a config validation that fails (an unknown attribute,
# an undefined check command), then a good start, `icinga2 daemon` reload by SIGHUP, SIGTERM.
set -u; : "${CORPUS:?}"; W=$CORPUS/work/icinga2; rm -rf $W; mkdir -p $W/{lib,cache,log,run,spool} $CORPUS/raw
chown -R nagios:nagios $W 2>/dev/null
cat > $W/icinga2.conf <<C
include <itl>
include <plugins>
const PluginDir = "/usr/lib/nagios/plugins"
const NodeName = "shop-mon-1"
object FileLogger "main-log" {
  severity = "notice"
  path = "$W/log/icinga2.log"
}
object CheckerComponent "checker" { }
object Host "shop-db-1" {
  address = "127.0.0.1"
  check_command = "dummy"
  vars.dummy_state = 0
  vars.dummy_text = "Datenbank läuft"
  check_interval = 2s
}
object Service "disk-free" {
  host_name = "shop-db-1"
  check_command = "dummy"
  vars.dummy_state = 2
  vars.dummy_text = "DISK CRITICAL - /var 97% used"
  check_interval = 2s
  retry_interval = 1s
  max_check_attempts = 2
}
object Service "api-http" {
  host_name = "shop-db-1"
  check_command = "http"
  vars.http_address = "127.0.0.1"
  vars.http_port = 5499
  check_interval = 2s
  retry_interval = 1s
}
object CheckCommand "gone" { command = [ PluginDir + "/check_nonexistent_plugin" ] }
object Service "legacy" {
  host_name = "shop-db-1"
  check_command = "gone"
  check_interval = 2s
  frobnicate = true
}
C
ARGS="-c $W/icinga2.conf -DConfigDir=$W -DDataDir=$W/lib -DLogDir=$W/log -DCacheDir=$W/cache -DSpoolDir=$W/spool -DInitRunDir=$W/run -DRunAsUser=nagios -DRunAsGroup=nagios"
TZ=UTC icinga2 daemon -C $ARGS > $W/validate.txt 2>&1     # fails: frobnicate is not an attribute of Service
sed -i '/frobnicate/d' $W/icinga2.conf
TZ=UTC icinga2 daemon $ARGS > $W/stdout.txt 2>&1 & P=$!; sleep 8
kill -HUP $P; sleep 6; kill -TERM $P; wait $P
cat $W/validate.txt $W/stdout.txt > $CORPUS/raw/icinga2_console.log
cp $W/log/icinga2.log $CORPUS/raw/icinga2_mainlog.log
