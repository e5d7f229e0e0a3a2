#!/usr/bin/env python3
"""Write <name>.expected.jsonl for every log of corpus 33a, one small reader per layout.

Standard library only; written from each tool's observed output and documented format, independent of any
parser. Conventions: tests/data/loggers/README.md. Two ways of cutting records, named per file below:

- header: a line matching the layout's header starts a record; any other line continues the record before it
  (no record of its own); a line before the first header line (nothing to continue) is a record of its own with
  only its text as message, and lines after it continue that one.
- line: the tool writes one line per message and no multi-line messages: every line matching the header is a
  record with the header's fields, and so is every other line that starts with a non-blank character (its text
  the message, the rest null); indented and blank lines continue the record before them.

A line's ending is "\\n"; a "\\r" before it (CRLF: ssh's -E log, HTTP headers echoed by minidlna) is part of
the line ending, not of the text. The logs sit beside this file: each expected file is written next to its
log. `--check` only compares with the files there and exits 1 on any difference.
"""
import datetime
import json
import os
import re
import sys

YEAR = 2026
MONTHS = {m: i for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                                       "Dec"], 1)}


def iso(y, mo, d, h, mi, s, frac=""):
    ms = (frac + "000")[:3] if frac else "000"
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}T{int(h):02d}:{int(mi):02d}:{int(s):02d}.{ms}Z"


def iso_offset(y, mo, d, h, mi, s, frac, sign, oh, om):
    """Local time with a numeric UTC offset -> UTC ISO 8601, milliseconds truncated."""
    t = datetime.datetime(int(y), int(mo), int(d), int(h), int(mi), int(s))
    off = datetime.timedelta(hours=int(oh), minutes=int(om))
    t = t - off if sign == "+" else t + off
    return iso(t.year, t.month, t.day, t.hour, t.minute, t.second, frac)


def epoch(sec, frac=""):
    """Epoch seconds (and their decimal digits as written) -> UTC ISO 8601, milliseconds truncated."""
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
    return [ln.removesuffix("\r") for ln in lines]


def by_header(name, regex, build):
    """header rule: records = lines matching regex; other lines continue the record above."""
    out = []
    for n, line in enumerate(read(name), 1):
        m = regex.match(line)
        if m:
            r = build(n, m)
            if r is not None:
                out.append(r)
        elif not out:
            out.append(rec(n, None, None, None, None, line))
    return out


def by_line(name, regex, build):
    """line rule: header lines and lines starting with a non-blank character are records."""
    out = []
    for n, line in enumerate(read(name), 1):
        m = regex.match(line)
        if m:
            out.append(build(n, m))
        elif line == "" or line[0] in " \t":
            if not out:
                out.append(rec(n, None, None, None, None, line))
        else:
            out.append(rec(n, None, None, None, None, line))
    return out


ANSI = re.compile(r"\x1b\[[0-9;]*m")


# --- caddy 2.6.2, console encoder (zap), logs to stderr or to a file; JSON lines before the config is loaded.
CADDY_CONSOLE = re.compile(r"^(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{3})\t(.*)$")
ZAP_LEVELS = {"debug": "DEBUG", "info": "INFO", "warn": "WARN", "error": "ERROR", "dpanic": "FATAL",
              "panic": "FATAL", "fatal": "FATAL"}


def caddy(name):
    out = []
    for n, line in enumerate(read(name), 1):
        m = CADDY_CONSOLE.match(line)
        if m:
            y, mo, d, h, mi, s, ms, rest = m.groups()
            parts = rest.split("\t")
            level = ZAP_LEVELS[ANSI.sub("", parts[0]).lower()]
            cols = parts[1:]
            if len(cols) >= 2 and cols[-1].startswith("{") and cols[-1].endswith("}"):
                cols = cols[:-1]          # the structured fields, JSON
            if len(cols) == 1:
                service, message = None, cols[0]
            else:
                service, message = cols[0], "\t".join(cols[1:])
            out.append(rec(n, iso(y, mo, d, h, mi, s, ms), level, service, None, message))
            continue
        if line.startswith("{"):
            obj = json.loads(line)
            whole, _, frac = repr(obj["ts"]).partition(".")
            out.append(rec(n, epoch(whole, frac), ZAP_LEVELS[obj["level"]], obj.get("logger"), None,
                           obj.get("msg")))
            continue
        if not out:
            out.append(rec(n, None, None, None, None, line))
    return out


