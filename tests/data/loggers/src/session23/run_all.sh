#!/bin/bash
# Regenerates the whole corpus: every generator (times, pids and ids change), then the expected files and the cross-check.
# Needs (Debian 12, as root; servers bind 127.0.0.1 ports 5401-5499 only, nothing leaves the machine):
#   apt-get install --no-install-recommends fail2ban slapd ldap-utils exim4-daemon-light tinyproxy openssh-server tor knot pdns-server
#     pdns-backend-bind nats-server prometheus-alertmanager collectd-core transmission-daemon ntpsec freeradius freeradius-utils monit nsd
#     dropbear-bin clamav-daemon spamd coturn prosody bind9-dnsutils icinga2-bin icinga2-common monitoring-plugins-basic proftpd-core
#   vsftpd conflicts with proftpd-core (both provide ftp-server): run_vsftpd.sh runs only while vsftpd is installed (skipped otherwise).
#   a venv at $CORPUS/.venv: pip install absl-py colorlog rich logbook eliot daiquiri coloredlogs logzero sanic daphne locust huey cherrypy mkdocs
#   $CORPUS/node: npm install morgan express pino pino-pretty roarr @nestjs/common @nestjs/core reflect-metadata rxjs pm2 electron-log
#   Maven 3.8 with a local repository holding maven-resources 3.3.1, compiler 3.13.0, surefire 3.2.5 and junit-jupiter 5.10.2 (offline).
set -u
export CORPUS=${CORPUS:-$(cd "$(dirname "$0")/.." && pwd)}
S=$(cd "$(dirname "$0")" && pwd)
mkdir -p $CORPUS/raw
for s in nats knot nsd tinyproxy collectd monit dropbear sshd fail2ban tor pdns alertmanager slapd exim transmission ntpsec clamd \
         coturn prosody spamd icinga2 proftpd freeradius; do
  echo "== $s"; $S/servers/run_$s.sh
done
if command -v vsftpd >/dev/null; then echo "== vsftpd"; $S/servers/run_vsftpd.sh; else echo "== vsftpd not installed: raw/vsftpd*.log kept"; fi
export TZ=UTC
for l in absl colorlog rich logbook eliot daiquiri coloredlogs logzero; do
  if [ $l = absl ]; then $CORPUS/.venv/bin/python $S/py/gen_pylibs.py absl > $CORPUS/raw/absl.log 2>&1
  else $CORPUS/.venv/bin/python $S/py/gen_pylibs.py $l; fi
done
for s in sanic daphne cherrypy huey locust mkdocs; do echo "== $s"; $S/py/run_$s.sh; done
$S/node/run_node.sh; $S/node/run_pm2.sh
$S/java/run_maven.sh
$S/apt/run_apt.sh
python3 $S/make_expected.py && python3 $S/crosscheck.py
