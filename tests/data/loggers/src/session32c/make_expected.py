#!/usr/bin/env python3
"""Write <name>.expected.jsonl for every log of corpus 32c, one small regex reader per layout.

Standard library only; written from each daemon's observed output and documented format, independent of any
parser. Conventions: tests/data/loggers/README.md. A line that does not match its layout's header continues
the record before it (no record of its own). Run in the folder holding the logs: each expected file is written
next to its log. `--check` only compares with the files there.
"""
import datetime
import json
import re
import sys

YEAR = 2026
MONTHS = {m: i for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}


def iso(y, mo, d, h, mi, s, frac=""):
    ms = (frac + "000")[:3] if frac else "000"
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}T{int(h):02d}:{int(mi):02d}:{int(s):02d}.{ms}Z"


def epoch_iso(sec, frac):
    """Unix seconds + decimal fraction -> ISO 8601 UTC, milliseconds truncated."""
    t = datetime.datetime.fromtimestamp(int(sec), tz=datetime.UTC)
    return iso(t.year, t.month, t.day, t.hour, t.minute, t.second, frac)


def rec(line, time, level, service, host, message):
    return {"line": line, "time": time, "level": level, "service": service, "host": host, "message": message}


def read(name):
    with open(name, encoding="utf-8", newline="") as f:
        text = f.read()
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def by_header(name, regex, build):
    """Records = lines matching regex; other lines continue the record above."""
    out = []
    for n, line in enumerate(read(name), 1):
        m = regex.match(line)
        if m:
            out.append(build(n, m))
    return out


# --- ngIRCd 26 console log (-n): "[pid:syslog-level uptime-seconds] message". No wall-clock time.
# "[13404:3   12] Got invalid OPER from ..." (the level is the syslog priority number, the last field the
# seconds since start, right-aligned in 4 columns).
NGIRCD = re.compile(r"^\[(\d+):(\d) +(\d+)\] (.*)$")
SYSLOG_NUM = {"0": "FATAL", "1": "FATAL", "2": "FATAL", "3": "ERROR", "4": "WARN", "5": "INFO", "6": "INFO",
              "7": "DEBUG"}


def ngircd(n, m):
    _pid, level, _uptime, msg = m.groups()
    return rec(n, None, SYSLOG_NUM[level], None, None, msg)


# --- InspIRCd 3 file log (<log method="file">): "Fri Dec 04 2026 13:53:16 TYPE: message", TYPE = the log type
# (HEADER, SOCKET, MODULE, STARTUP, CONNECT, QUIT, ANNOUNCEMENT, CONFIG, core_dns, ...). No level.
INSPIRCD = re.compile(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\w{3}) (\d\d) (\d{4}) (\d\d):(\d\d):(\d\d) ([^:\s]+): (.*)$")


def inspircd(n, m):
    mon, d, y, h, mi, s, typ, msg = m.groups()
    return rec(n, iso(y, MONTHS[mon], d, h, mi, s), None, typ, None, msg)


# --- header-less text (dnsdist 1.7 `--supervised --disable-syslog` stdout, ISC dhcpd `-d` stderr): every line
# that starts with a non-blank character is a record; indented and blank lines continue the record above.
PLAIN = re.compile(r"^(\S.*)$")


def plain(n, m):
    return rec(n, None, None, None, None, m.group(1))


# --- Murmur 1.3 log file: "<W>2026-12-04 13:54:05.006 1 => Server listening on 127.0.0.1:64738"
# letter: D debug, W QtWarningMsg, C QtCriticalMsg, F QtFatalMsg, X anything else (QtInfoMsg).
MURMUR = re.compile(r"^<([DWCFX])>(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{3}) (.*)$")
MURMUR_LEVELS = {"D": "DEBUG", "X": "INFO", "W": "WARN", "C": "FATAL", "F": "FATAL"}


def murmur(n, m):
    level, y, mo, d, h, mi, s, ms, msg = m.groups()
    return rec(n, iso(y, mo, d, h, mi, s, ms), MURMUR_LEVELS[level], None, None, msg)


# --- Apache Traffic Server 9 diags.log / manager.log:
# "[Dec  4 13:56:38.178] traffic_server NOTE: text" or "[Dec  4 13:56:38.230] [ET_NET 1] WARNING: text"
# (the program name, or the name of the thread that logged). No year.
ATS = re.compile(r"^\[(\w{3}) ([ \d]\d) (\d\d):(\d\d):(\d\d)\.(\d{3})\] (?:\[([^\]]+)\]|(\S+)) "
                 r"(DIAG|DEBUG|STATUS|NOTE|WARNING|ERROR|FATAL|ALERT|EMERGENCY): (.*)$")
ATS_LEVELS = {"DIAG": "DEBUG", "DEBUG": "DEBUG", "STATUS": "INFO", "NOTE": "INFO", "WARNING": "WARN",
              "ERROR": "ERROR", "FATAL": "FATAL", "ALERT": "FATAL", "EMERGENCY": "FATAL"}


