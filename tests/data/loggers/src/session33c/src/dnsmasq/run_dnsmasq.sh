#!/bin/bash
# Run inside `unshare -n`: dnsmasq 2.90 (Debian dnsmasq-base) with src/dnsmasq/dnsmasq.conf, queried with dig.
# Run 1: a config error (exits). Run 2: the daemon; SIGUSR1 (cache statistics), SIGHUP (reload), SIGTERM.
export TZ=UTC
W=/tmp/w33c/work/dnsmasq
SRC=$(cd "$(dirname "$0")" && pwd)
rm -rf "$W"; mkdir -p "$W"; chown dnsmasq "$W" 2>/dev/null || chmod 777 "$W"
ip link set lo up
printf 'conf-file=%s/dnsmasq.conf\ncache-size=zehn\n' "$SRC" > "$W/bad.conf"
dnsmasq --conf-file="$W/bad.conf" > "$W/run1.out" 2>&1; echo "run1 rc=$?"
dnsmasq --conf-file="$SRC/dnsmasq.conf"; echo "start rc=$?"
sleep 1
D="dig +time=2 +tries=1 @127.0.0.1 -p 5353"
$D server1.lan > /dev/null
$D drucker.lan > /dev/null
$D mail.xn--kln-sna.example > /dev/null
$D www.xn--kln-sna.example > /dev/null
$D xn--kln-sna.example TXT > /dev/null
$D xn--kln-sna.example MX > /dev/null
$D ads.werbung.example > /dev/null
$D ads.werbung.example AAAA > /dev/null
$D -x 192.168.1.20 > /dev/null
$D -x 192.0.2.10 > /dev/null
$D einzelname > /dev/null
$D www.debian.org > /dev/null
$D wiki.intern.example > /dev/null
$D server1.lan > /dev/null
$D server1.lan ANY > /dev/null
kill -USR1 "$(cat "$W/dnsmasq.pid")"; sleep 1
kill -HUP "$(cat "$W/dnsmasq.pid")"; sleep 1
$D server1.lan > /dev/null
kill -TERM "$(cat "$W/dnsmasq.pid")"; sleep 1
