#!/usr/bin/env python3
"""Write <name>.expected.jsonl for every log of corpus31c, one small regex reader per layout.

Standard library only; written from each tool's observed output and documented format, independent of any
parser. Conventions: tests/data/loggers/README.md. A line that does not match its layout's header continues
the record before it (no record of its own); non-blank lines before a file's first header line start a record
of their own (time, level, service null). Run in the folder holding the logs: each expected file is written next
to its log. `--check` only compares with the files there.
"""
import json
import re
import sys

YEAR = 2026
MONTHS = {m: i for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}

LEVELS = {
    "trace": "DEBUG", "debug": "DEBUG", "info": "INFO", "notice": "INFO", "warn": "WARN", "warning": "WARN",
    "error": "ERROR", "err": "ERROR", "critical": "FATAL", "crit": "FATAL", "alert": "FATAL",
    "emergency": "FATAL", "emerg": "FATAL", "fatal": "FATAL", "panic": "FATAL",
}


def lvl(word):
    return None if word is None else LEVELS[word.strip().lower()]


def iso(y, mo, d, h, mi, s, frac=""):
    ms = (frac + "000")[:3] if frac else "000"
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}T{int(h):02d}:{int(mi):02d}:{int(s):02d}.{ms}Z"


def rec(line, time, level, service, host, message, **extra):
    out = {"line": line, "time": time, "level": level, "service": service, "host": host, "message": message}
    out.update(extra)
    return out


def read(name):
    with open(name, encoding="utf-8", newline="") as f:
        text = f.read()
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def by_header(name, regex, build, lead=None):
    """Records = lines matching regex (build may return None: not a header); other lines continue the record
    above. Non-blank lines before the first record start records of their own (lead builds them)."""
    out = []
    for n, line in enumerate(read(name), 1):
        m = regex.match(line)
        r = build(n, m) if m else None
        if r is not None:
            out.append(r)
        elif not out and line.strip():
            out.append(lead(n, line) if lead else rec(n, None, None, None, None, line))
    return out


# --- netdata 1.37 error.log. Three writers share the file:
# C daemon and C plugins (libnetdata log.c: "%s: %s %-5.5s : %s : " date, program, prefix, thread tag):
#   "2026-12-04 03:53:04: netdata ERROR : HEALTH[köln-node] : text"
# its flood protection notice (no level, no tag): "2026-12-04 03:53:04: netdata LOG FLOOD PROTECTION too many ..."
# shell plugins (charts.d.plugin, fping.plugin, ioping.plugin, tc-qos-helper.sh): "date: program: LEVEL: text"
ND_DATE = r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d): "
NETDATA = re.compile(ND_DATE + r"(?:(\S+) (INFO|ERROR|FATAL|DEBUG) *: (.+?) : (.*)"
                     r"|(\S+) (LOG FLOOD PROTECTION .*)"
                     r"|([^\s:]+): (INFO|WARNING|ERROR|FATAL|DEBUG): (.*))$")


def netdata(n, m):
    y, mo, d, h, mi, s, prog, level, _tag, msg, fprog, fmsg, sprog, slevel, smsg = m.groups()
    t = iso(y, mo, d, h, mi, s)
    if prog:
        return rec(n, t, lvl(level), prog, None, msg)
    if fprog:
        return rec(n, t, None, fprog, None, fmsg)
    return rec(n, t, lvl(slevel), sprog, None, smsg)


# --- netdata 1.37 access.log (web_client.c): "date: <client id>: <tid> '[<ip>]:<port>' '<EVENT>'" and, for a
# served request, "'DATA' (sent/all = S/A bytes -P%, prep/sent/total = p/s/t ms) STATUS 'URL'".
NETDATA_ACCESS = re.compile(ND_DATE + r"(\d+): (\d+) '\[([^\]]*)\]:(\d+)' '([A-Z]+)'"
                            r"(?: \(sent/all = (\d+)/(\d+) bytes -?\d+%, prep/sent/total = ([\d.]+)/([\d.]+)/([\d.]+) ms\)"
                            r" (\d{3}) '(.*)')?$")