def ats(n, m):
    mon, d, h, mi, s, ms, thread, prog, level, msg = m.groups()
    return rec(n, iso(YEAR, MONTHS[mon], d.strip(), h, mi, s, ms), ATS_LEVELS[level], prog or thread, None, msg)


# --- Apache Traffic Server 9 error.log (the built-in error log): "20261204.13h56m55s CONNECT: attempt fail ..."
ATS_ERROR = re.compile(r"^(\d{4})(\d\d)(\d\d)\.(\d\d)h(\d\d)m(\d\d)s (.*)$")


def ats_error(n, m):
    y, mo, d, h, mi, s, msg = m.groups()
    return rec(n, iso(y, mo, d, h, mi, s), None, None, None, msg)


# --- Dovecot 2.3 log_path file, default log_timestamp "%b %d %H:%M:%S ":
# "Dec 04 13:58:20 imap(anna)<28403><2Ja2RM9hRIZ/AAAB>: Info: Disconnected: ..." / "Dec 04 13:58:12 master: Error: ..."
DOVECOT = re.compile(r"^(\w{3}) (\d\d) (\d\d):(\d\d):(\d\d) ([\w-]+)(?:\([^)]*\))?((?:<[^>]*>)*): "
                     r"(Debug|Info|Warning|Error|Fatal|Panic): (.*)$")
DOVECOT_LEVELS = {"Debug": "DEBUG", "Info": "INFO", "Warning": "WARN", "Error": "ERROR", "Fatal": "FATAL",
                  "Panic": "FATAL"}


def dovecot(n, m):
    mon, d, h, mi, s, service, _ids, level, msg = m.groups()
    return rec(n, iso(YEAR, MONTHS[mon], d, h, mi, s), DOVECOT_LEVELS[level], service, None, msg)


# --- Prosody 0.12 file log: "Dec 04 14:00:43 c2s55ae14ec1670\tinfo\tClient connected" (tab-separated source,
# level, message).
PROSODY = re.compile(r"^(\w{3}) (\d\d) (\d\d):(\d\d):(\d\d) ([^\t]+)\t(debug|info|warn|error)\t(.*)$")
PROSODY_LEVELS = {"debug": "DEBUG", "info": "INFO", "warn": "WARN", "error": "ERROR"}


def prosody(n, m):
    mon, d, h, mi, s, source, level, msg = m.groups()
    return rec(n, iso(YEAR, MONTHS[mon], d, h, mi, s), PROSODY_LEVELS[level], source, None, msg)


# --- hostapd / wpa_supplicant 2.10 stdout with -t: "1796393008.454242: veth0: CTRL-EVENT-EAP-STARTED ..."
# (Unix seconds with microseconds). hostapd_logger lines carry a second timestamp of their own
# ("1796393008.455356: 1796393008.455356: veth0: STA ..."): it is part of the message as written.
WPA = re.compile(r"^(\d{9,})\.(\d{6}): (.*)$")


def wpa(n, m):
    sec, frac, msg = m.groups()
    return rec(n, epoch_iso(sec, frac), None, None, None, msg)


FILES = {
    "ngircd.log": lambda f: by_header(f, NGIRCD, ngircd),
    "inspircd.log": lambda f: by_header(f, INSPIRCD, inspircd),
    "dnsdist.log": lambda f: by_header(f, PLAIN, plain),
    "mumble_server.log": lambda f: by_header(f, MURMUR, murmur),
    "trafficserver_diags.log": lambda f: by_header(f, ATS, ats),
    "trafficserver_manager.log": lambda f: by_header(f, ATS, ats),
    "trafficserver_error.log": lambda f: by_header(f, ATS_ERROR, ats_error),
    "dovecot.log": lambda f: by_header(f, DOVECOT, dovecot),
    "prosody.log": lambda f: by_header(f, PROSODY, prosody),
    "dhcpd.log": lambda f: by_header(f, PLAIN, plain),
    "hostapd.log": lambda f: by_header(f, WPA, wpa),
    "wpa_supplicant.log": lambda f: by_header(f, WPA, wpa),
}


def render(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


if __name__ == "__main__":
    check = "--check" in sys.argv[1:]
    bad = 0
    for name, reader in FILES.items():
        records = reader(name)
        text = render(records)
        target = name.rsplit(".", 1)[0] + ".expected.jsonl"
        if check:
            try:
                with open(target, encoding="utf-8") as f:
                    same = f.read() == text
            except FileNotFoundError:
                same = False
            bad += not same
            print(f"{target}: {'same' if same else 'DIFFERS'}")
        else:
            with open(target, "w", encoding="utf-8") as f:
                f.write(text)
            print(f"{name}: {len(read(name))} lines, {len(records)} records")
    sys.exit(1 if bad else 0)
