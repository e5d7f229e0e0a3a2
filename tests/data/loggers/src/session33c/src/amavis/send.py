"""Send test mails to amavisd on 127.0.0.1:10024 (SMTP)."""
import smtplib
from email.message import EmailMessage

EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"


def msg(subject, body, sender="anna@example.net", to="bob@example.org", attach=None):
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m.set_content(body)
    if attach:
        name, data, ctype = attach
        maintype, subtype = ctype.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return m


def send(m, sender, rcpts):
    try:
        with smtplib.SMTP("127.0.0.1", 10024, timeout=30) as s:
            s.ehlo("mta.example.net")
            r = s.send_message(m, from_addr=sender, to_addrs=rcpts)
            print("ok", m["Subject"], r)
    except Exception as e:  # noqa: BLE001
        print("fail", m["Subject"], repr(e))


send(msg("Grüße aus Köln", "Hallo Bob,\nbis morgen in 東京.\n"), "anna@example.net", ["bob@example.org"])
send(msg("Rechnung", "siehe Anhang", attach=("rechnung.pdf.exe", b"MZ\x90\x00" + b"\x00" * 60, "application/octet-stream")),
     "billing@example.net", ["bob@example.org"])
send(msg("test", "eicar", attach=("eicar.com", EICAR.encode(), "application/octet-stream")), "x@example.net", ["bob@example.org"])
send(msg("Zwei Empfänger", "an zwei", to="bob@example.org, abgelehnt@example.org"), "anna@example.net",
     ["bob@example.org", "abgelehnt@example.org"])
send(msg("nach außen", "extern"), "bob@example.org", ["someone@example.com"])
send(msg("leer", ""), "", ["bob@example.org"])
