"""journald: entries in the Journal Export Format (as apps hand them to journald) go through the real
systemd-journal-remote 252 into a journal file, which the real `journalctl -o json` prints as
../journald_json.jsonl. Run: python gen_journal.py (needs Debian's systemd-journal-remote)."""

import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from shop import payments

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "journald_json.jsonl")
PRIORITY = {"debug": 7, "info": 6, "warning": 4, "error": 3, "critical": 2}
TRACEBACK = (
    'payment failed for order 1234\nTraceback (most recent call last):\n  File "/srv/shop/payments.py", line 5,'
    ' in charge\nValueError: card declined for order 1234: "insufficient funds"'
)


def export(entries):
    out = bytearray()
    t0 = int(time.time() * 1e6)
    for i, fields in enumerate(entries, 1):
        head = {
            "__REALTIME_TIMESTAMP": str(t0 + i * 3217),
            "__MONOTONIC_TIMESTAMP": str(5_000_000 + i * 3217),
            "_BOOT_ID": "8f1d5b7c2e7a4c0b9a3b6f2d1e0c9b8a",
            "_MACHINE_ID": "2a4c6e8f0b1d3f5a7c9e1b3d5f7a9c1e",
            "_TRANSPORT": "journal",
            "_PID": str(4000 + i % 3),
        }
        for k, v in {**head, **fields}.items():
            b = v.encode() if isinstance(v, str) else v
            if b"\n" in b or any(c < 32 and c != 9 for c in b):
                out += k.encode() + b"\n" + struct.pack("<Q", len(b)) + b + b"\n"
            else:
                out += k.encode() + b"=" + b + b"\n"
        out += b"\n"
    return bytes(out)


def main():
    entries = []
    for sev, name in enumerate(["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"]):
        entries.append(
            {
                "MESSAGE": f"{name} level message",
                "PRIORITY": str(sev),
                "SYSLOG_IDENTIFIER": "shop-api",
                "_COMM": "shop-api",
                "_HOSTNAME": "web-1",
                "_SYSTEMD_UNIT": "shop-api.service",
            }
        )
    for i, (level, msg) in enumerate(payments.SCRIPT):
        entries.append(
            {
                "MESSAGE": msg,
                "PRIORITY": str(PRIORITY[level]),
                "SYSLOG_IDENTIFIER": "shop-api",
                "_COMM": "python3",
                "_HOSTNAME": "web-1",
                "_SYSTEMD_UNIT": "shop-api.service",
                "CODE_FILE": "/srv/shop/payments.py",
                "CODE_LINE": str(30 + i),
            }
        )
    entries.append(
        {
            "MESSAGE": TRACEBACK,
            "PRIORITY": "3",
            "SYSLOG_IDENTIFIER": "shop-api",
            "_COMM": "python3",
            "_HOSTNAME": "web-1",
        }
    )
    # A message with terminal colour codes: journalctl -o json prints it as an array of bytes.
    entries.append(
        {
            "MESSAGE": b"\x1b[32mready\x1b[0m to accept connections \x07",
            "PRIORITY": "6",
            "_COMM": "redis-server",
            "_HOSTNAME": "web-2",
            "_TRANSPORT": "stdout",
        }
    )
    # Kernel messages carry no SYSLOG_IDENTIFIER in some versions; this one does, with no PRIORITY field.
    entries.append(
        {
            "MESSAGE": "usb 1-1: new high-speed USB device number 2 using xhci_hcd",
            "SYSLOG_IDENTIFIER": "kernel",
            "_TRANSPORT": "kernel",
            "_HOSTNAME": "web-1",
        }
    )
    tmp = tempfile.mkdtemp()
    try:
        src = os.path.join(tmp, "entries.export")
        with open(src, "wb") as f:
            f.write(export(entries))
        subprocess.run(["/lib/systemd/systemd-journal-remote", f"--output={tmp}/remote.journal", src], check=True)
        with open(OUT, "wb") as f:
            subprocess.run(["journalctl", "--file", f"{tmp}/remote.journal", "-o", "json"], stdout=f, check=True)
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
