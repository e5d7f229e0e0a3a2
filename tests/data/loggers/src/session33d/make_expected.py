#!/usr/bin/env python3
"""Write (or with --check, compare) <name>.expected.jsonl for the web-server logs in this folder.

One small reader per layout; standard library only. Blank lines make no records; a line that does not
start a record of its layout continues the record above (its message stays the first line's).
"""

import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "Jan",
            "Feb",
            "Mar",
            "Apr",
            "May",
            "Jun",
            "Jul",
            "Aug",
            "Sep",
            "Oct",
            "Nov",
            "Dec",
        ],
        1,
    )
}
LEVELS = {
    "DEBUG": "DEBUG",
    "INFO": "INFO",
    "WARN": "WARN",
    "WARNING": "WARN",
    "ERROR": "ERROR",
    "FATAL": "FATAL",
    "D": "DEBUG",
    "I": "INFO",
    "W": "WARN",
    "E": "ERROR",
    "F": "FATAL",
}


def iso(y, mo, d, h, mi, s, frac=""):
    ms = int((frac + "000")[:3]) if frac else 0
    t = datetime(
        int(y), int(mo), int(d), int(h), int(mi), int(s), ms * 1000, tzinfo=UTC
    )
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms:03d}Z"


def rec(line, time=None, level=None, service=None, message=None, host=None, **http):
    r = {
        "line": line,
        "time": time,
        "level": level,
        "service": service,
        "host": host,
        "message": message,
    }
    r.update(http)
    return r


def group(lines, starts):
    """Yield (line number, first line) for each record; `starts(i, text)` says whether line i starts one."""
    for i, text in enumerate(lines):
        if text.strip() and starts(i, text):
            yield i + 1, text


# php -S: "[Fri Dec  4 17:35:30 2026] rest"
PHP_HEAD = re.compile(r"^\[\w{3} (\w{3}) +(\d+) (\d\d):(\d\d):(\d\d) (\d{4})\] (.*)$")
PHP_ERR = re.compile(
    r"^PHP (Fatal error|Parse error|Warning|Notice|Deprecated|Strict Standards):  (.*)$"
)
PHP_REQ = re.compile(r"^\S+:\d+ \[(\d{3})\]: ")
PHP_LEVEL = {
    "Fatal error": "FATAL",
    "Parse error": "FATAL",
    "Warning": "WARN",
    "Notice": "INFO",
    "Deprecated": "INFO",
    "Strict Standards": "INFO",
}


def php(lines):
    out = []
    for n, text in group(lines, lambda i, t: PHP_HEAD.match(t)):
        mon, d, h, mi, s, y, rest = PHP_HEAD.match(text).groups()
        t = iso(y, MONTHS[mon], d, h, mi, s)
        e = PHP_ERR.match(rest)
        q = PHP_REQ.match(rest)
        if e:
            out.append(rec(n, t, PHP_LEVEL[e.group(1)], message=e.group(2)))
        elif q:
            out.append(
                rec(
                    n,
                    t,
                    message=rest,
                    status=int(q.group(1)),
                    bytes=None,
                    latency_ms=None,
                )
            )
        else:
            out.append(rec(n, t, message=rest))
    return out


