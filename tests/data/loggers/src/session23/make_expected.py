"""Writes ${CORPUS}/out/NAME.{log,jsonl} (a copy of ${CORPUS}/raw/NAME) and NAME.expected.jsonl, one small reader per layout.

Written without reading any of logmr's code, from each tool's documentation and the output itself. Conventions: logmr's
tests/data/loggers/README.md (time UTC ISO with milliseconds truncated, null for none or a time of day only; no year -> 2026;
levels normalised; a multi-line record is one record whose message is its first line's message). Each reader says which lines
start a record; the lines that match no header continue the record above (they make no record of their own).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

CORPUS = Path(os.environ["CORPUS"])
RAW = CORPUS / "raw"
OUT = CORPUS / "out"
UTC = timezone.utc
YEAR = 2026
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def iso(dt: datetime | None) -> str | None:
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    dt = dt.astimezone(UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def p(s: str, fmt: str) -> str:
    return iso(datetime.strptime(s, fmt))


def epoch(x: float) -> str:
    return iso(datetime.fromtimestamp(0, UTC) + timedelta(microseconds=round(x * 1_000_000)))


def rec(line, time=None, level=None, service=None, host=None, message="", **http):
    r = {"line": line, "time": time, "level": level, "service": service, "host": host, "message": message}
    r.update(http)
    return r


def lines_of(name: str) -> list[str]:
    text = (RAW / name).read_bytes().decode("utf-8")  # not read_text: a lone \r (apt's progress output) is not a line end
    ls = text.split("\n")
    if ls and ls[-1] == "":
        ls.pop()  # the final newline (Maven's files end without one: their last line is kept)
    return ls


def by_header(name: str, header: re.Pattern, make, strip_ansi=False) -> list[dict]:
    """Lines that match `header` start a record (make(m, lineno) gives its fields); the others continue the last one."""
    out = []
    for i, text in enumerate(lines_of(name), 1):
        if strip_ansi:
            text = ANSI.sub("", text)
        m = header.match(text)
        if m:
            r = make(m, i)
            if r is not None:
                out.append(r)
    return out


def every_line(name: str, make) -> list[dict]:
    return [make(t, i) for i, t in enumerate(lines_of(name), 1)]


def num(s: str) -> int:
    return 0 if s == "-" else int(s)


def status(s: str):
    return None if s == "-" else int(s)


SYSLOG = {"debug": "DEBUG", "info": "INFO", "notice": "INFO", "warning": "WARN", "warn": "WARN", "error": "ERROR",
          "err": "ERROR", "critical": "FATAL", "crit": "FATAL", "alert": "FATAL", "emerg": "FATAL", "fatal": "FATAL"}
PY = {"DEBUG": "DEBUG", "INFO": "INFO", "WARNING": "WARN", "ERROR": "ERROR", "CRITICAL": "FATAL"}


# ------------------------------------------------------------------ servers (Debian packages)

def nats_server():
    lv = {"TRC": "DEBUG", "DBG": "DEBUG", "INF": "INFO", "WRN": "WARN", "ERR": "ERROR", "FTL": "FATAL"}
    h = re.compile(r"^\[(\d+)\] (\d{4}/\d\d/\d\d \d\d:\d\d:\d\d\.\d{6}) \[(TRC|DBG|INF|WRN|ERR|FTL)\] (.*)$")
    return by_header("nats_server.log", h, lambda m, i: rec(i, p(m[2], "%Y/%m/%d %H:%M:%S.%f"), lv[m[3]], None, None, m[4]))


def knot():
    h = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}) (debug|info|notice|warning|error|critical): (.*)$")
    return by_header("knot.log", h, lambda m, i: rec(i, p(m[1], "%Y-%m-%dT%H:%M:%S%z"), SYSLOG[m[2]], None, None, m[3]))


def nsd():
    h = re.compile(r"^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3})\] (nsd)\[(\d+)\]: (debug|info|notice|warning|error|critical): (.*)$")
    return by_header("nsd.log", h, lambda m, i: rec(i, p(m[1], "%Y-%m-%d %H:%M:%S.%f"), SYSLOG[m[4]], m[2], None, m[5]))


def tinyproxy():
    # tinyproxy's levels: CRITICAL ERROR WARNING NOTICE CONNECT INFO; CONNECT (connection events) sits between NOTICE and INFO
    lv = {"CRITICAL": "FATAL", "ERROR": "ERROR", "WARNING": "WARN", "NOTICE": "INFO", "CONNECT": "INFO", "INFO": "INFO"}
    h = re.compile(r"^(CRITICAL|ERROR|WARNING|NOTICE|CONNECT|INFO) +(\w{3} \d\d \d\d:\d\d:\d\d\.\d{3}) \[(\d+)\]: (.*)$")
    return by_header("tinyproxy.log", h, lambda m, i: rec(i, p(f"{YEAR} {m[2]}", "%Y %b %d %H:%M:%S.%f"), lv[m[1]], None, None, m[4]))


def collectd():
    h = re.compile(r"^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\] (?:\[(debug|info|notice|warning|error)\] )?(.*)$")
    return by_header("collectd.log", h, lambda m, i: rec(
        i, p(m[1], "%Y-%m-%d %H:%M:%S"), SYSLOG[m[2]] if m[2] else None, None, None, m[3]))


def monit():
    h = re.compile(r"^\[(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4})\] (debug|info|notice|warning|error|critical|alert|emergency) *: (.*)$")
    lv = dict(SYSLOG, emergency="FATAL")
    return by_header("monit.log", h, lambda m, i: rec(i, p(m[1], "%Y-%m-%dT%H:%M:%S%z"), lv[m[2]], None, None, m[3]))


def dropbear():
    h = re.compile(r"^\[(\d+)\] (\w{3} \d\d \d\d:\d\d:\d\d) (.*)$")
    return by_header("dropbear.log", h, lambda m, i: rec(i, p(f"{YEAR} {m[2]}", "%Y %b %d %H:%M:%S"), None, None, None, m[3]))


def sshd():
    # sshd -E FILE: the bare message, no stamp, no level, no program name: every line is a record
    return every_line("sshd.log", lambda t, i: rec(i, message=t))


def fail2ban():
    h = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) (\S+) +\[(\d+)\]: (.*)$")
    lv = dict(PY, NOTICE="INFO", HEAVYDEBUG="DEBUG", TRACEDEBUG="DEBUG", MSG="INFO")

    def make(m, i):
        rest = m[4]  # fail2ban: %(levelname)-7s %(message)s
        level = rest.split(" ", 1)[0]
        return rec(i, p(m[1], "%Y-%m-%d %H:%M:%S,%f"), lv[level], m[2], None, rest[max(len(level), 7) + 1:])
    return by_header("fail2ban.log", h, make)


VSFTPD_TIME = r"(\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4})"


def vsftpd():
    h = re.compile(r"^" + VSFTPD_TIME + r" \[pid (\d+)\] (?:\[([^\]]+)\] )?(.*)$")
    return by_header("vsftpd.log", h, lambda m, i: rec(i, p(m[1], "%a %b %d %H:%M:%S %Y"), None, None, None, m[4]))


def vsftpd_xferlog():
    # wu-ftpd xferlog: current-time transfer-time remote-host file-size filename transfer-type special-action direction
    # access-mode username service-name authentication-method authenticated-user-id completion-status
    h = re.compile(r"^" + VSFTPD_TIME + r" (\d+) (\S+) (\d+) (\S+) ([ab]) (\S) ([oid]) ([agr]) (\S+) (\S+) (\d) (\S+) ([ci])$")
    return by_header("vsftpd_xferlog.log", h, lambda m, i: rec(
        i, p(m[1], "%a %b %d %H:%M:%S %Y"), None, m[11], None, m[5], status=None, bytes=int(m[4]), latency_ms=int(m[2]) * 1000.0))


def tor():
    h = re.compile(r"^(\w{3} \d\d \d\d:\d\d:\d\d\.\d{3}) \[(debug|info|notice|warn|err)\] (.*)$")
    func = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*\(\): ")  # the function name Tor puts before info/debug messages: a code location
    return by_header("tor.log", h, lambda m, i: rec(
        i, p(f"{YEAR} {m[1]}", "%Y %b %d %H:%M:%S.%f"), SYSLOG[m[2]], None, None, func.sub("", m[3], count=1)))


def pdns_server():
    h = re.compile(r"^(\w{3} \d\d \d\d:\d\d:\d\d) (.*)$")
    return by_header("pdns_server.log", h, lambda m, i: rec(i, p(f"{YEAR} {m[1]}", "%Y %b %d %H:%M:%S"), None, None, None, m[2]))


LOGFMT_PAIR = re.compile(r'([\w.]+)=("(?:[^"\\]|\\.)*"|\S*)')


def logfmt_go(name: str):
    """go-kit logfmt (Prometheus family): ts / level / component (absent: none) / msg, Go-unquoted; no msg: the other pairs as written."""
    out = []
    for i, t in enumerate(lines_of(name), 1):
        if not t.startswith("ts="):
            continue
        pairs = [(k, v, mm.group(0)) for mm in LOGFMT_PAIR.finditer(t) for k, v in [(mm[1], mm[2])]]
        d = {k: v for k, v, _ in pairs}
        unq = lambda v: json.loads(v) if v.startswith('"') else v
        if "msg" in d:
            msg = unq(d["msg"])
        else:
            msg = " ".join(raw for k, _, raw in pairs if k not in ("ts", "caller", "level", "component"))
        out.append(rec(i, p(d["ts"], "%Y-%m-%dT%H:%M:%S.%fZ"), SYSLOG[d["level"]], unq(d["component"]) if "component" in d else None,
                       None, msg))
    return out


def alertmanager():
    return logfmt_go("alertmanager.log")


def slapd():
    # OpenLDAP 2.5 debug output: hex seconds since the epoch '.' hex nanoseconds, the thread id, the message
    h = re.compile(r"^([0-9a-f]{8})\.([0-9a-f]{8}) (0x[0-9a-f]+) (.*)$")
    return by_header("slapd.log", h, lambda m, i: rec(
        i, iso(datetime.fromtimestamp(int(m[1], 16), UTC) + timedelta(microseconds=int(m[2], 16) // 1000)), None, None, None, m[4]))


def exim_mainlog():
    h = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (.*)$")
    return by_header("exim_mainlog.log", h, lambda m, i: rec(i, p(m[1], "%Y-%m-%d %H:%M:%S"), None, None, None, m[2]))


def transmission():
    # [time] [name ]message (file.c:line): the trailing source location is the layout's, not the message's
    h = re.compile(r"^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3})\] (.*?)(?: \([\w.-]+\.c:\d+\))?$")
    return by_header("transmission.log", h, lambda m, i: rec(i, p(m[1], "%Y-%m-%d %H:%M:%S.%f"), None, None, None, m[2]))


def ntpsec():
    h = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d) (ntpd)\[(\d+)\]: (.*)$")
    return by_header("ntpsec.log", h, lambda m, i: rec(i, p(m[1], "%Y-%m-%dT%H:%M:%S"), None, m[2], None, m[4]))


def clamd():
    # clamd's logg() writes "ERROR: " for '!' messages and "WARNING: " for '^' ones: the level marker of its layout
    h = re.compile(r"^" + VSFTPD_TIME + r" -> (.*)$")

    def make(m, i):
        msg, level = m[2], None
        for k, v in (("ERROR: ", "ERROR"), ("WARNING: ", "WARN")):
            if msg.startswith(k):
                msg, level = msg[len(k):], v
        return rec(i, p(m[1], "%a %b %d %H:%M:%S %Y"), level, None, None, msg)
    return by_header("clamd.log", h, make)


def coturn():
    h = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}): (.*)$")
    return by_header("coturn.log", h, lambda m, i: rec(i, p(m[1], "%Y-%m-%dT%H:%M:%S%z"), None, None, None, m[2]))


def prosody():
    h = re.compile(r"^(\w{3} \d\d \d\d:\d\d:\d\d) (\S+)\t(debug|info|warn|error)\t(.*)$")
    session = re.compile(r"^(c2s|s2sin|s2sout|conn|serv|runner)[0-9A-Za-z_-]{6,}$")  # per-connection / per-session ids
    return by_header("prosody.log", h, lambda m, i: rec(
        i, p(f"{YEAR} {m[1]}", "%Y %b %d %H:%M:%S"), SYSLOG[m[3]], None if session.match(m[2]) else m[2], None, m[4]))


def spamd():
    h = re.compile(r"^" + VSFTPD_TIME + r" \[(\d+)\] (dbg|info|notice|warn|error): (.*)$")
    lv = {"dbg": "DEBUG", "info": "INFO", "notice": "INFO", "warn": "WARN", "error": "ERROR"}
    return by_header("spamd.log", h, lambda m, i: rec(i, p(m[1], "%a %b %d %H:%M:%S %Y"), lv[m[3]], None, None, m[4]))


def icinga2(name):
    h = re.compile(r"^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4})\] (debug|notice|information|warning|critical)/(\S+): (.*)$")
    lv = {"debug": "DEBUG", "notice": "INFO", "information": "INFO", "warning": "WARN", "critical": "FATAL"}
    return by_header(name, h, lambda m, i: rec(i, p(m[1], "%Y-%m-%d %H:%M:%S %z"), lv[m[2]], m[3], None, m[4]))


def proftpd():
    h = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) (\S+) (proftpd)\[(\d+)\](?: [^:]*)?: (.*)$")
    return by_header("proftpd.log", h, lambda m, i: rec(i, p(m[1], "%Y-%m-%d %H:%M:%S,%f"), None, m[3], m[2], m[5]))


def freeradius():
    h = re.compile(r"^" + VSFTPD_TIME + r" : (Debug|Info|Auth|Proxy|Acct|Warning|Error): (.*)$")
    lv = {"Debug": "DEBUG", "Info": "INFO", "Auth": "INFO", "Proxy": "INFO", "Acct": "INFO", "Warning": "WARN", "Error": "ERROR"}
    return by_header("freeradius.log", h, lambda m, i: rec(i, p(m[1], "%a %b %d %H:%M:%S %Y"), lv[m[2]], None, None, m[3]))


# ------------------------------------------------------------------ Python libraries and servers

def absl():
    h = re.compile(r"^([IWEF])(\d\d\d\d) (\d\d:\d\d:\d\d\.\d{6}) +(\d+) ([^:\] ]+):(\d+)\] (.*)$")
    lv = {"I": "INFO", "W": "WARN", "E": "ERROR", "F": "FATAL"}
    return by_header("absl.log", h, lambda m, i: rec(i, p(f"{YEAR}{m[2]} {m[3]}", "%Y%m%d %H:%M:%S.%f"), lv[m[1]], None, None, m[7]))


def colorlog():
    h = re.compile(r"^(DEBUG|INFO|WARNING|ERROR|CRITICAL):([^:]+):(.*)$")
    return by_header("colorlog.log", h, lambda m, i: rec(i, None, PY[m[1]], m[2], None, m[3]), strip_ansi=True)


def colorlog_asctime():
    h = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) (DEBUG|INFO|WARNING|ERROR|CRITICAL) +(\S+) (.*)$")
    return by_header("colorlog_asctime.log", h, lambda m, i: rec(
        i, p(m[1], "%Y-%m-%d %H:%M:%S,%f"), PY[m[2]], m[3], None, m[4]), strip_ansi=True)


def rich_handler():
    # RichHandler to a 100-column file: [time] LEVEL message ... path:line. A time equal to the one above is left blank
    # (omit_repeated_times): the record has the time shown above it. "[%X]" is a time of day only (time null).
    h = re.compile(r"^(?:\[([^\]]*)\]|\s*) ?(DEBUG|INFO|WARNING|ERROR|CRITICAL) +(.*?)\s*$")
    path = re.compile(r"^(.*?)\s+[\w.-]+\.py:\d+$")
    out, last = [], None
    for i, t in enumerate(lines_of("rich_handler.log"), 1):
        m = h.match(t)
        if not m:
            continue
        if m[1] is not None:
            last = p(m[1], "%m/%d/%y %H:%M:%S") if "/" in m[1] else None
        msg = m[3]
        if pm := path.match(msg):
            msg = pm[1]
        out.append(rec(i, last, PY[m[2]], None, None, msg))
    return out


def logbook():
    h = re.compile(r"^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6})\] (TRACE|DEBUG|INFO|NOTICE|WARNING|ERROR|CRITICAL): ([^:]+): (.*)$")
    lv = dict(PY, TRACE="DEBUG", NOTICE="INFO")
    return by_header("logbook.log", h, lambda m, i: rec(i, p(m[1], "%Y-%m-%d %H:%M:%S.%f"), lv[m[2]], m[3], None, m[4]))


def eliot():
    out = []
    for i, t in enumerate(lines_of("eliot.jsonl"), 1):
        d = json.loads(t)
        msg = d.get("message", d.get("message_type", d.get("action_type")))
        out.append(rec(i, epoch(d["timestamp"]), PY.get(d.get("log_level")), d.get("logger"), None, msg))
    return out


def daiquiri():
    h = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) \[(\d+)\] (DEBUG|INFO|WARNING|ERROR|CRITICAL) +(\S+?)(?: \[[^\]]*\])?: (.*)$")
    return by_header("daiquiri.log", h, lambda m, i: rec(i, p(m[1], "%Y-%m-%d %H:%M:%S,%f"), PY[m[3]], m[4], None, m[5]))


def coloredlogs():
    h = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (\S+) (\S+)\[(\d+)\] (DEBUG|INFO|WARNING|ERROR|CRITICAL) (.*)$")
    return by_header("coloredlogs.log", h, lambda m, i: rec(i, p(m[1], "%Y-%m-%d %H:%M:%S"), PY[m[5]], m[3], m[2], m[6]))


def logzero():
    h = re.compile(r"^\[([DIWEC]) (\d{6} \d\d:\d\d:\d\d) ([^:\]]+):(\d+)\] (.*)$")
    lv = {"D": "DEBUG", "I": "INFO", "W": "WARN", "E": "ERROR", "C": "FATAL"}
    return by_header("logzero.log", h, lambda m, i: rec(i, p(m[2], "%y%m%d %H:%M:%S"), lv[m[1]], None, None, m[5]))


def sanic():
    # "<process name> <stamp> LEVEL: message"; a '|' before the stamp marks an access record; '╭ ' opens an error block
    h = re.compile(r"^(?:╭ )?(\S+(?: \d+)?) ?([ |])(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4}) (DEBUG|INFO|WARNING|ERROR|CRITICAL): (.*)$")
    acc = re.compile(r"^(\S+) (\S+) (\S+) (\d{3}) (\d+) +(?:([\d.]+)ms)?\s*$")

    def make(m, i):
        t = p(m[3], "%Y-%m-%d %H:%M:%S %z")
        if m[2] == "|" and (a := acc.match(m[5])):
            return rec(i, t, PY[m[4]], None, None, m[5], status=int(a[4]), bytes=int(a[5]),
                       latency_ms=float(a[6]) if a[6] else None)
        return rec(i, t, PY[m[4]], None, None, m[5])
    return by_header("sanic.log", h, make)


CLF_IN_MSG = re.compile(r'^"?(\S+?)"? (\S+) (\S+) \[([^\]]+)\] "([^"]*)" (\d{3}|-) (\d+|-)(?: "([^"]*)" "([^"]*)")?$')


def daphne():
    log = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) (DEBUG|INFO|WARNING|ERROR|CRITICAL) +(.*)$")
    access = re.compile(r'^(\S+) - - \[(\d\d/\w{3}/\d{4}:\d\d:\d\d:\d\d)\] "([^"]*)" (\d{3}|-) (\d+|-)$')
    out = []
    for i, t in enumerate(lines_of("daphne.log"), 1):
        if m := log.match(t):
            if a := CLF_IN_MSG.match(m[3]):  # Twisted's access line through the logger: a logger record, message whole
                out.append(rec(i, p(m[1], "%Y-%m-%d %H:%M:%S,%f"), PY[m[2]], None, None, m[3],
                               status=status(a[6]), bytes=num(a[7]), latency_ms=None))
            else:
                out.append(rec(i, p(m[1], "%Y-%m-%d %H:%M:%S,%f"), PY[m[2]], None, None, m[3]))
        elif m := access.match(t):  # daphne's own access log (stdout): no zone, local = UTC
            out.append(rec(i, p(m[2], "%d/%b/%Y:%H:%M:%S"), None, None, None, m[3], status=status(m[4]), bytes=num(m[5]),
                           latency_ms=None))
    return out


def cherrypy():
    eng = re.compile(r"^\[(\d\d/\w{3}/\d{4}:\d\d:\d\d:\d\d)\] (\S+) ?(.*)$")
    access = re.compile(r'^(\S+) - (\S+) \[(\d\d/\w{3}/\d{4}:\d\d:\d\d:\d\d)\] "([^"]*)" (\d{3}) (\d+|-) "([^"]*)" "([^"]*)"$')
    out = []
    for i, t in enumerate(lines_of("cherrypy.log"), 1):
        if m := eng.match(t):
            out.append(rec(i, p(m[1], "%d/%b/%Y:%H:%M:%S"), None, m[2], None, m[3]))
        elif m := access.match(t):
            out.append(rec(i, p(m[3], "%d/%b/%Y:%H:%M:%S"), None, None, None, m[4], status=int(m[5]), bytes=num(m[6]), latency_ms=None))
    return out


def huey():
    h = re.compile(r"^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3})\] (DEBUG|INFO|WARNING|ERROR|CRITICAL):([^:]+):([^:]+):(.*)$")
    return by_header("huey.log", h, lambda m, i: rec(i, p(m[1], "%Y-%m-%d %H:%M:%S,%f"), PY[m[2]], m[3], None, m[5]))


def locust():
    h = re.compile(r"^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3})\] ([^/\s]+)/(DEBUG|INFO|WARNING|ERROR|CRITICAL)/([^:]+): (.*)$")
    return by_header("locust.log", h, lambda m, i: rec(i, p(m[1], "%Y-%m-%d %H:%M:%S,%f"), PY[m[3]], m[4], m[2], m[5]))


def mkdocs():
    h = re.compile(r"^(DEBUG|INFO|WARNING|ERROR|CRITICAL) +-  (.*)$")
    return by_header("mkdocs.log", h, lambda m, i: rec(i, None, PY[m[1]], None, None, m[2]))


# ------------------------------------------------------------------ Node

def morgan_dev():
    h = re.compile(r"^(\S+) (\S+) (\d{3}|-) ([\d.]+|-) ms - (\d+|-)$")
    return by_header("morgan_dev.log", h, lambda m, i: rec(
        i, None, None, None, None, f"{m[1]} {m[2]}", status=status(m[3]), bytes=num(m[5]),
        latency_ms=None if m[4] == "-" else float(m[4])), strip_ansi=True)


def morgan_tiny():
    h = re.compile(r"^(\S+) (\S+) (\d{3}|-) (\d+|-) - ([\d.]+|-) ms$")
    return by_header("morgan_tiny.log", h, lambda m, i: rec(
        i, None, None, None, None, f"{m[1]} {m[2]}", status=status(m[3]), bytes=num(m[4]),
        latency_ms=None if m[5] == "-" else float(m[5])))


def morgan_short():
    h = re.compile(r"^(\S+) (\S+) (\S+) (\S+) (HTTP/[\d.]+) (\d{3}|-) (\d+|-) - ([\d.]+|-) ms$")
    return by_header("morgan_short.log", h, lambda m, i: rec(
        i, None, None, None, None, f"{m[3]} {m[4]} {m[5]}", status=status(m[6]), bytes=num(m[7]),
        latency_ms=None if m[8] == "-" else float(m[8])))


PINO_LV = {"TRACE": "DEBUG", "DEBUG": "DEBUG", "INFO": "INFO", "WARN": "WARN", "ERROR": "ERROR", "FATAL": "FATAL"}


def pino_pretty():
    h = re.compile(r"^\[(\d\d:\d\d:\d\d\.\d{3})\] (TRACE|DEBUG|INFO|WARN|ERROR|FATAL) \(([^/)]+)/(\d+)\): (.*)$")
    return by_header("pino_pretty.log", h, lambda m, i: rec(i, None, PINO_LV[m[2]], m[3], None, m[5]))


def pino_pretty_sys():
    h = re.compile(r"^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} [+-]\d{4})\] (TRACE|DEBUG|INFO|WARN|ERROR|FATAL) \(([^/)]+)/(\d+)\): (.*)$")
    return by_header("pino_pretty_sys.log", h, lambda m, i: rec(
        i, p(m[1], "%Y-%m-%d %H:%M:%S.%f %z"), PINO_LV[m[2]], m[3], None, m[5]))


def roarr():
    lv = {10: "DEBUG", 20: "DEBUG", 30: "INFO", 40: "WARN", 50: "ERROR", 60: "FATAL"}
    out = []
    for i, t in enumerate(lines_of("roarr.jsonl"), 1):
        d = json.loads(t)
        c = d.get("context", {})
        out.append(rec(i, epoch(d["time"] / 1000), lv.get(c.get("logLevel")), c.get("namespace", c.get("application")), None, d["message"]))
    return out


def nestjs():
    h = re.compile(r"^\[Nest\] (\d+)  - (\d\d/\d\d/\d{4}, \d{1,2}:\d\d:\d\d [AP]M) +(LOG|ERROR|WARN|DEBUG|VERBOSE|FATAL) (?:\[([^\]]+)\] )?(.*?)(?: \+\d+ms)?$")
    lv = {"LOG": "INFO", "ERROR": "ERROR", "WARN": "WARN", "DEBUG": "DEBUG", "VERBOSE": "DEBUG", "FATAL": "FATAL"}
    return by_header("nestjs.log", h, lambda m, i: rec(
        i, p(m[2], "%m/%d/%Y, %I:%M:%S %p"), lv[m[3]], m[4], None, m[5]), strip_ansi=True)


def electron_log():
    h = re.compile(r"^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3})\] \[(silly|debug|verbose|info|warn|error)\] +(?:\((\w+)\) )?(.*)$")
    lv = {"silly": "DEBUG", "debug": "DEBUG", "verbose": "DEBUG", "info": "INFO", "warn": "WARN", "error": "ERROR"}
    return by_header("electron_log.log", h, lambda m, i: rec(i, p(m[1], "%Y-%m-%d %H:%M:%S.%f"), lv[m[2]], m[3], None, m[4]))


def pm2_daemon():
    h = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d): (PM2) (log|error): (.*)$")
    return by_header("pm2_daemon.log", h, lambda m, i: rec(
        i, p(m[1], "%Y-%m-%dT%H:%M:%S"), {"log": "INFO", "error": "ERROR"}[m[3]], m[2], None, m[4]))


def pm2_app_time():
    h = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d): (.*)$")  # --time: every line (stack lines too) gets its own stamp
    return by_header("pm2_app_time.log", h, lambda m, i: rec(i, p(m[1], "%Y-%m-%dT%H:%M:%S"), None, None, None, m[2]))


# ------------------------------------------------------------------ Java, Debian tools

def maven(name):
    h = re.compile(r"^(?:(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}) )?\[(DEBUG|INFO|WARNING|ERROR)\] ?(.*)$")
    lv = {"DEBUG": "DEBUG", "INFO": "INFO", "WARNING": "WARN", "ERROR": "ERROR"}
    return by_header(name, h, lambda m, i: rec(
        i, p(m[1], "%Y-%m-%dT%H:%M:%S.%f") if m[1] else None, lv[m[2]], None, None, m[3]), strip_ansi=True)


def dpkg():
    h = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (.*)$")
    return by_header("dpkg.log", h, lambda m, i: rec(i, p(m[1], "%Y-%m-%d %H:%M:%S"), None, None, None, m[2]))


def apt_history():
    # stanzas: Start-Date / Commandline / Install... / End-Date, then a blank line; the stanza is the record
    h = re.compile(r"^Start-Date: (\d{4}-\d\d-\d\d  \d\d:\d\d:\d\d)$")
    return by_header("apt_history.log", h, lambda m, i: rec(i, p(m[1], "%Y-%m-%d  %H:%M:%S"), None, None, None, ""))


def apt_term():
    h = re.compile(r"^Log started: (\d{4}-\d\d-\d\d  \d\d:\d\d:\d\d)$")
    return by_header("apt_term.log", h, lambda m, i: rec(i, p(m[1], "%Y-%m-%d  %H:%M:%S"), None, None, None, ""))


READERS = {
    "nats_server.log": nats_server, "knot.log": knot, "nsd.log": nsd, "tinyproxy.log": tinyproxy, "collectd.log": collectd,
    "monit.log": monit, "dropbear.log": dropbear, "sshd.log": sshd, "fail2ban.log": fail2ban, "vsftpd.log": vsftpd,
    "vsftpd_xferlog.log": vsftpd_xferlog, "tor.log": tor, "pdns_server.log": pdns_server, "alertmanager.log": alertmanager,
    "slapd.log": slapd, "exim_mainlog.log": exim_mainlog, "transmission.log": transmission, "ntpsec.log": ntpsec,
    "clamd.log": clamd, "coturn.log": coturn, "prosody.log": prosody, "spamd.log": spamd,
    "icinga2_console.log": lambda: icinga2("icinga2_console.log"), "icinga2_mainlog.log": lambda: icinga2("icinga2_mainlog.log"),
    "proftpd.log": proftpd, "freeradius.log": freeradius,
    "absl.log": absl, "colorlog.log": colorlog, "colorlog_asctime.log": colorlog_asctime, "rich_handler.log": rich_handler,
    "logbook.log": logbook, "eliot.jsonl": eliot, "daiquiri.log": daiquiri, "coloredlogs.log": coloredlogs, "logzero.log": logzero,
    "sanic.log": sanic, "daphne.log": daphne, "cherrypy.log": cherrypy, "huey.log": huey, "locust.log": locust, "mkdocs.log": mkdocs,
    "morgan_dev.log": morgan_dev, "morgan_tiny.log": morgan_tiny, "morgan_short.log": morgan_short, "pino_pretty.log": pino_pretty,
    "pino_pretty_sys.log": pino_pretty_sys, "roarr.jsonl": roarr, "nestjs.log": nestjs, "electron_log.log": electron_log,
    "pm2_daemon.log": pm2_daemon, "pm2_app_time.log": pm2_app_time,
    "maven_build.log": lambda: maven("maven_build.log"), "maven_build_datetime.log": lambda: maven("maven_build_datetime.log"),
    "dpkg.log": dpkg, "apt_history.log": apt_history, "apt_term.log": apt_term,
}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    only = set(sys.argv[1:])
    total = 0
    for name, reader in READERS.items():
        if only and name not in only:
            continue
        records = reader()
        shutil.copyfile(RAW / name, OUT / name)
        stem = name.rsplit(".", 1)[0]
        with open(OUT / f"{stem}.expected.jsonl", "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        n_lines = len(lines_of(name))
        total += len(records)
        print(f"{name:28} {len(records):4} records / {n_lines:4} lines")
    print(f"total {total} records")


if __name__ == "__main__":
    main()