# --- PostgreSQL 15 with log_line_prefix = '%t [%p]: [%l-1] user=%u,db=%d,app=%a,client=%h '
PG_LEVELS = {"LOG": "INFO", "INFO": "INFO", "NOTICE": "INFO", "WARNING": "WARN", "ERROR": "ERROR",
             "FATAL": "FATAL", "PANIC": "FATAL", "DEBUG": "DEBUG", "DEBUG1": "DEBUG", "DEBUG2": "DEBUG",
             "DEBUG3": "DEBUG", "DEBUG4": "DEBUG", "DEBUG5": "DEBUG"}
PG_PARTS = ("DETAIL", "HINT", "CONTEXT", "STATEMENT", "QUERY", "LOCATION")
PG_PGBADGER = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) UTC \[(\d+)\]: \[(\d+)-1\] "
                         r"user=([^,]*),db=([^,]*),app=(.*?),client=(\S*) ([A-Z0-9]+):  (.*)$")


def postgresql_pgbadger(name):
    def build(n, m):
        y, mo, d, h, mi, s, _pid, _num, _user, _db, _app, _client, sev, msg = m.groups()
        if sev in PG_PARTS:
            return None                   # a part of the report above: it continues it
        return rec(n, iso(y, mo, d, h, mi, s), PG_LEVELS[sev], None, None, msg)
    return by_header(name, PG_PGBADGER, build)


# --- pgpool-II 4.3.5, stderr, default log_line_prefix '%m: %a pid %p: '
PGPOOL = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{3}): (.*?) pid (\d+): ([A-Z0-9]+):  (.*)$")


def pgpool2(name):
    def build(n, m):
        y, mo, d, h, mi, s, ms, app, _pid, sev, msg = m.groups()
        if sev in PG_PARTS:
            return None
        return rec(n, iso(y, mo, d, h, mi, s, ms), PG_LEVELS[sev], app, None, msg)
    return by_header(name, PGPOOL, build)


# --- BIRD 2.0.12, log "file" all
BIRD = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{3}) <([A-Z?]+)> (.*)$")
BIRD_LEVELS = {"DBG": "DEBUG", "TRACE": "DEBUG", "INFO": "INFO", "RMT": "ERROR", "WARN": "WARN",
               "ERR": "ERROR", "AUTH": "ERROR", "FATAL": "FATAL", "BUG": "FATAL", "???": None}


def bird2(name):
    def build(n, m):
        y, mo, d, h, mi, s, ms, cls, msg = m.groups()
        return rec(n, iso(y, mo, d, h, mi, s, ms), BIRD_LEVELS[cls], None, None, msg)
    return by_header(name, BIRD, build)


# --- xrdp 0.9.21.1 / xrdp-sesman log files
XRDP = re.compile(r"^\[(\d{4})(\d\d)(\d\d)-(\d\d):(\d\d):(\d\d)\] \[(\w+) *\] (.*)$")
XRDP_LEVELS = {"CORE": "FATAL", "ERROR": "ERROR", "WARN": "WARN", "INFO": "INFO", "DEBUG": "DEBUG",
               "TRACE": "DEBUG"}


def xrdp(name):
    def build(n, m):
        y, mo, d, h, mi, s, lvl, msg = m.groups()
        return rec(n, iso(y, mo, d, h, mi, s), XRDP_LEVELS[lvl], None, None, msg)
    return by_header(name, XRDP, build)


# --- Slurm 22.05.8 slurmctld / slurmd log files (LogTimeFormat iso8601_ms)
SLURM = re.compile(r"^\[(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.(\d{3})\] (.*)$")
SLURM_PREFIX = re.compile(r"^(?:(slurmscriptd): |\[(\d+\.\w+)\] )")
SLURM_LEVEL = re.compile(r"^(fatal|error|warning|info|verbose|debug|debug[2-5]): +")
SLURM_LEVELS = {"fatal": "FATAL", "error": "ERROR", "warning": "WARN", "info": "INFO", "verbose": "INFO",
                "debug": "DEBUG", "debug2": "DEBUG", "debug3": "DEBUG", "debug4": "DEBUG", "debug5": "DEBUG"}


