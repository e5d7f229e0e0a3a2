#!/bin/bash
# rspamd 3.4 (Debian) with its stock /etc/rspamd config, paths redirected with --var, foreground (-f),
# local.d/logging.inc from src/rspamd_local (--var=LOCAL_CONFDIR) sets level = "notice"; inside a private network namespace (no DNS, no map downloads). Its own log file: $LOGDIR/rspamd.log.
export TZ=UTC LANG=C.UTF-8
R=/tmp/w30/rspamd
rm -rf $R; mkdir -p $R/log $R/db $R/run; chown -R _rspamd:_rspamd $R
ip link set lo up
rspamd -f -u _rspamd -g _rspamd --var=LOGDIR=$R/log --var=DBDIR=$R/db --var=RUNDIR=$R/run --var=LOCAL_CONFDIR=/tmp/w30/corpus/src/rspamd_local >$R/stdout.txt 2>&1 &
RPID=$!
for i in $(seq 60); do (echo > /dev/tcp/127.0.0.1/11333) 2>/dev/null && break; sleep 1; done
sleep 2
# rspamc cannot take non-ASCII options (glib option parsing, no setlocale): post the ham with curl and raw UTF-8 envelope headers
curl -s -H 'From: jürgen@café.example' -H 'Rcpt: anna@日本.example' -H 'IP: 127.0.0.1' --data-binary @/tmp/w30/corpus/src/rspamd_ham.eml http://127.0.0.1:11333/checkv2; echo
rspamc -h 127.0.0.1:11333 -t 20 symbols /tmp/w30/corpus/src/rspamd_spam.eml
rspamc -h 127.0.0.1:11333 -t 20 symbols /tmp/w30/corpus/src/does-not-exist.eml
echo "kein mail" | rspamc -h 127.0.0.1:11333 -t 20 symbols
rspamc -h 127.0.0.1:11334 -t 10 stat
sleep 1
kill $RPID; wait $RPID
