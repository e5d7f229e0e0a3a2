"""Entries in Journal Export Format -> real systemd-journal-remote 252 -> journal file -> real journalctl -o MODE."""
import struct, subprocess, sys, os
T0 = 1796198400_000000 + 123456  # 2026-12-02T08:00:00.123456Z
E = [
 # (ident, comm, pid, prio, message, extra)
 ("systemd", "systemd", 1, 6, "Starting ssh.service - OpenBSD Secure Shell server...", {}),
 ("sshd", "sshd", 812, 6, "Server listening on 0.0.0.0 port 22.", {}),
 ("sshd", "sshd", 812, 6, "Server listening on :: port 22.", {}),
 ("systemd", "systemd", 1, 6, "Started ssh.service - OpenBSD Secure Shell server.", {}),
 ("sshd", "sshd", 2231, 6, "Invalid user admin from 203.0.113.45 port 51234", {}),
 ("sshd", "sshd", 2231, 6, "pam_unix(sshd:auth): check pass; user unknown", {"SYSLOG_FACILITY": "10"}),
 ("sshd", "sshd", 2231, 6, "Failed password for invalid user admin from 203.0.113.45 port 51234 ssh2", {"SYSLOG_FACILITY": "10"}),
 ("sshd", "sshd", 2231, 6, "Connection closed by invalid user admin 203.0.113.45 port 51234 [preauth]", {"SYSLOG_FACILITY": "10"}),
 ("sshd", "sshd", 2240, 3, "error: kex_exchange_identification: Connection closed by remote host", {}),
 ("sshd", "sshd", 2245, 6, "Accepted publickey for deploy from 198.51.100.7 port 40022 ssh2: ED25519 SHA256:Qm9vR2xlT3JkZXIxMjM0NTY3ODkwYWJjZGVm", {"SYSLOG_FACILITY": "10"}),
 ("sshd", "sshd", 2245, 6, "pam_unix(sshd:session): session opened for user deploy(uid=1001) by (uid=0)", {"SYSLOG_FACILITY": "10"}),
 ("systemd-logind", "systemd-logind", 402, 6, "New session 17 of user deploy.", {}),
 ("sudo", "sudo", 2290, 5, "  deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/systemctl restart shop-api", {"SYSLOG_FACILITY": "10"}),
 ("shop-api", "python3", 2301, 4, "order 1234 payment slow: \"card-gateway\" took 2503 ms — retrying", {}),
 ("shop-api", "python3", 2301, 3, "payment failed for order 1234\nTraceback (most recent call last):\n  File \"/srv/shop/payments.py\", line 5, in charge\nValueError: card declined", {}),
 ("CRON", "cron", 2310, 6, "pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)", {"SYSLOG_FACILITY": "10"}),
 ("CRON", "cron", 2311, 6, "(root) CMD (/usr/local/bin/backup.sh --db orders >/dev/null 2>&1)", {"SYSLOG_FACILITY": "9"}),
 ("kernel", None, None, 4, "TCP: request_sock_TCP: Possible SYN flooding on port 22. Sending cookies.  Check SNMP counters.", {"_TRANSPORT": "kernel"}),
 ("sshd", "sshd", 2245, 7, "debug1: channel 0: free: client-session, nchannels 1", {}),
 ("sshd", "sshd", 2245, 6, "Received disconnect from 198.51.100.7 port 40022:11: disconnected by user", {}),
 ("sshd", "sshd", 2245, 6, "pam_unix(sshd:session): session closed for user deploy", {"SYSLOG_FACILITY": "10"}),
 ("systemd", "systemd", 1, 5, "session-17.scope: Deactivated successfully.", {}),
 ("sshd", "sshd", 2350, 2, "fatal: mm_answer_sign: sign: error in libcrypto", {}),
 ("systemd", "systemd", 1, 3, "shop-api.service: Main process exited, code=exited, status=1/FAILURE", {}),
 ("systemd", "systemd", 1, 4, "shop-api.service: Failed with result 'exit-code'.", {}),
]
def export():
    out = bytearray()
    for i, (ident, comm, pid, prio, msg, extra) in enumerate(E):
        f = {"__REALTIME_TIMESTAMP": str(T0 + i * 1_234_567), "__MONOTONIC_TIMESTAMP": str(9_000_000 + i * 1_234_567),
             "_BOOT_ID": "8f1d5b7c2e7a4c0b9a3b6f2d1e0c9b8a", "_MACHINE_ID": "2a4c6e8f0b1d3f5a7c9e1b3d5f7a9c1e",
             "_HOSTNAME": "web-1", "_TRANSPORT": "syslog", "PRIORITY": str(prio), "SYSLOG_IDENTIFIER": ident, "MESSAGE": msg}
        if comm: f["_COMM"] = comm
        if pid: f["_PID"] = str(pid); f["SYSLOG_PID"] = str(pid)
        f.update(extra)
        for k, v in f.items():
            b = v.encode()
            if b"\n" in b:
                out += k.encode() + b"\n" + struct.pack("<Q", len(b)) + b + b"\n"
            else:
                out += k.encode() + b"=" + b + b"\n"
        out += b"\n"
    return bytes(out)
open("entries.export", "wb").write(export())
if os.path.exists("remote.journal"): os.remove("remote.journal")
subprocess.run(["/lib/systemd/systemd-journal-remote", "--output=remote.journal", "entries.export"], check=True)
for mode, name in [("short", "journalctl_short.log"), ("short-iso", "journalctl_short_iso.log"), ("short-precise", "journalctl_short_precise.log"), ("short-iso-precise", "journalctl_short_iso_precise.log")]:
    with open(os.path.join("..", name), "wb") as fh:
        subprocess.run(["journalctl", "--file", "remote.journal", "-o", mode, "--no-pager"], stdout=fh, check=True, env={**os.environ, "TZ": "UTC", "SYSTEMD_COLORS": "0"})
