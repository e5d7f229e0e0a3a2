#!/bin/bash
# Inside with_syslog.sh's namespace: OpenSMTPD (binaries extracted from Debian's opensmtpd .deb,
# which conflicts with the machine's Exim) runs as "smtpd -d" (foreground, log to
# stderr = opensmtpd_debug.log) while msmtp sends mail through it (msmtp.log). usage: OUTDIR DEBROOT
set -u
HERE=$(cd "$(dirname "$0")" && pwd); OUT=$1; DEB=$2
R=/tmp/w34a/run/smtpd; rm -rf "$R"; mkdir -p "$R/maildir"; chown nobody "$R/maildir"
# the package's users, in copies of passwd/group seen only inside this namespace
cp /etc/passwd /etc/group /etc/shadow "$R/"
echo 'opensmtpd:x:64001:64001::/var/lib/opensmtpd/empty:/usr/sbin/nologin' >> "$R/passwd"
echo 'opensmtpq:x:64002:64002::/var/lib/opensmtpd/empty:/usr/sbin/nologin' >> "$R/passwd"
printf 'opensmtpd:x:64001:\nopensmtpq:x:64002:\n' >> "$R/group"
printf 'opensmtpd:!:20000::::::\nopensmtpq:!:20000::::::\n' >> "$R/shadow"
for f in passwd group shadow; do mount --bind "$R/$f" "/etc/$f"; done
# the package's paths: /usr/libexec/opensmtpd, /var/spool/smtpd, /var/lib/opensmtpd/empty
mount -t tmpfs tmpfs /usr/libexec; mkdir /usr/libexec/opensmtpd
mount --bind "$DEB/usr/libexec/opensmtpd" /usr/libexec/opensmtpd
mount -t tmpfs tmpfs /var/spool; mkdir -m 711 /var/spool/smtpd
mount -t tmpfs tmpfs /var/lib; mkdir -p /var/lib/opensmtpd/empty
rm -f "$OUT/msmtp.log"
"$DEB/usr/sbin/smtpd" -d -f "$HERE/smtpd.conf" > "$OUT/opensmtpd_debug.log" 2>&1 &
P=$!
sleep 2
M="msmtp -C $HERE/msmtprc"
chmod 600 "$HERE/msmtprc"
$M -a shop orders@shop.example < "$HERE/mail1.eml"
printf 'Subject: stock\n\nC:\\shop\\orders\tlow\n' | $M -a shop stock@partner.example
printf 'Subject: hi\n\nhello\n' | $M -a shop "o'brien@example.org"
printf 'Subject: hi\n\nhello\n' | $M -a down orders@shop.example
printf 'Subject: invoice\n\npay\n' | $M -a authed orders@shop.example
printf 'Subject: tls\n\nsecret\n' | $M -a tls orders@shop.example
printf 'Subject: two\n\nboth\n' | $M -a shop orders@shop.example stock@partner.example
printf 'Subject: utf8\n\nCafé\n' | $M -a shop "zoë@shop.example"
printf 'To: orders@shop.example\nBcc: stock@partner.example\nSubject: headers\n\nread from the headers\n' | $M -a shop -t
$M -a shop -f "bob@example.org" orders@shop.example < "$HERE/mail1.eml"
printf 'EHLO test\r\nMAIL FROM:<bob@example.org>\r\nRCPT TO:<orders@shop.example>\r\nDATA\r\nSubject: raw\r\n\r\nbody\r\n.\r\nNOOP\r\nFOO bar\r\nQUIT\r\n' | nc -q 3 127.0.0.1 25734 > /dev/null
sleep 3
kill -TERM "$P"; wait "$P"
for f in passwd group shadow; do umount "/etc/$f"; done
