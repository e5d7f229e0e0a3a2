"""Write <name>.expected.jsonl for each <name>.log here: one small regex reader per tool layout.

No logmr code, standard library only. A line that the tool's reader does not match continues the record
before it (no record of its own; blank lines included); a record's message is its first line's text after
the header, kept as written (leading spaces and trailing spaces included). Access-log records (hypercorn's
access lines) also get "status", "bytes" ("-" -> 0) and "latency_ms" (null: the format has none).
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
MONTHS = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}
YEAR = 2026  # layouts without a year


def iso(y, mo, d, h, mi, s, frac="0"):
    ms = (str(frac) + "000")[:3]  # truncated, not rounded
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}T{int(h):02d}:{int(mi):02d}:{int(s):02d}.{ms}Z"


def iso_offset(y, mo, d, h, mi, s, off):
    """Local time with a +hhmm/-hhmm offset -> UTC."""
    t = datetime(int(y), int(mo), int(d), int(h), int(mi), int(s))
    sign = -1 if off[0] == "-" else 1
    t -= sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5]))
    return iso(t.year, t.month, t.day, t.hour, t.minute, t.second)


def iso_epoch(sec):
    t = datetime.fromtimestamp(int(sec), tz=timezone.utc)
    return iso(t.year, t.month, t.day, t.hour, t.minute, t.second)


LEVELS = {
    "TRACE": "DEBUG", "DEBUG": "DEBUG",
    "INFO": "INFO", "HTTP": "INFO", "NOTICE": "INFO",
    "WARN": "WARN", "WARNING": "WARN",
    "ERROR": "ERROR",
    "CRITICAL": "FATAL", "FATAL": "FATAL",
    # optuna's one-letter levelname
    "D": "DEBUG", "I": "INFO", "W": "WARN", "E": "ERROR", "C": "FATAL",
}


def lvl(word):
    return LEVELS[word.upper()]


def rec(line, time=None, level=None, service=None, host=None, message=""):
    return {"line": line, "time": time, "level": level, "service": service, "host": host, "message": message}


# Node's own process warnings on stderr, "(node:PID) Warning: text": the pid is no service, the
# warning's name is part of the text Node formats (no level field).
NODE_WARNING = re.compile(r"^\(node:\d+\) (.*)$")
# Python's warnings module on stderr, "path.py:NNN: Category: text" (then the source line, indented):
# the code location is no service, the category stays in the message (no level field).
PY_WARNING = re.compile(r"^\S+\.py:\d+: (\w*Warning: .*)$")


# Node-RED 4 console log: "D Mmm hh:mm:ss - [level] msg" (day not padded, no year); a node's own
# records continue "[type:name] msg": that bracket is the service.
NODERED = re.compile(r"^(\d{1,2}) ([A-Z][a-z]{2}) (\d{2}):(\d{2}):(\d{2}) - \[(\w+)\] ?(.*)$")
NODERED_NODE = re.compile(r"^\[([^\]:\s][^\]:]*:[^\]]*)\] ?(.*)$")


def nodered(n, t):
    m = NODERED.match(t)
    if m:
        service, msg = None, m[7]
        nm = NODERED_NODE.match(msg)
        if nm:
            service, msg = nm[1], nm[2]
        return rec(n, iso(YEAR, MONTHS[m[2]], m[1], m[3], m[4], m[5]), lvl(m[6]), service, None, msg)


# Verdaccio 6 default "pretty" stdout log: "level arrow msg", no time; arrow = subsystem
# ("<--" in, "-->" out, "-=-" fs, "---" other), not part of the message.
VERDACCIO = re.compile(r"^(trace|debug|info|http|warn|error|fatal) (<--|-->|-=-|---) (.*)$")


def verdaccio(n, t):
    m = VERDACCIO.match(t)
    if m:
        return rec(n, None, lvl(m[1]), None, None, m[3])
    m = NODE_WARNING.match(t)
    if m:
        return rec(n, None, None, None, None, m[1])


# Prefect 3 console: "hh:mm:ss.mmm | LEVEL   | name - msg" (time of day only -> null); name is the logger
# name or "Flow run 'x'" / "Task run 'y'" for run loggers.
PREFECT = re.compile(r"^(\d{2}):(\d{2}):(\d{2})\.(\d{3}) \| (DEBUG|INFO|WARNING|ERROR|CRITICAL) *\| (.*?) - (.*)$")


def prefect(n, t):
    m = PREFECT.match(t)
    if m:
        return rec(n, None, lvl(m[5]), m[6], None, m[7])


# dask distributed: "%(asctime)s - %(name)s - %(levelname)s - %(message)s"
DASK = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}),(\d{3}) - (\S+) - (DEBUG|INFO|WARNING|ERROR|CRITICAL) - (.*)$"
)


def dask(n, t):
    m = DASK.match(t)
    if m:
        return rec(n, iso(*m.groups()[:7]), lvl(m[9]), m[8], None, m[10])


# optuna: "[L yyyy-mm-dd hh:mm:ss,mmm] msg" (L = first letter of the level name), no logger name
OPTUNA = re.compile(r"^\[([DIWEC]) (\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}),(\d{3})\] (.*)$")


def optuna(n, t):
    m = OPTUNA.match(t)
    if m:
        return rec(n, iso(*m.groups()[1:8]), lvl(m[1]), None, None, m[9])


# transformers 5 default handler: "[transformers] msg" (no level, no time); after
# enable_explicit_format(): "[LEVEL|file.py:NNN] yyyy-mm-dd hh:mm:ss,mmm >> msg"
TRANSFORMERS = re.compile(r"^\[transformers\] (.*)$")
TRANSFORMERS_EXPLICIT = re.compile(
    r"^\[(DEBUG|INFO|WARNING|ERROR|CRITICAL)\|([^|\]]+?):(\d+)\] "
    r"(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}),(\d{3}) >> (.*)$"
)


def transformers(n, t):
    m = TRANSFORMERS.match(t)
    if m:
        return rec(n, None, None, "transformers", None, m[1])
    m = TRANSFORMERS_EXPLICIT.match(t)
    if m:  # service: the file name (as cloud-init's %(filename)s in session 28); ":line" dropped
        return rec(n, iso(*m.groups()[3:10]), lvl(m[1]), m[2], None, m[11])


# dramatiq CLI: "[asctime] [PID n] [threadName] [name] [LEVEL] msg"
DRAMATIQ = re.compile(
    r"^\[(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}),(\d{3})\] \[PID \d+\] \[[^\]]*\] \[([^\]]+)\] "
    r"\[(DEBUG|INFO|WARNING|ERROR|CRITICAL)\] (.*)$"
)


def dramatiq(n, t):
    m = DRAMATIQ.match(t)
    if m:
        return rec(n, iso(*m.groups()[:7]), lvl(m[9]), m[8], None, m[10])


# hypercorn error log: "[yyyy-mm-dd hh:mm:ss +zzzz] [pid] [LEVEL] msg"; access lines (stdout, same file)
# carry the same header and then "addr - - [CLF time] \"METHOD path proto\" status bytes \"ref\" \"ua\"".
HYPERCORN = re.compile(
    r"^\[(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-]\d{4})\] \[\d+\] \[(DEBUG|INFO|WARNING|ERROR|CRITICAL)\] (.*)$"
)
HYPERCORN_ACCESS = re.compile(r'^\S+ \S+ \S+ \[[^\]]+\] "[^"]*" (\d{3}) (\d+|-) "')


def hypercorn(n, t):
    m = HYPERCORN.match(t)
    if m:
        r = rec(n, iso_offset(*m.groups()[:7]), lvl(m[8]), None, None, m[9])
        a = HYPERCORN_ACCESS.match(m[9])
        if a:
            r.update(status=int(a[1]), bytes=0 if a[2] == "-" else int(a[2]), latency_ms=None)
        return r


# rq worker: "hh:mm:ss msg" (time of day only -> null; no level, no logger name)
RQ = re.compile(r"^(\d{2}):(\d{2}):(\d{2}) (.*)$")


def rq(n, t):
    m = RQ.match(t)
    if m:
        return rec(n, None, None, None, None, m[4])
    m = PY_WARNING.match(t)
    if m:
        return rec(n, None, None, None, None, m[1])


# Nagios Core 4 nagios.log: "[epoch] msg" (no level; host names inside the message are not a header)
NAGIOS = re.compile(r"^\[(\d{9,11})\] (.*)$")


def nagios(n, t):
    m = NAGIOS.match(t)
    if m:
        return rec(n, iso_epoch(m[1]), None, None, None, m[2])


READERS = {
    "nodered": nodered,
    "verdaccio": verdaccio,
    "prefect": prefect,
    "dask_scheduler": dask,
    "dask_worker": dask,
    "optuna": optuna,
    "transformers_default": transformers,
    "transformers_explicit": transformers,
    "dramatiq": dramatiq,
    "hypercorn": hypercorn,
    "rq": rq,
    "nagios": nagios,
}


def main():
    for name, reader in READERS.items():
        path = HERE / f"{name}.log"
        if not path.exists():
            continue
        text = path.read_bytes().decode("utf-8", errors="replace")
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        records = []
        for n, line in enumerate(lines, 1):
            r = reader(n, line)
            if r is not None:
                records.append(r)
            elif not records and line.strip():
                raise SystemExit(f"{name}.log:{n}: first line is no record: {line!r}")
        with open(HERE / f"{name}.expected.jsonl", "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{name}: {len(lines)} lines, {len(records)} records")


if __name__ == "__main__":
    main()
