#!/bin/bash
# Exim 4.96 (exim4-daemon-light) in a private network namespace (unshare -n ./run.sh)
set -u
cd /tmp/w31c/exim
ip link set lo up
export TZ=UTC
rm -rf log spool mail; mkdir -p log spool mail
chown Debian-exim:Debian-exim log spool mail
chmod 644 exim.conf exim_bad.conf
X=/usr/sbin/exim4
# a broken configuration: refused at start
$X -C /tmp/w31c/exim/exim_bad.conf -bV > /dev/null 2> bad.err
$X -C /tmp/w31c/exim/exim.conf -bdf -q30m > daemon.out 2>&1 &
pid=$!
sleep 2
# a second daemon on the same port: bind fails
$X -C /tmp/w31c/exim/exim.conf -bdf > daemon2.out 2>&1
S="swaks --server 127.0.0.1 --port 2525 --helo client.koeln.example --silent 2"
$S --from jürgen@koeln.example --to anna@koeln.example --header 'Subject: Grüße aus Köln 日本' --body 'Hallo Anna'
$S --from spammer@example.net --to spam@koeln.example
$S --from spammer@example.net --to 'bad|pipe@koeln.example'
$S --from a@example.net --to someone@example.org
$S --from a@example.net --to voll@koeln.example
$S --from a@example.net --to niemand@koeln.example
$S --from werbung@example.net --to bernd@koeln.example --header 'Subject: Werbung: Sonderangebot für Köln' --body 'Kaufen!'
$S --from virus@example.net --to anna@koeln.example --to bernd@koeln.example --header 'X-Virus: Eicar-Test-Signature' --header "X-Lang: $(head -c 1200 /dev/zero | tr '\0' 'x')" --body 'X5O!P%@AP'
printf 'EHLO c\r\nMAIL FROM:<a@example.net>\r\nRCPT TO:<anna@koeln.example>\r\nDATA\r\nSubject: nie beendet\r\n\r\nabgebrochen\r\n' | timeout 3 nc -q1 127.0.0.1 2525 > /dev/null
printf 'GET / HTTP/1.1\r\nHost: x\r\n\r\n' | timeout 3 nc -q1 127.0.0.1 2525 > /dev/null
sleep 2
kill -TERM $pid
wait $pid
echo exit=$?