def slurm(name):
    def build(n, m):
        y, mo, d, h, mi, s, ms, rest = m.groups()
        service = None
        p = SLURM_PREFIX.match(rest)
        if p:
            service = p.group(1) or p.group(2)
            rest = rest[p.end():]
        lv = SLURM_LEVEL.match(rest)
        level = "INFO"                    # no prefix: info (or verbose, written the same way)
        if lv:
            level = SLURM_LEVELS[lv.group(1)]
            rest = rest[lv.end():]
        return rec(n, iso(y, mo, d, h, mi, s, ms), level, service, None, rest)
    return by_header(name, SLURM, build)


# --- MUNGE 0.5.15 munged log file
MUNGED = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d) (\w+): +(.*)$")
MUNGED_LEVELS = {"Emergency": "FATAL", "Alert": "FATAL", "Critical": "FATAL", "Error": "ERROR",
                 "Warning": "WARN", "Notice": "INFO", "Info": "INFO", "Debug": "DEBUG"}


def munged(name):
    def build(n, m):
        y, mo, d, h, mi, s, sign, oh, om, lvl, msg = m.groups()
        return rec(n, iso_offset(y, mo, d, h, mi, s, "", sign, oh, om), MUNGED_LEVELS[lvl], None, None, msg)
    return by_header(name, MUNGED, build)


# --- lldpd 1.0.16 -dddd on stderr
LLDPD = re.compile(r"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d) \[ *([A-Z]+)/([^\]]*)\] (.*)$")
LLDPD_LEVELS = {"DBG": "DEBUG", "INFO": "INFO", "NOTI": "INFO", "WARN": "WARN", "ERR": "ERROR",
                "CRIT": "FATAL", "ALRT": "FATAL", "EMRG": "FATAL"}


def lldpd(name):
    def build(n, m):
        y, mo, d, h, mi, s, lvl, token, msg = m.groups()
        return rec(n, iso(y, mo, d, h, mi, s), LLDPD_LEVELS[lvl], token, None, msg)
    return by_header(name, LLDPD, build)


# --- radvd 2.19, -m logfile
RADVD = re.compile(r"^\[(\w{3}) (\d\d) (\d\d):(\d\d):(\d\d)\] (\S+) \((\d+)\): (.*)$")


def radvd(name):
    def build(n, m):
        mon, d, h, mi, s, prog, _pid, msg = m.groups()
        return rec(n, iso(YEAR, MONTHS[mon], d, h, mi, s), None, prog, None, msg)
    return by_header(name, RADVD, build)


# --- MiniDLNA 1.3.0: its log file (no time) and -d output (time)
MINIDLNA_LEVELS = {"off": None, "fatal": "FATAL", "error": "ERROR", "warn": "WARN", "info": "INFO",
                   "debug": "DEBUG", "maxdebug": "DEBUG"}
MINIDLNA_FILE = re.compile(r"^([\w/.-]+\.c):(\d+): (off|fatal|error|warn|info|debug|maxdebug): (.*)$")
MINIDLNA_DEBUG = re.compile(r"^\[(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d)\] ([\w/.-]+\.c):(\d+): "
                            r"(off|fatal|error|warn|info|debug|maxdebug): (.*)$")


def minidlna_file(name):
    def build(n, m):
        _file, _line, lvl, msg = m.groups()
        return rec(n, None, MINIDLNA_LEVELS[lvl], None, None, msg)
    return by_header(name, MINIDLNA_FILE, build)


def minidlna_debug(name):
    def build(n, m):
        y, mo, d, h, mi, s, _file, _line, lvl, msg = m.groups()
        return rec(n, iso(y, mo, d, h, mi, s), MINIDLNA_LEVELS[lvl], None, None, msg)
    return by_header(name, MINIDLNA_DEBUG, build)


# --- ZNC 1.8.2 -D (debug output on stdout)
ZNC = re.compile(r"^\[(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d+)\] (.*)$")


def znc(name):
    def build(n, m):
        y, mo, d, h, mi, s, us, msg = m.groups()
        return rec(n, iso(y, mo, d, h, mi, s, us), None, None, None, msg)
    return by_line(name, ZNC, build)


# --- NUT 2.8.0 drivers/upsd/upsmon with -D: seconds since start, a tab, [Dn] for debug messages
NUT = re.compile(r"^ *(\d+)\.(\d{6})\t(?:\[D(\d)\] )?(.*)$")


