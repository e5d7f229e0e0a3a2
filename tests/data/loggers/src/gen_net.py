"""Loggers that send over the network, captured on 127.0.0.1: util-linux `logger` (syslog RFC 3164 and
RFC 5424 over UDP) and graypy (GELF over UDP, zlib-compressed). Each datagram becomes one line of
../syslog_rfc3164.log, ../syslog_rfc5424.log and ../gelf_graypy.jsonl. Run with TZ=UTC."""

import logging
import os
import socket
import subprocess
import sys
import time
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from shop import payments

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SEVERITIES = ["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"]


class Capture:
    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.5)
        self.port = self.sock.getsockname()[1]
        self.packets = []

    def drain(self):
        while True:
            try:
                self.packets.append(self.sock.recv(65535))
            except TimeoutError:
                return self.packets


def syslog(kind, path):
    cap = Capture()
    base = ["logger", f"--{kind}", "-n", "127.0.0.1", "-P", str(cap.port), "-d", "-i"]
    if kind == "rfc5424":
        base += [
            "--msgid",
            "ORDER",
            "--sd-id",
            "order@32473",
            "--sd-param",
            'id="1234"',
            "--sd-param",
            'note="Zoë said \\"hi\\""',
        ]
    for sev in SEVERITIES:
        subprocess.run([*base, "-t", "shop-api", "-p", f"local0.{sev}", "--", f"{sev} level message"], check=True)
    for i, (level, msg) in enumerate(payments.SCRIPT):
        sev = {"warning": "warning", "critical": "crit", "error": "err"}.get(level, level)
        tag = "shop-api" if i % 2 else "kernel"
        subprocess.run([*base, "-t", tag, "-p", f"user.{sev}", "--", msg], check=True)
        time.sleep(0.003)
    with open(os.path.join(OUT, path), "wb") as f:
        for p in cap.drain():
            f.write(p.rstrip(b"\n") + b"\n")


def gelf(path):
    import graypy

    cap = Capture()
    log = logging.getLogger("shop.payments")
    log.setLevel(logging.DEBUG)
    h = graypy.GELFUDPHandler("127.0.0.1", cap.port, localname="web-1", facility="shop-api")
    log.addHandler(h)
    for i, (level, msg) in enumerate(payments.SCRIPT):
        log.log(getattr(logging, level.upper()), msg)
        if i == 4:
            try:
                payments.charge(1234)
            except ValueError:
                log.exception("payment failed for order 1234")
        time.sleep(0.003)
    with open(os.path.join(OUT, path), "wb") as f:
        for p in cap.drain():
            f.write(zlib.decompress(p) + b"\n")


if __name__ == "__main__":
    syslog("rfc3164", "syslog_rfc3164.log")
    syslog("rfc5424", "syslog_rfc5424.log")
    gelf("gelf_graypy.jsonl")
