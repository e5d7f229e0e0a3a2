"""Writes ${CORPUS}/out/NAME.{log,jsonl} (a copy of ${CORPUS}/raw/NAME...) and NAME.expected.jsonl, one small reader per layout.

Written without reading any of logmr's code. Conventions: tests/data/loggers/README.md of logmr (time UTC ISO with
milliseconds truncated, null for none or a time of day only; years absent -> 2026; levels normalised; a multi-line record is
one record whose message is its first line's message). Each reader says which lines start a record; the others continue it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

CORPUS = Path(os.environ["CORPUS"])
RAW = CORPUS / "raw"
OUT = CORPUS / "out"
UTC = timezone.utc
YEAR = 2026


def iso(dt: datetime | None) -> str | None:
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    dt = dt.astimezone(UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def rec(line, time=None, level=None, service=None, host=None, message="", **http):
    r = {"line": line, "time": time, "level": level, "service": service, "host": host, "message": message}
    r.update(http)
    return r


def lines_of(name: str) -> list[str]:
    return (RAW / name).read_text(encoding="utf-8").split("\n")[:-1]  # every file ends with a newline


def by_header(name: str, header: re.Pattern, make) -> list[dict]:
    """Lines that match `header` start a record (make(m, lineno) gives its fields); the others continue the last one."""
    out = []
    for i, text in enumerate(lines_of(name), 1):
        m = header.match(text)
        if m:
            r = make(m, i)
            if r is not None:
                out.append(r)
    return out


SYSLOG_LEVELS = {"debug": "DEBUG", "info": "INFO", "notice": "INFO", "warning": "WARN", "warn": "WARN", "error": "ERROR",
                 "err": "ERROR", "critical": "FATAL", "crit": "FATAL", "alert": "FATAL", "emerg": "FATAL", "fatal": "FATAL"}
PY_LEVELS = {"DEBUG": "DEBUG", "INFO": "INFO", "WARNING": "WARN", "ERROR": "ERROR", "CRITICAL": "FATAL"}


def clf_time(s: str) -> str:
    return iso(datetime.strptime(s, "%d/%b/%Y:%H:%M:%S %z"))


def num(s: str) -> int:
    return 0 if s == "-" else int(s)


# ---------------------------------------------------------------- readers, one per file

def bind9_named():
    h = re.compile(r"^(\d\d-\w{3}-\d{4} \d\d:\d\d:\d\d\.\d{3}) ([\w-]+): (debug \d+|info|notice|warning|error|critical): (.*)$")
    return by_header("bind9_named.log", h, lambda m, i: rec(
        i, iso(datetime.strptime(m[1], "%d-%b-%Y %H:%M:%S.%f")), SYSLOG_LEVELS[m[3].split()[0]], m[2], None, m[4]))


def dnsmasq():
    h = re.compile(r"^(\w{3} [ \d]\d \d\d:\d\d:\d\d) (dnsmasq)\[(\d+)\]: (.*)$")
    return by_header("dnsmasq.log", h, lambda m, i: rec(
        i, iso(datetime.strptime(f"{YEAR} {m[1]}", "%Y %b %d %H:%M:%S")), None, m[2], None, m[4]))


def unbound():
    h = re.compile(r"^\[(\d+)\] (unbound)\[(\d+):(\d+)\] (\w+): (.*)$")
    return by_header("unbound.log", h, lambda m, i: rec(
        i, iso(datetime.fromtimestamp(int(m[1]), UTC)), SYSLOG_LEVELS[m[5]], m[2], None, m[6]))


def chronyd():
    h = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ) (.*)$")

    def make(m, i):
        msg, level = m[2], None
        if msg.startswith("Fatal error : "):
            msg, level = msg[len("Fatal error : "):], "FATAL"
        return rec(i, iso(datetime.strptime(m[1], "%Y-%m-%dT%H:%M:%SZ")), level, None, None, msg)
    return by_header("chronyd.log", h, make)


STUNNEL = {0: "FATAL", 1: "FATAL", 2: "FATAL", 3: "ERROR", 4: "WARN", 5: "INFO", 6: "INFO", 7: "DEBUG"}


def stunnel():
    h = re.compile(r"^(\d{4}\.\d\d\.\d\d \d\d:\d\d:\d\d) LOG(\d)\[([^\]]+)\]: (.*)$")
    return by_header("stunnel.log", h, lambda m, i: rec(
        i, iso(datetime.strptime(m[1], "%Y.%m.%d %H:%M:%S")), STUNNEL[int(m[2])], None, None, m[4]))


def privoxy():
    out = []
    app = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}) ([0-9a-f]+) ([A-Z][\w-]*(?: error)?): (.*)$")
    clf = re.compile(r'^(\S+) (\S+) (\S+) \[([^\]]+)\] "([^"]*)" (\d{3}) (\d+|-)$')
    levels = {"Info": "INFO", "Error": "ERROR", "Fatal error": "FATAL"}
    for i, t in enumerate(lines_of("privoxy.log"), 1):
        if m := app.match(t):
            out.append(rec(i, iso(datetime.strptime(m[1], "%Y-%m-%d %H:%M:%S.%f")), levels.get(m[3]), None, None, m[4]))
        elif m := clf.match(t):
            out.append(rec(i, clf_time(m[4]), None, None, None, m[5], status=int(m[6]), bytes=num(m[7]), latency_ms=None))
    return out


ICECAST = {"EROR": "ERROR", "WARN": "WARN", "INFO": "INFO", "DBUG": "DEBUG"}


def icecast_error():
    h = re.compile(r"^\[(\d{4}-\d\d-\d\d  \d\d:\d\d:\d\d)\] (EROR|WARN|INFO|DBUG) ([^/ ]+)/(\S+) (.*)$")
    return by_header("icecast_error.log", h, lambda m, i: rec(
        i, iso(datetime.strptime(m[1], "%Y-%m-%d  %H:%M:%S")), ICECAST[m[2]], m[3], None, m[5]))


def icecast_access():
    h = re.compile(r'^(\S+) (\S+) (\S+) \[([^\]]+)\] "([^"]*)" (\d{3}) (\d+|-) "([^"]*)" "([^"]*)" (\d+)$')
    return by_header("icecast_access.log", h, lambda m, i: rec(
        i, clf_time(m[4]), None, None, None, m[5], status=int(m[6]), bytes=num(m[7]), latency_ms=int(m[10]) * 1000.0))


def kea_dhcp4():
    h = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}) (DEBUG|INFO|WARN|ERROR|FATAL) +\[([^/\]]+)/(\d+)\.(\d+)\] (.*)$")
    return by_header("kea_dhcp4.log", h, lambda m, i: rec(
        i, iso(datetime.strptime(m[1], "%Y-%m-%d %H:%M:%S.%f")), m[2], m[3], None, m[6]))


def memcached_vv():
    return [rec(i, message=t) for i, t in enumerate(lines_of("memcached_vv.log"), 1)]


def varnishncsa():
    h = re.compile(r'^(\S+) (\S+) (\S+) \[([^\]]+)\] "([^"]*)" (\d{3}|-) (\d+|-) "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)"$')
    return by_header("varnishncsa.log", h, lambda m, i: rec(
        i, clf_time(m[4]), None, None, None, m[5], status=None if m[6] == "-" else int(m[6]), bytes=num(m[7]), latency_ms=None))


CUPS = {"d": "DEBUG", "D": "DEBUG", "I": "INFO", "N": "INFO", "W": "WARN", "E": "ERROR", "C": "FATAL", "A": "FATAL", "X": "FATAL"}


def cups_error_log():
    h = re.compile(r"^([dDINWECAX]) \[([^\]]+)\] (.*)$")
    return by_header("cups_error_log.log", h, lambda m, i: rec(i, clf_time(m[2]), CUPS[m[1]], None, None, m[3]))


def cups_access_log():
    h = re.compile(r'^(\S+) (\S+) (\S+) \[([^\]]+)\] "([^"]*)" (\d{3}) (\d+|-) (\S+) (\S+)$')
    return by_header("cups_access_log.log", h, lambda m, i: rec(
        i, clf_time(m[4]), None, None, None, m[5], status=int(m[6]), bytes=num(m[7]), latency_ms=None))


PHP = {"Fatal error": "FATAL", "Parse error": "ERROR", "Warning": "WARN", "Notice": "INFO", "Deprecated": "WARN"}


def php_error_log():
    h = re.compile(r"^\[(\d\d-\w{3}-\d{4} \d\d:\d\d:\d\d) UTC\] (.*)$")
    kind = re.compile(r"^PHP (Fatal error|Parse error|Warning|Notice|Deprecated):  (.*)$")

    def make(m, i):
        t = iso(datetime.strptime(m[1], "%d-%b-%Y %H:%M:%S"))
        if k := kind.match(m[2]):
            return rec(i, t, PHP[k[1]], None, None, k[2])
        return rec(i, t, None, None, None, m[2])
    return by_header("php_error_log.log", h, make)


def log4j1_basicconfigurator():
    h = re.compile(r"^(\d+) \[(.+?)\] (TRACE|DEBUG|INFO|WARN|ERROR|FATAL) (\S+) (.*?) - (.*)$")
    lv = {"TRACE": "DEBUG"}
    return by_header("log4j1_basicconfigurator.log", h, lambda m, i: rec(i, None, lv.get(m[3], m[3]), m[4], None, m[6]))


def homeassistant():
    h = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}) (DEBUG|INFO|WARNING|ERROR|CRITICAL) \((.+?)\) \[(.+?)\] (.*)$")
    return by_header("homeassistant.log", h, lambda m, i: rec(
        i, iso(datetime.strptime(m[1], "%Y-%m-%d %H:%M:%S.%f")), PY_LEVELS[m[2]], m[4], None, m[5]))


def odoo():
    h = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) (\d+) (DEBUG|INFO|WARNING|ERROR|CRITICAL) (\S+) (\S+?): (.*)$")
    return by_header("odoo.log", h, lambda m, i: rec(
        i, iso(datetime.strptime(m[1], "%Y-%m-%d %H:%M:%S,%f")), PY_LEVELS[m[3]], m[5], None, m[6]))


def scrapy():
    h = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) \[(.+?)\] (DEBUG|INFO|WARNING|ERROR|CRITICAL): (.*)$")
    return by_header("scrapy.log", h, lambda m, i: rec(
        i, iso(datetime.strptime(m[1], "%Y-%m-%d %H:%M:%S")), PY_LEVELS[m[3]], m[2], None, m[4]))


def twisted():
    h = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d[+-]\d{4}) \[(.*?)\] (.*)$")
    acc = re.compile(r'^"(\S+)" (\S+) (\S+) \[([^\]]+)\] "([^"]*)" (\d{3}) (\d+|-) "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)"$')

    def make(m, i):
        r = rec(i, iso(datetime.strptime(m[1], "%Y-%m-%d %H:%M:%S%z")), None, None if m[2] == "-" else m[2], None, m[3])
        if a := acc.match(m[3]):
            r.update(status=int(a[6]), bytes=num(a[7]), latency_ms=None)
        return r
    return by_header("twisted.log", h, make)


def aiohttp():
    h = re.compile(r"^(DEBUG|INFO|WARNING|ERROR|CRITICAL):([^:]+):(.*)$")
    acc = re.compile(r'^(\S+) \[([^\]]+)\] "([^"]*)" (\d{3}) (\d+|-) "')

    def make(m, i):
        r = rec(i, None, PY_LEVELS[m[1]], m[2], None, m[3])
        if m[2] == "aiohttp.access" and (a := acc.match(m[3])):
            r.update(time=clf_time(a[2]), status=int(a[4]), bytes=num(a[5]), latency_ms=None)
        return r
    return by_header("aiohttp.log", h, make)


TORNADO = {"D": "DEBUG", "I": "INFO", "W": "WARN", "E": "ERROR", "C": "FATAL"}


def jupyter_server():
    h = re.compile(r"^\[([DIWEC]) (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}) (\S+)\] (.*)$")
    acc = re.compile(r"^(\d{3}) ([A-Z]+) (\S+) \(([^)]*)\) ([\d.]+)ms")

    def make(m, i):
        r = rec(i, iso(datetime.strptime(m[2], "%Y-%m-%d %H:%M:%S.%f")), TORNADO[m[1]], m[3], None, m[4])
        if a := acc.match(m[4]):
            r.update(status=int(a[1]), bytes=None, latency_ms=float(a[5]))
        return r
    return by_header("jupyter_server.log", h, make)


def pip_log():
    h = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d,\d{3}) ?(.*)$")

    def make(m, i):
        text, level = m[2].lstrip(" "), None
        for prefix, lv in (("ERROR: ", "ERROR"), ("WARNING: ", "WARN")):
            if text.startswith(prefix):
                text, level = text[len(prefix):], lv
        return rec(i, iso(datetime.strptime(m[1], "%Y-%m-%dT%H:%M:%S,%f")), level, None, None, text)
    return by_header("pip_log.log", h, make)


def log4js_file():
    h = re.compile(r"^\[(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3})\] \[(\w+)\] (\S+) - (.*)$")
    lv = {"TRACE": "DEBUG", "DEBUG": "DEBUG", "INFO": "INFO", "WARN": "WARN", "ERROR": "ERROR", "FATAL": "FATAL", "MARK": None}
    return by_header("log4js_file.log", h, lambda m, i: rec(
        i, iso(datetime.strptime(m[1], "%Y-%m-%dT%H:%M:%S.%f")), lv[m[2]], m[3], None, m[4]))


def tslog():
    h = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3})\t(SILLY|TRACE|DEBUG|INFO|WARN|ERROR|FATAL)\t(.*)$")
    lv = {"SILLY": "DEBUG", "TRACE": "DEBUG"}

    def make(m, i):
        parts = m[3].split("\t")  # file:line [, sub-logger name], message
        name, msg = (parts[1], "\t".join(parts[2:])) if len(parts) > 2 else (None, parts[1])
        return rec(i, iso(datetime.strptime(m[1], "%Y-%m-%d %H:%M:%S.%f")), lv.get(m[2], m[2]), name, None, msg)
    return by_header("tslog.log", h, make)


CONSOLA_ICONS = {"◐": "INFO", "ℹ": "INFO", "✔": "INFO", "⚙": "DEBUG", "→": "DEBUG", "✖": "ERROR", "⚠": "WARN"}


def consola():
    icon = re.compile(r"^(?:\[([^\]]+)\] )?([◐ℹ✔⚙→✖⚠]) (.*)$")
    badge = re.compile(r"^ (WARN|ERROR|FATAL)  (.*)$")
    out = []
    for i, t in enumerate(lines_of("consola.log"), 1):
        if m := icon.match(t):
            out.append(rec(i, None, CONSOLA_ICONS[m[2]], m[1], None, m[3]))
        elif m := badge.match(t):
            out.append(rec(i, None, m[1], None, None, m[2]))
    return out


SIGNALE = {"success": "INFO", "debug": "DEBUG", "pending": "INFO", "fatal": "FATAL", "watching": "INFO", "complete": "INFO",
           "info": "INFO", "warning": "WARN", "error": "ERROR", "start": "INFO", "note": "INFO", "pause": "INFO",
           "star": "INFO", "awaiting": "INFO"}


def signale():
    h = re.compile(r"^(?:\[(\d+/\d+/\d{4})\] )?(?:\[(\d+:\d\d:\d\d [AP]M)\] )?(?:\[([^\]]+)\] › )?(?:› )?"
                   r"(?:\[[^\]]+\] )?(\S)  (\w+) +(.*)$")
    out = []
    for i, t in enumerate(lines_of("signale.log"), 1):
        if not t or t[0] == " ":
            continue  # continuation (stack lines)
        m = h.match(t)
        if m and m[5] in SIGNALE:
            time = None
            if m[1] and m[2]:
                time = iso(datetime.strptime(f"{m[1]} {m[2]}", "%m/%d/%Y %I:%M:%S %p"))
            out.append(rec(i, time, SIGNALE[m[5]], m[3], None, m[6]))
        else:
            out.append(rec(i, None, None, None, None, t))  # signale.log(): plain text
    return out


def bole():
    lv = {"debug": "DEBUG", "info": "INFO", "warn": "WARN", "error": "ERROR"}
    out = []
    for i, t in enumerate(lines_of("bole.jsonl"), 1):
        o = json.loads(t)
        out.append(rec(i, iso(datetime.strptime(o["time"], "%Y-%m-%dT%H:%M:%S.%fZ")), lv[o["level"]], o.get("name"),
                       o.get("hostname"), o.get("message", "")))
    return out


NPM = {"silly": "DEBUG", "verbose": "DEBUG", "timing": "DEBUG", "http": "INFO", "info": "INFO", "notice": "INFO",
       "warn": "WARN", "error": "ERROR"}


def npm_debug():
    h = re.compile(r"^(\d+) (silly|verbose|timing|http|info|notice|warn|error) (.*)$")
    out, last = [], None
    for i, t in enumerate(lines_of("npm_debug.log"), 1):
        m = h.match(t)
        if m and m[1] != last:  # npm repeats "N level" on each line of a multi-line message: same N = same record
            out.append(rec(i, None, NPM[m[2]], None, None, m[3]))
            last = m[1]
    return out


def pgbouncer():
    h = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}) UTC \[(\d+)\] (LOG|WARNING|ERROR|FATAL|DEBUG|NOISE) (.*)$")
    lv = {"LOG": "INFO", "WARNING": "WARN", "NOISE": "DEBUG"}
    return by_header("pgbouncer.log", h, lambda m, i: rec(
        i, iso(datetime.strptime(m[1], "%Y-%m-%d %H:%M:%S.%f")), lv.get(m[3], m[3]), None, None, m[4]))


def openvpn_server():
    h = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (.*)$")
    return by_header("openvpn_server.log", h, lambda m, i: rec(
        i, iso(datetime.strptime(m[1], "%Y-%m-%d %H:%M:%S")), None, None, None, m[2]))


def samba_level(n: int) -> str:
    return "ERROR" if n == 0 else "WARN" if n == 1 else "INFO" if n <= 5 else "DEBUG"


def samba_smbd():
    h = re.compile(r"^\[(\d{4}/\d\d/\d\d \d\d:\d\d:\d\d\.\d{6}), +(\d+)[^\]]*\] (.*)$")
    out = []
    for i, t in enumerate(lines_of("samba_smbd.log"), 1):
        if m := h.match(t):
            out.append(rec(i, iso(datetime.strptime(m[1], "%Y/%m/%d %H:%M:%S.%f")), samba_level(int(m[2])), None, None, None))
        elif out and out[-1]["message"] is None and t.strip():
            out[-1]["message"] = t.strip()  # the first non-blank body line
    for r in out:
        r["message"] = r["message"] or ""
    return out


def mojolicious():
    h = re.compile(r"^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{5})\] \[(\d+)\] \[(trace|debug|info|warn|error|fatal)\] (.*)$")
    return by_header("mojolicious.log", h, lambda m, i: rec(
        i, iso(datetime.strptime(m[1] + "0", "%Y-%m-%d %H:%M:%S.%f")), "DEBUG" if m[3] == "trace" else m[3].upper(), None, None, m[4]))


def log4perl_easy():
    h = re.compile(r"^(\d{4}/\d\d/\d\d \d\d:\d\d:\d\d) (.*)$")
    return by_header("log4perl_easy.log", h, lambda m, i: rec(
        i, iso(datetime.strptime(m[1], "%Y/%m/%d %H:%M:%S")), None, None, None, m[2]))


def sidekiq():
    h = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z) pid=\d+ tid=\S+((?: \w+=\S+)*) (DEBUG|INFO|WARN|ERROR|FATAL): (.*)$")

    def make(m, i):
        ctx = dict(kv.split("=", 1) for kv in m[2].split())
        return rec(i, iso(datetime.strptime(m[1], "%Y-%m-%dT%H:%M:%S.%fZ")), m[3], ctx.get("class"), None, m[4])
    return by_header("sidekiq.log", h, make)


def puma():
    acc = re.compile(r'^(\S+) (\S+) (\S+) \[([^\]]+)\] "([^"]*)" (\d{3}) (\d+|-) ([\d.]+)$')
    err = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4}) (.*)$")
    out = []
    for i, t in enumerate(lines_of("puma.log"), 1):
        if m := acc.match(t):
            out.append(rec(i, clf_time(m[4]), None, None, None, m[5], status=int(m[6]), bytes=num(m[7]),
                           latency_ms=round(float(m[8]) * 1000, 6)))
        elif m := err.match(t):
            out.append(rec(i, iso(datetime.strptime(m[1], "%Y-%m-%d %H:%M:%S %z")), None, None, None, m[2]))
        else:
            out.append(rec(i, None, None, None, None, t))  # banner lines: each a record
    return out


def jetty9_stderrlog():
    h = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}):(DEBUG|INFO|WARN):([^:]*):([^:]+): (.*)$")
    return by_header("jetty9_stderrlog.log", h, lambda m, i: rec(
        i, iso(datetime.strptime(m[1], "%Y-%m-%d %H:%M:%S.%f")), m[2], m[3] or None, None, m[5]))


def minecraft_log4j2():
    h = re.compile(r"^\[(\d\d:\d\d:\d\d)\] \[(.+)/(INFO|WARN|ERROR|FATAL|DEBUG|TRACE)\]: (.*)$")
    return by_header("minecraft_log4j2.log", h, lambda m, i: rec(i, None, m[3], None, None, m[4]))


def github_actions_job():
    h = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\.(\d{7})Z (.*)$")
    marks = {"##[error]": "ERROR", "##[warning]": "WARN", "##[debug]": "DEBUG", "##[notice]": "INFO"}

    def make(m, i):
        t = datetime.strptime(m[1], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=UTC) + timedelta(microseconds=int(m[2]) // 10)
        msg, level = m[3], None
        for k, v in marks.items():
            if msg.startswith(k):
                msg, level = msg[len(k):], v
        return rec(i, iso(t), level, None, None, msg)
    return by_header("github_actions_job.log", h, make)


READERS = {
    "bind9_named.log": bind9_named, "dnsmasq.log": dnsmasq, "unbound.log": unbound, "chronyd.log": chronyd,
    "stunnel.log": stunnel, "privoxy.log": privoxy, "icecast_error.log": icecast_error, "icecast_access.log": icecast_access,
    "kea_dhcp4.log": kea_dhcp4, "memcached_vv.log": memcached_vv, "varnishncsa.log": varnishncsa,
    "cups_error_log.log": cups_error_log, "cups_access_log.log": cups_access_log, "php_error_log.log": php_error_log,
    "log4j1_basicconfigurator.log": log4j1_basicconfigurator, "homeassistant.log": homeassistant, "odoo.log": odoo,
    "scrapy.log": scrapy, "twisted.log": twisted, "aiohttp.log": aiohttp, "jupyter_server.log": jupyter_server,
    "pip_log.log": pip_log, "log4js_file.log": log4js_file, "tslog.log": tslog, "consola.log": consola,
    "signale.log": signale, "bole.jsonl": bole, "npm_debug.log": npm_debug, "pgbouncer.log": pgbouncer,
    "openvpn_server.log": openvpn_server, "samba_smbd.log": samba_smbd, "mojolicious.log": mojolicious,
    "log4perl_easy.log": log4perl_easy, "sidekiq.log": sidekiq, "puma.log": puma, "jetty9_stderrlog.log": jetty9_stderrlog,
    "minecraft_log4j2.log": minecraft_log4j2, "github_actions_job.log": github_actions_job,
}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, reader in READERS.items():
        records = reader()
        shutil.copyfile(RAW / name, OUT / name)
        stem = name.rsplit(".", 1)[0]
        with open(OUT / f"{stem}.expected.jsonl", "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{name:32} {len(records):4} records")


if __name__ == "__main__":
    main()
