"""Write <name>.expected.jsonl for each <name>.log here: one small reader per tool layout.

Independent of logmr: each reader is a regex for that tool's documented/observed header.
A line that does not start a record (the reader's regex does not match) continues the
record before it and makes no record. Messages are compared after rstrip by the checker;
here they are written as they appear after the header's separator.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
MONTHS = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}
YEAR = 2026
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def iso(y, mo, d, h, mi, s, ms=0):
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}T{int(h):02d}:{int(mi):02d}:{int(s):02d}.{int(ms):03d}Z"


def iso_epoch(text: str) -> str:
    """'1796309950.821' -> ISO, truncated to ms, without float rounding."""
    whole, _, frac = text.partition(".")
    t = datetime.fromtimestamp(int(whole), tz=timezone.utc)
    ms = (frac + "000")[:3]
    return iso(t.year, t.month, t.day, t.hour, t.minute, t.second, ms)


def level_of(word: str | None) -> str | None:
    if word is None:
        return None
    w = word.strip().upper()
    table = {
        "TRACE": "DEBUG", "DEBUG": "DEBUG", "DEB": "DEBUG", "LOG": "DEBUG", "MEMDUMP": "DEBUG",
        "INFO": "INFO", "INF": "INFO", "NOTICE": "INFO",
        "WARN": "WARN", "WARNING": "WARN", "WARNI": "WARN", "WAR": "WARN", "FIXME": "WARN",
        "ERROR": "ERROR", "ERR": "ERROR",
        "CRITICAL": "FATAL", "CRITI": "FATAL", "CRI": "FATAL", "ALERT": "FATAL", "EMERG": "FATAL",
        "EMERGENCY": "FATAL", "FATAL": "FATAL", "PANIC": "FATAL",
    }
    return table[w]


def rec(line, time=None, level=None, service=None, host=None, message=""):
    return {"line": line, "time": time, "level": level, "service": service, "host": host, "message": message}


# --- one reader per file: each takes (lineno, text) and returns a record or None ---

HAPROXY = re.compile(r"^\[(NOTICE|WARNING|ALERT|EMERG|DEBUG|INFO)\]\s+\((\d+)\) : (.*)$")


def haproxy(n, t):
    m = HAPROXY.match(t)
    if m:
        return rec(n, level=level_of(m[1]), message=m[3])


DOVECOT = re.compile(r"^([A-Z][a-z]{2}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) (.+?): (Debug|Info|Warning|Error|Fatal|Panic): (.*)$")


def dovecot(n, t):
    m = DOVECOT.match(t)
    if m:
        service = re.match(r"[^(<]+", m[6])[0]  # imap(alice)<pid><session> -> imap
        return rec(n, iso(YEAR, MONTHS[m[1]], m[2], m[3], m[4], m[5]), level_of(m[7]), service, None, m[8])


LIBVIRT = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})\.(\d{3})\+0000: (\d+): (debug|info|warning|error) : (.*)$"
)


def libvirt(n, t):
    m = LIBVIRT.match(t)
    if m:
        rest = m[10]
        fm = re.match(r"^(\w+):(\d+) : (.*)$", rest)  # function:line : message
        msg = fm[3] if fm else rest
        return rec(n, iso(*m.groups()[:7]), level_of(m[9]), None, None, msg)


GST = re.compile(
    r"^(\d+):(\d{2}):(\d{2})\.(\d{9})\s+(\d+)\s+(0x[0-9a-f]+)\s+(ERROR|WARN|FIXME|INFO|DEBUG|LOG|TRACE|MEMDUMP)\s+"
    r"(\S+) ([^:\s]+):(\d+):([^:\s]*):(<[^>]*>)? (.*)$"
)


def gstreamer(n, t):
    m = GST.match(ANSI.sub("", t))
    if m:  # time is the running time since gst_init: no instant
        return rec(n, None, level_of(m[7]), m[8], None, m[13])


CERTBOT = re.compile(r"^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}),(\d{3}):(DEBUG|INFO|WARNING|ERROR|CRITICAL):([^:]+):(.*)$")


def certbot(n, t):
    m = CERTBOT.match(t)
    if m:
        return rec(n, iso(*m.groups()[:7]), level_of(m[8]), m[9], None, m[10])


SQLA = re.compile(r"^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}),(\d{3}) (DEBUG|INFO|WARNING|ERROR|CRITICAL) (\S+) ?(.*)$")


def sqlalchemy(n, t):
    m = SQLA.match(t)
    if m:
        return rec(n, iso(*m.groups()[:7]), level_of(m[8]), m[9], None, m[10])


ALEMBIC = re.compile(r"^(DEBUG|INFO|WARNI|ERROR|CRITI)\s+\[([^\]]+)\] (.*)$")


def alembic(n, t):
    m = ALEMBIC.match(t)
    if m:
        return rec(n, None, level_of(m[1]), m[2], None, m[3])


PARAMIKO = re.compile(r"^(DEB|INF|WAR|ERR|CRI) \[(\d{4})(\d{2})(\d{2})-(\d{2}):(\d{2}):(\d{2})\.(\d{3})\] thr=(\d+)\s+([^:\s]+): ?(.*)$")


def paramiko(n, t):
    m = PARAMIKO.match(t)
    if m:
        return rec(n, iso(*m.groups()[1:8]), level_of(m[1]), m[10], None, m[11])


ZABBIX = re.compile(r"^\s*(\d+):(\d{4})(\d{2})(\d{2}):(\d{2})(\d{2})(\d{2})\.(\d{3}) (.*)$")


def zabbix(n, t):
    m = ZABBIX.match(t)
    if m:
        return rec(n, iso(*m.groups()[1:8]), None, None, None, m[9])


PDNS = re.compile(r"^([A-Z][a-z]{2}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) (.*)$")
KV = re.compile(r'(\w+)="((?:[^"\\]|\\.)*)"')
PRIO = {"Debug": "DEBUG", "Info": "INFO", "Notice": "INFO", "Warning": "WARN", "Error": "ERROR",
        "Critical": "FATAL", "Alert": "FATAL", "Emergency": "FATAL"}


def pdns(n, t):
    m = PDNS.match(t)
    if not m:
        return None
    rest = m[6]
    header_time = iso(YEAR, MONTHS[m[1]], m[2], m[3], m[4], m[5])
    if not rest.startswith('msg="'):  # the startup banner: plain text
        return rec(n, header_time, None, None, None, rest)
    kv = {k: re.sub(r"\\(.)", r"\1", v) for k, v in KV.findall(rest)}
    time = iso_epoch(kv["ts"]) if "ts" in kv else header_time  # ts carries the milliseconds
    return rec(n, time, PRIO.get(kv.get("prio")), kv.get("subsystem"), None, kv["msg"])


READERS = {
    "haproxy_stderr": haproxy,
    "dovecot": dovecot,
    "libvirt": libvirt,
    "gstreamer_debug": gstreamer,
    "certbot": certbot,
    "sqlalchemy_echo": sqlalchemy,
    "alembic": alembic,
    "paramiko": paramiko,
    "zabbix_agentd": zabbix,
    "pdns_recursor": pdns,
}


def main():
    for name, reader in READERS.items():
        text = (HERE / f"{name}.log").read_text(encoding="utf-8")
        records = []
        for n, line in enumerate(text.split("\n"), 1):
            if n == 1 and not line:
                continue
            r = reader(n, line)
            if r is not None:
                records.append(r)
            elif not records and line.strip():
                raise SystemExit(f"{name}.log:{n}: first line is no record: {line!r}")
        with open(HERE / f"{name}.expected.jsonl", "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{name}: {len(records)} records")


if __name__ == "__main__":
    main()