# gin: "[GIN-debug] text", "[GIN] 2026/12/04 - 17:35:45 | 200 |  16.414µs |  127.0.0.1 | GET  "/"",
# Recovery: "ESC[31m2026/12/04 17:35:45 [Recovery] 2026/12/04 - 17:35:45 panic recovered:"
GIN_DEBUG = re.compile(r"^\[GIN-debug\] (?:\[WARNING\] )?(.*)$")
GIN_REQ = re.compile(
    r"^\[GIN\] (\d{4})/(\d\d)/(\d\d) - (\d\d):(\d\d):(\d\d) \| (\d{3}) \| +([\d.]+)(ns|µs|ms|s|m) \| (.*)$"
)
GIN_REC = re.compile(
    r"^(?:\x1b\[\d+m)?(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d) \[(Recovery)\] "
    r"\d{4}/\d\d/\d\d - \d\d:\d\d:\d\d (.*)$"
)
UNIT_MS = {"ns": 1e-6, "µs": 1e-3, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def gin(lines):
    out = []

    def starts(_i, t):
        return GIN_DEBUG.match(t) or GIN_REQ.match(t) or GIN_REC.match(t)

    for n, text in group(lines, starts):
        m = GIN_DEBUG.match(text)
        if m:
            level = "WARN" if text.startswith("[GIN-debug] [WARNING] ") else "DEBUG"
            out.append(rec(n, None, level, "GIN-debug", m.group(1)))
            continue
        m = GIN_REQ.match(text)
        if m:
            y, mo, d, h, mi, s, status, num, unit, _ = m.groups()
            message = text.split(" | ", 1)[1]
            lat = round(float(num) * UNIT_MS[unit], 6)
            out.append(
                rec(
                    n,
                    iso(y, mo, d, h, mi, s),
                    None,
                    "GIN",
                    message,
                    status=int(status),
                    bytes=None,
                    latency_ms=lat,
                )
            )
            continue
        y, mo, d, h, mi, s, svc, msg = GIN_REC.match(text).groups()
        out.append(rec(n, iso(y, mo, d, h, mi, s), None, svc, msg))
    return out


# Common Log Format variants: wsgiref "[04/Dec/2026 17:35:52]", Rack "[04/Dec/2026:17:46:02 +0000] ... 0.0031",
# WEBrick "[04/Dec/2026:17:46:02 UTC]"
CLF = re.compile(
    r"^\S+ \S+ \S+ \[(\d\d)/(\w{3})/(\d{4})[ :](\d\d):(\d\d):(\d\d)(?: (?:[+-]\d{4}|UTC))?\] "
    r'("(?:[^"\\]|\\.)*" (\d{3}) (\d+|-)(?: ([\d.]+))?)$'
)


def clf(text, n):
    m = CLF.match(text)
    if not m:
        return None
    d, mon, y, h, mi, s, msg, status, size, secs = m.groups()
    return rec(
        n,
        iso(y, MONTHS[mon], d, h, mi, s),
        message=msg,
        status=int(status),
        bytes=None if size == "-" else int(size),
        latency_ms=None if secs is None else round(float(secs) * 1000, 6),
    )


def bottle(lines):
    out = []
    tb = False  # inside a traceback: indented lines, then the exception line, continue it
    for i, text in enumerate(lines):
        if not text.strip():
            continue
        if tb:
            if not text.startswith(" "):
                tb = False
            continue
        r = clf(text, i + 1)
        if r is None:
            r = rec(i + 1, message=text)
            tb = text.startswith("Traceback (most recent call last):")
        out.append(r)
    return out


WEBRICK = re.compile(
    r"^\[(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\] (DEBUG|INFO|WARN|ERROR|FATAL) +(.*)$"
)
RUBY_LOGGER = re.compile(
    r"^([DIWEFA]), \[(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.(\d+) #\d+\] +\w+ -- "
    r"(.*?): (.*)$"
)
SINATRA_ERR = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) - (.*)$")


def sinatra(lines):
    out = []
    for i, text in enumerate(lines):
        n = i + 1
        # blank, or a backtrace line of the error above
        if not text.strip() or text.startswith("\t"):
            continue
        r = clf(text, n)
        if r:
            out.append(r)
            continue
        m = WEBRICK.match(text)
        if m:
            y, mo, d, h, mi, s, lv, msg = m.groups()
            out.append(rec(n, iso(y, mo, d, h, mi, s), LEVELS[lv], message=msg))
            continue
        m = RUBY_LOGGER.match(text)
        if m:
            sev, y, mo, d, h, mi, s, frac, prog, msg = m.groups()
            out.append(
                rec(
                    n, iso(y, mo, d, h, mi, s, frac), LEVELS.get(sev), prog or None, msg
                )
            )
            continue
        m = SINATRA_ERR.match(text)
        if m:
            y, mo, d, h, mi, s, msg = m.groups()
            out.append(rec(n, iso(y, mo, d, h, mi, s), message=msg))
            continue
        out.append(rec(n, message=text))
    return out


# echo: middleware.Logger()'s JSON template (values not escaped: a quote in the user agent makes a line invalid
# JSON, so the fields are taken by pattern), gommon log JSON for the recovered panic, the text banner.
ECHO_TIME = re.compile(
    r'^\{"time":"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?Z"'
)
ECHO_NUM = re.compile(r'"(status|latency|bytes_out)":(\d+)')


def echo(lines):
    out = []
    for i, text in enumerate(lines):
        if not text.strip():
            continue
        m = ECHO_TIME.match(text)
        if not m:
            out.append(rec(i + 1, message=text))
            continue
        t = iso(*m.groups(default=""))
        if '"remote_ip":' in text:
            num = dict(ECHO_NUM.findall(text))
            out.append(
                rec(
                    i + 1,
                    t,
                    status=int(num["status"]),
                    bytes=int(num["bytes_out"]),
                    latency_ms=round(int(num["latency"]) / 1e6, 6),
                )
            )
        else:
            d = json.loads(text)
            level = LEVELS.get(d.get("level", "").upper())
            out.append(rec(i + 1, t, level, d.get("prefix") or None, d.get("message")))
    return out


FILES = {
    "php_builtin_server.log": php,
    "gin_default.log": gin,
    "bottle_wsgiref.log": bottle,
    "sinatra_webrick.log": sinatra,
    "echo_default.log": echo,
}


def main():
    check = "--check" in sys.argv[1:]
    bad = 0
    for name, reader in FILES.items():
        path = HERE / name
        if not path.exists():
            continue
        lines = path.read_bytes().decode("utf-8").split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        lines = [x.removesuffix("\r") for x in lines]
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in reader(lines))
        exp = HERE / (name.rsplit(".", 1)[0] + ".expected.jsonl")
        if check:
            if not exp.exists() or exp.read_text(encoding="utf-8") != text:
                print("differs:", exp.name)
                bad += 1
        else:
            exp.write_text(text, encoding="utf-8")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