def netdata_access(n, m):
    (y, mo, d, h, mi, s, _cid, _tid, _ip, _port, event, sent, _all, _prep, _snd, total, status, url) = m.groups()
    t = iso(y, mo, d, h, mi, s)
    if event == "DATA":
        return rec(n, t, None, None, None, url, status=int(status), bytes=int(sent), latency_ms=float(total))
    return rec(n, t, None, None, None, event, status=None, bytes=None, latency_ms=None)


# --- syslog-ng 3.38. With -e (stderr): "[2026-12-04T03:55:18.946743] text"; a configuration syntax error is
# printed without a time: "Error parsing ..., syntax error, ... in FILE:l:c-l:c:" then an excerpt of the file.
SNG_STDERR = re.compile(r"^(?:\[(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.(\d+)\] (.*)"
                        r"|(Error parsing .* in \S+:\d+:\d+-\d+:\d+:))$")


def sng_level(msg):
    return "WARN" if msg.startswith("WARNING: ") else None


def sng_stderr(n, m):
    y, mo, d, h, mi, s, frac, msg, perr = m.groups()
    if perr:
        return rec(n, None, None, None, None, perr)
    return rec(n, iso(y, mo, d, h, mi, s, frac), sng_level(msg), None, None, msg)


# internal() through a file destination, the default file template "$DATE $HOST $MSGHDR$MSG" (BSD date):
# "Dec  4 03:55:37 vm syslog-ng[31305]: syslog-ng starting up; version='3.38.1'"
SNG_FILE = re.compile(r"^(\w{3}) ([ \d]\d) (\d\d):(\d\d):(\d\d) (\S+) ([^\s\[:]+)\[(\d+)\]: (.*)$")


def sng_file(n, m):
    mon, d, h, mi, s, host, prog, _pid, msg = m.groups()
    return rec(n, iso(YEAR, MONTHS[mon], d.strip(), h, mi, s), sng_level(msg), prog, host, msg)


# --- unattended-upgrades 2.9 log file: logging "%(asctime)s %(levelname)s %(message)s"
UU = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d),(\d{3}) (DEBUG|INFO|WARNING|ERROR|CRITICAL) (.*)$")


def uu(n, m):
    y, mo, d, h, mi, s, ms, level, msg = m.groups()
    return rec(n, iso(y, mo, d, h, mi, s, ms), lvl(level), None, None, msg)


# --- Sphinx 9 console (stdout + stderr): status lines (no level), and warnings
# "[location: ]LEVEL: text[ [type.subtype]]". A warning may span lines: it ends on the line carrying its
# " [type]" suffix (Sphinx appends it to the whole text). Warnings without a type carry no suffix: the two in
# this run (the html_static_path check and intersphinx's "failed to reach any of the inventories", whose
# per-URL "intersphinx inventory ... not fetchable ..." lines continue it) are known by their text.
SPHINX_TYPELESS = ("html_static_path entry ", "failed to reach any of the inventories")
SPHINX_LEVEL = re.compile(r"(?:^|: )(WARNING|ERROR|CRITICAL): (.*)$")
SPHINX_SUFFIX = re.compile(r" \[[\w.-]+\]$")


def sphinx(name):
    out, open_warning, typeless = [], False, False
    for n, line in enumerate(read(name), 1):
        if open_warning:
            if SPHINX_SUFFIX.search(line):
                open_warning = False
            continue
        if typeless and line.startswith("intersphinx inventory "):
            continue
        typeless = False
        m = SPHINX_LEVEL.search(line)
        if m:
            level, msg = m.groups()
            out.append(rec(n, None, lvl(level), None, None, msg))
            if msg.startswith(SPHINX_TYPELESS):
                typeless = True
            elif not SPHINX_SUFFIX.search(line):
                open_warning = True
        elif line.strip():
            out.append(rec(n, None, None, None, None, line))
    return out


