#!/bin/bash
# Re-runs every tool of corpus 34a, writing the logs to /tmp/w34a/out (then copy the kept ones
# into the corpus folder and run make_expected.py). Debian 12, as root, TZ=UTC.
# Packages: apt-get install -y --no-install-recommends rsyslog cron anacron logrotate smartmontools
#   opendkim opendkim-tools miltertest opendmarc msmtp pure-ftpd varnish lsyncd rsnapshot rsync
#   gearman-job-server gearman-tools tgt xinetd avahi-daemon bacula-fd curl netcat-openbsd
# OpenSMTPD conflicts with the machine's MTA (Exim): its .deb is fetched with "apt-get download
# opensmtpd" and unpacked with "dpkg -x" into /tmp/w34a/debs/opensmtpd, not installed.
set -u
S=$(cd "$(dirname "$0")" && pwd)
OUT=/tmp/w34a/out
mkdir -p "$OUT" /tmp/w34a/run
export TZ=UTC
WS="$S/syslog/with_syslog.sh"     # private mount namespace + rsyslogd -n writing the given file

if [ ! -x /tmp/w34a/debs/opensmtpd/usr/sbin/smtpd ]; then
  mkdir -p /tmp/w34a/debs && (cd /tmp/w34a/debs && apt-get download opensmtpd && dpkg -x opensmtpd_*.deb opensmtpd)
fi

"$WS" "$OUT/cron_rsyslog.log" "$S/cron/scenario.sh" "$OUT"
"$WS" "$OUT/opendkim_rsyslog.log" "$S/milter/opendkim_scenario.sh"
sleep 6   # opendkim and opendmarc release their sockets a few seconds after SIGTERM
"$WS" "$OUT/opendmarc_rsyslog.log" "$S/milter/opendmarc_scenario.sh"
"$WS" "$OUT/pure_ftpd_rsyslog.log" "$S/ftp/pure_ftpd_scenario.sh"
"$S/logrotate/run_logrotate.sh" "$OUT"
"$S/smartd/run_smartd.sh" "$OUT"
"$WS" "$OUT/opensmtpd_ns_syslog.txt" "$S/mail/smtpd_scenario.sh" "$OUT" /tmp/w34a/debs/opensmtpd
"$S/gearman/run_gearmand.sh" "$OUT"
"$S/varnish/run_varnish.sh" "$OUT"
"$WS" "$OUT/tgtd_ns_syslog.txt" "$S/tgt/tgtd_scenario.sh" "$OUT/tgtd_debug.log" -f -d 1
"$S/rsnapshot/run_rsnapshot.sh" "$OUT"
"$S/lsyncd/run_lsyncd.sh" "$OUT"
"$S/xinetd/run_xinetd.sh" "$OUT"
"$WS" "$OUT/avahi_ns_syslog.txt" "$S/avahi/run_avahi.sh" "$OUT"
"$S/bacula/run_bacula_fd.sh" "$OUT"
echo "logs in $OUT"
