#!/bin/sh
# SSSD 2.8.2 with a files domain, debug_level 6, started as Debian's sssd.service does (sssd -i --logger=files)
set -x
export TZ=UTC
S=/tmp/w30/corpus/src
mkdir -p /tmp/w30/sssd
install -m 600 $S/sssd.conf /tmp/w30/sssd/sssd.conf
cp $S/sssd_passwd /tmp/w30/sssd/passwd; cp $S/sssd_group /tmp/w30/sssd/group
rm -f /var/log/sssd/*.log
sssd -i --logger=files -c /tmp/w30/sssd/sssd.conf &
SPID=$!
sleep 5
getent -s sss passwd juergen
getent -s sss passwd anna
getent -s sss passwd 2001
getent -s sss passwd nobody-here
getent -s sss passwd café
getent -s sss group kunden
getent -s sss passwd 日本
sleep 1
kill $SPID
sleep 3
ls -l /var/log/sssd