def nut(name):
    def build(n, m):
        _sec, _us, dlevel, msg = m.groups()
        return rec(n, None, "DEBUG" if dlevel else None, None, None, msg)
    return by_line(name, NUT, build)


# --- Dante 1.4.2 danted, logoutput to a file
DANTE = re.compile(r"^(\w{3}) +(\d+) (\d\d):(\d\d):(\d\d) \((\d+)\.(\d+)\) (\S+)\[(\d+)\]: (\w+): (.*)$")
SYSLOG_WORDS = {"debug": "DEBUG", "info": "INFO", "notice": "INFO", "warning": "WARN", "error": "ERROR",
                "err": "ERROR", "crit": "FATAL", "alert": "FATAL", "emerg": "FATAL"}


def danted(name):
    def build(n, m):
        _mon, _d, _h, _mi, _s, sec, frac, prog, _pid, lvl, msg = m.groups()
        return rec(n, epoch(sec, frac), SYSLOG_WORDS[lvl], prog, None, msg)
    return by_header(name, DANTE, build)


# --- iperf3 3.12 --logfile --timestamps (default format: ctime's "%c ")
IPERF3 = re.compile(r"^(\w{3}) (\w{3}) +(\d+) (\d\d):(\d\d):(\d\d) (\d{4}) (.*)$")


def iperf3(name):
    def build(n, m):
        _wd, mon, d, h, mi, s, y, msg = m.groups()
        level = "ERROR" if msg.startswith("iperf3: ") else None
        return rec(n, iso(y, MONTHS[mon], d, h, mi, s), level, None, None, msg)
    return by_header(name, IPERF3, build)


# --- OpenSSH 9.2p1 client, -vvv -E file (CRLF line ends)
SSH = re.compile(r"^debug([123]): (.*)$")


def ssh_vvv(name):
    def build(n, m):
        return rec(n, None, "DEBUG", None, None, m.group(2))
    return by_line(name, SSH, build)


# --- shadowsocks-libev 3.3.5 -v (a space before the time)
SHADOWSOCKS = re.compile(r"^ (\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) (DEBUG|INFO|WARN|WARNING|ERROR|FATAL): (.*)$")


def shadowsocks(name):
    def build(n, m):
        y, mo, d, h, mi, s, lvl, msg = m.groups()
        return rec(n, iso(y, mo, d, h, mi, s), {"WARNING": "WARN"}.get(lvl, lvl), None, None, msg)
    return by_header(name, SHADOWSOCKS, build)


# --- tinc 1.0.36 --logfile
TINC = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) (\S+)\[(\d+)\]: (.*)$")


def tinc(name):
    def build(n, m):
        y, mo, d, h, mi, s, ident, _pid, msg = m.groups()
        return rec(n, iso(y, mo, d, h, mi, s), None, ident, None, msg)
    return by_header(name, TINC, build)


READERS = {
    "caddy_console.log": caddy,
    "caddy_console_file.log": caddy,
    "postgresql_pgbadger.log": postgresql_pgbadger,
    "pgpool2.log": pgpool2,
    "bird2.log": bird2,
    "xrdp.log": xrdp,
    "xrdp_sesman.log": xrdp,
    "slurmctld.log": slurm,
    "slurmd.log": slurm,
    "munged.log": munged,
    "lldpd.log": lldpd,
    "radvd.log": radvd,
    "minidlna_file.log": minidlna_file,
    "minidlna_debug.log": minidlna_debug,
    "znc_debug.log": znc,
    "nut_upsd.log": nut,
    "nut_upsmon.log": nut,
    "nut_dummy_ups.log": nut,
    "danted.log": danted,
    "iperf3_server.log": iperf3,
    "iperf3_client.log": iperf3,
    "ssh_vvv.log": ssh_vvv,
    "ss_server.log": shadowsocks,
    "ss_local.log": shadowsocks,
    "tinc.log": tinc,
}


def main():
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    check = "--check" in sys.argv[1:]
    bad = 0
    for name, reader in READERS.items():
        records = reader(name)
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        target = name.rsplit(".", 1)[0] + ".expected.jsonl"
        if check:
            with open(target, encoding="utf-8") as f:
                if f.read() != text:
                    print(f"differs: {target}")
                    bad += 1
        else:
            with open(target, "w", encoding="utf-8") as f:
                f.write(text)
        print(f"{name}: {len(records)} records")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
