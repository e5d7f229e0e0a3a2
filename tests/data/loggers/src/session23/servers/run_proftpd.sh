#!/bin/bash
# ProFTPD 1.3.8 (Debian proftpd-core): -n (foreground: it logs to stderr, as in a container), DebugLevel 3 (-d3); an unknown directive first (refused), then
# anonymous listing and download, a missing file, a failed and a good local login, an upload; SIGHUP (re-read config), SIGTERM.
set -u; : "${CORPUS:?}"; W=$CORPUS/work/proftpd; rm -rf $W; mkdir -p $W/anon/pub $CORPUS/raw
echo "Preisliste Köln" > $W/anon/pub/prices.txt; chown -R ftp:nogroup $W/anon 2>/dev/null || true
id ftpshop >/dev/null 2>&1 || useradd -M -d $W -s /bin/bash ftpshop; echo 'ftpshop:Sch0ko!' | chpasswd
cat > $W/proftpd.conf <<C
ServerName "Shop FTP"
ServerType standalone
DefaultAddress 127.0.0.1
Port 5481
PassivePorts 5482 5490
UseIPv6 off
User nobody
Group nogroup
PidFile $W/proftpd.pid
ScoreboardFile $W/proftpd.scoreboard
DelayTable none
WtmpLog off
SystemLog $W/proftpd.log
TransferLog $W/xferlog
AuthOrder mod_auth_unix.c
RequireValidShell off
FrobnicateLevel 3
<Anonymous $W/anon>
  User ftp
  Group nogroup
  UserAlias anonymous ftp
  <Limit WRITE>
    DenyAll
  </Limit>
</Anonymous>
C
TZ=UTC proftpd -n -c $W/proftpd.conf > $W/stderr.txt 2>&1     # refused: unknown directive
sed -i '/FrobnicateLevel/d' $W/proftpd.conf
TZ=UTC proftpd -n -d3 -c $W/proftpd.conf >> $W/stderr.txt 2>&1 & P=$!; sleep 1.5
curl -s ftp://127.0.0.1:5481/pub/ >/dev/null
curl -s ftp://127.0.0.1:5481/pub/prices.txt >/dev/null
curl -s ftp://127.0.0.1:5481/pub/missing.zip >/dev/null
curl -s -u ftpshop:wrong ftp://127.0.0.1:5481/ >/dev/null
curl -s -u nosuchuser:x ftp://127.0.0.1:5481/ >/dev/null
echo "Bestellung 42" | curl -s -u 'ftpshop:Sch0ko!' -T - ftp://127.0.0.1:5481/order-42.txt >/dev/null
kill -HUP $P; sleep 1; kill -TERM $P; wait $P
cp $W/stderr.txt $CORPUS/raw/proftpd.log   # with -n ProFTPD logs to stderr (SystemLog stays empty)
