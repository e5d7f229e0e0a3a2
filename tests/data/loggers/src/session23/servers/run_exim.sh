#!/bin/bash
# Exim 4.96 (Debian exim4-daemon-light, its default generated config: local delivery only): -bdf on 127.0.0.1:5435 (-oX), SMTP sessions through
# Python's smtplib: a local delivery, an unknown local user, a relay attempt (denied), an SMTP protocol error, a message with a UTF-8 subject,
# a message to a remote domain queued with no route (offline), a queue run. Captures the lines this run adds to /var/log/exim4/mainlog.
set -u; : "${CORPUS:?}"; W=$CORPUS/work/exim; rm -rf $W; mkdir -p $W $CORPUS/raw
M=/var/log/exim4/mainlog; R=/var/log/exim4/rejectlog; mkdir -p /var/log/exim4; touch $M $R; chown -R Debian-exim:adm /var/log/exim4
m0=$(wc -l < $M); r0=$(wc -l < $R)
update-exim4.conf >/dev/null 2>&1
TZ=UTC exim4 -bdf -oX 5435 -oP $W/exim.pid > $W/stdout.txt 2>&1 & P=$!; sleep 1.5
python3 - <<'PY'
import smtplib, socket
from email.message import EmailMessage
def send(frm, to, subj, body):
    m = EmailMessage(); m["From"] = frm; m["To"] = to; m["Subject"] = subj; m.set_content(body)
    try:
        with smtplib.SMTP("127.0.0.1", 5435, local_hostname="client.shop.test", timeout=10) as s:
            s.send_message(m)
    except Exception as e:
        print("smtp:", e)
send("shop@localhost", "root@localhost", "Bestellung 42", "ok")
send("shop@localhost", "nosuchuser@localhost", "bounce me", "x")
send("spammer@198.51.100.7.test", "victim@example.org", "relay?", "x")
send("shop@localhost", "root@localhost", "Größenänderung für Artikel 7 – bestätigt", "Grüße")
s = socket.create_connection(("127.0.0.1", 5435)); s.recv(1000)
for c in (b"EHLO x\r\n", b"MAIL FROM:<>\r\n", b"DATA\r\n", b"FROBNICATE\r\n", b"QUIT\r\n"):
    s.sendall(c); s.recv(1000)
s.close()
PY
sleep 1; exim4 -qff >/dev/null 2>&1; sleep 1
kill -TERM $P; wait $P
exim4 -bp | awk 'NF >= 3 && $3 ~ /^[0-9A-Za-z]+-[0-9A-Za-z]+-[0-9A-Za-z]+$/ {print $3}' | xargs -r exim4 -Mrm >/dev/null 2>&1  # drop the frozen bounces
tail -n +$((m0+1)) $M > $CORPUS/raw/exim_mainlog.log   # (the rejectlog stays empty: nothing is rejected at RCPT time)
