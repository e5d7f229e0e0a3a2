"""Test SMTP sink on 127.0.0.1:10025 for the amavis run: accepts mail, rejects one recipient."""
import asyncore
import smtpd
import sys


class Sink(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kw):
        if any("abgelehnt" in r for r in rcpttos):
            return "550 5.1.1 user unknown"
        sys.stdout.write(f"sink: {mailfrom} -> {rcpttos} ({len(data)} bytes)\n")
        sys.stdout.flush()
        return None


Sink(("127.0.0.1", 10025), None, decode_data=False)
asyncore.loop()