# --- Exim 4.96 rejectlog and paniclog: "yyyy-mm-dd hh:mm:ss text"; the rejectlog's header dump after a
# rejection at DATA time (Envelope-from:, Envelope-to:, flagged header lines) continues the record.
EXIM = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) (.*)$")


def exim(n, m):
    y, mo, d, h, mi, s, msg = m.groups()
    return rec(n, iso(y, mo, d, h, mi, s), None, None, None, msg)


# --- TypeORM 1.1 "advanced-console" logger (logging: "all"), colours off (not a TTY): "prefix: text" for
# queries and errors, the bare text for schema-build, migration, log and warn messages. A line that starts with
# white space continues the record above (the lines of a multi-line SQL statement).
TYPEORM = re.compile(r"^(?:(query|query failed|error|query is slow|execution time|info): )?(\S.*)$")
TYPEORM_LEVELS = {None: None, "query": None, "query failed": "ERROR", "error": "ERROR", "query is slow": "WARN",
                  "execution time": "WARN", "info": "INFO"}


def typeorm(n, m):
    prefix, msg = m.groups()
    return rec(n, None, TYPEORM_LEVELS[prefix], None, None, msg)


# --- Sequelize 6 default logging (console.log): "Executing (default): SQL", with benchmark: true
# "Executed (<transaction id>): SQL Elapsed time: Nms". A multi-line SQL statement continues the record.
SEQUELIZE = re.compile(r"^(?:Executing|Executed) \(([^)]*)\): (.*)$")


def sequelize(n, m):
    _conn, msg = m.groups()
    return rec(n, None, None, None, None, msg)


# --- Dagster 1.13 console logger: "%(asctime)s %z - %(name)s - %(levelname)s - " then Dagster's own prefix
# "job - run_id - [pid - ][step_key - ][EVENT_TYPE - ]" before the text.
DAGSTER = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) ([+-]\d{4}) - (\S+) - "
                     r"(DEBUG|INFO|WARNING|ERROR|CRITICAL) - (\S+) - ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}) - "
                     r"(?:(\d+) - )?(?:([A-Za-z_][\w.\[\]]*) - )?(?:([A-Z][A-Z_]*[A-Z]) - )?(.*)$")


def dagster(n, m):
    y, mo, d, h, mi, s, off, logger, level, _job, _run, _pid, _step, _event, msg = m.groups()
    assert off == "+0000"
    return rec(n, iso(y, mo, d, h, mi, s), lvl(level), logger, None, msg)


FILES = {
    "netdata_error.log": lambda f: by_header(f, NETDATA, netdata),
    "netdata_access.log": lambda f: by_header(f, NETDATA_ACCESS, netdata_access),
    "syslog_ng_stderr.log": lambda f: by_header(f, SNG_STDERR, sng_stderr),
    "syslog_ng_internal.log": lambda f: by_header(f, SNG_FILE, sng_file),
    "unattended_upgrades.log": lambda f: by_header(f, UU, uu),
    "sphinx_build.log": sphinx,
    "exim_rejectlog.log": lambda f: by_header(f, EXIM, exim),
    "exim_paniclog.log": lambda f: by_header(f, EXIM, exim),
    "typeorm.log": lambda f: by_header(f, TYPEORM, typeorm),
    "sequelize.log": lambda f: by_header(f, SEQUELIZE, sequelize),
    "sequelize_benchmark.log": lambda f: by_header(f, SEQUELIZE, sequelize),
    "dagster.log": lambda f: by_header(f, DAGSTER, dagster),
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
            with open(target, encoding="utf-8") as f:
                same = f.read() == text
            bad += not same
            print(f"{target}: {'same' if same else 'DIFFERS'}")
        else:
            with open(target, "w", encoding="utf-8") as f:
                f.write(text)
            print(f"{name}: {len(read(name))} lines, {len(records)} records")
    sys.exit(1 if bad else 0)
