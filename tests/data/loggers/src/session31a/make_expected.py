#!/usr/bin/env python3
"""Write <name>.expected.jsonl for every log of corpus31a, one small regex reader per layout.

Standard library only; written from each tool's observed output and documented format, independent of any
parser. Conventions: tests/data/loggers/README.md. A line that does not match its layout's header continues
the record before it (no record of its own). Run in the folder holding the logs: each expected file is written
next to its log. `--check` only compares with the files there.
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
    return None if word is None else LEVELS[word.lower()]


def iso(y, mo, d, h, mi, s, frac=""):
    ms = (frac + "000")[:3] if frac else "000"
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}T{int(h):02d}:{int(mi):02d}:{int(s):02d}.{ms}Z"


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


# --- corosync 3 logfile (libqb "%t [%P] %H %N %p [%6g] %b"):
# "Dec 04 03:00:53.142 [30059] vm corosync error   [MAIN  ] Another Corosync instance is already running."
COROSYNC = re.compile(r"^(\w{3}) ([ \d]\d) (\d\d):(\d\d):(\d\d)\.(\d{3}) \[(\d+)\] (\S+) (\S+) +"
                      r"(trace|debug|info|notice|warning|error|crit|alert|emerg) +\[([A-Z0-9_]+) *\] (.*)$")


def corosync(n, m):
    mon, d, h, mi, s, ms, _pid, host, prog, level, _subsys, msg = m.groups()
    return rec(n, iso(YEAR, MONTHS[mon], d.strip(), h, mi, s, ms), lvl(level), prog, host, msg)


# --- crowdsec 1.4 (logrus TextFormatter, TimestampFormat "02-01-2006 15:04:05", FullTimestamp):
# 'time="04-12-2026 03:03:20" level=info msg="Ip 203.0.113.7 performed ..." key=value ...'
LOGFMT_PAIR = re.compile(r'([^\s=]+)=("(?:[^"\\]|\\.)*"|\S*)')
GO_ESC = re.compile(r'\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}|.)')
GO_SIMPLE = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92, '"': 34, "'": 39}


def go_unquote(v):
    """Decode a Go strconv.Quote / %q string (logrus quotes the values that need it)."""
    if not v.startswith('"'):
        return v
    body, raw, pos = v[1:-1], bytearray(), 0
    for m in GO_ESC.finditer(body):
        raw += body[pos:m.start()].encode("utf-8")
        e = m.group(1)
        if e[0] == "x":
            raw.append(int(e[1:], 16))  # a byte
        elif e[0] in "uU":
            raw += chr(int(e[1:], 16)).encode("utf-8")
        elif len(e) == 3:
            raw.append(int(e, 8))
        else:
            raw.append(GO_SIMPLE[e])
        pos = m.end()
    raw += body[pos:].encode("utf-8")
    return raw.decode("utf-8", errors="surrogateescape")


CROWDSEC_TIME = re.compile(r"^(\d\d)-(\d\d)-(\d{4}) (\d\d):(\d\d):(\d\d)$")


def crowdsec(name):
    out = []
    for n, line in enumerate(read(name), 1):
        if not line.startswith("time="):
            continue
        kv = {k: go_unquote(v) for k, v in LOGFMT_PAIR.findall(line)}
        d, mo, y, h, mi, s = CROWDSEC_TIME.match(kv["time"]).groups()
        out.append(rec(n, iso(y, mo, d, h, mi, s), lvl(kv["level"]), None, None, kv["msg"]))
    return out


# --- kamailio 5.6 stderr (log_stderror=yes): " 2(1642) ERROR: <core> [core/receive.c:376]: receive_msg(): text"
# and xlog's " 1(1641) INFO: <script>: text". No time.
KAMAILIO = re.compile(r"^ *(\d+)\((\d+)\) (DEBUG|INFO|NOTICE|WARNING|ERROR|CRITICAL|ALERT|BUG): "
                      r"(?:<(\w+)>|([\w.-]+))(?:: | \[([^\]]*)\]: (?:(\w+)\(\): )?)(.*)$")
KAMAILIO_LEVELS = {"DEBUG": "DEBUG", "INFO": "INFO", "NOTICE": "INFO", "WARNING": "WARN", "ERROR": "ERROR",
                   "CRITICAL": "FATAL", "ALERT": "FATAL", "BUG": "FATAL"}


def kamailio(n, m):
    _rank, _pid, level, core_mod, mod, _where, _func, msg = m.groups()
    return rec(n, None, KAMAILIO_LEVELS[level], core_mod or mod, None, msg)


# --- ejabberd 23.01 (Erlang logger, ejabberd's formatter):
# "2026-12-04 03:05:55.040814+00:00 [warning] <0.713.0>@ejabberd_c2s:process_auth_result/3:280 text"
EJABBERD = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d+)([+-]\d\d:\d\d) "
                      r"\[(debug|info|notice|warning|error|critical|alert|emergency)\] "
                      r"<([\d.]+)>@([\w]+):([\w]+)/(\d+):(\d+) (.*)$")


def ejabberd(n, m):
    y, mo, d, h, mi, s, frac, off, level, _pid, module, _fun, _arity, _lineno, msg = m.groups()
    assert off == "+00:00"
    return rec(n, iso(y, mo, d, h, mi, s, frac), lvl(level), module, None, msg)


# --- qBittorrent 4.5 log file: "(C) 2026-12-04T03:07:07 - Failed to listen on IP. ..."
# N normal, I info, W warning, C critical (Log::MsgType).
QBT = re.compile(r"^\(([NIWC])\) (\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d) - (.*)$")
QBT_LEVELS = {"N": "INFO", "I": "INFO", "W": "WARN", "C": "FATAL"}


def qbittorrent(n, m):
    kind, y, mo, d, h, mi, s, msg = m.groups()
    return rec(n, iso(y, mo, d, h, mi, s), QBT_LEVELS[kind], None, None, msg)


# --- deluged 2.0 log file: "03:07:41 [WARNING ][deluge.config                 :410 ] text" (time of day only;
# the logger-name column widens as longer names appear).
DELUGE = re.compile(r"^(\d\d):(\d\d):(\d\d) \[(DEBUG|INFO|WARNING|ERROR|CRITICAL|TRACE|GARBAGE) *\]"
                    r"\[([^\]]+?) *:(\d+) *\] (.*)$")
DELUGE_LEVELS = {"GARBAGE": "DEBUG", "TRACE": "DEBUG", "DEBUG": "DEBUG", "INFO": "INFO", "WARNING": "WARN",
                 "ERROR": "ERROR", "CRITICAL": "FATAL"}


def deluge(n, m):
    _h, _mi, _s, level, logger, _lineno, msg = m.groups()
    return rec(n, None, DELUGE_LEVELS[level], logger, None, msg)


# --- GlusterFS 10 glusterd log:
# "[2026-12-04 03:08:38.454503 +0000] E [MSGID: 106025] [glusterd-op-sm.c:1184:func] 0-management: text"
# optional "(-->backtrace ) " before the translator on cleanup_and_exit. Levels: gf_loglevel_char.
GLUSTER = re.compile(r"^\[(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d+) ([+-]\d{4})\] ([MACEWNIDT]) "
                     r"(?:\[MSGID: (\d+)\] )?\[([^\]]+)\] (?:\(-->.*?\) )?(\d+)-([^:\s]*): (.*)$")
GLUSTER_LEVELS = {"M": "FATAL", "A": "FATAL", "C": "FATAL", "E": "ERROR", "W": "WARN", "N": "INFO", "I": "INFO",
                  "D": "DEBUG", "T": "DEBUG"}


def gluster(n, m):
    y, mo, d, h, mi, s, frac, off, level, _msgid, _where, _graph, xlator, msg = m.groups()
    assert off == "+0000"
    return rec(n, iso(y, mo, d, h, mi, s, frac), GLUSTER_LEVELS[level], xlator or None, None, msg)


# --- Mopidy 3.4 console log, default format
# "%(levelname)-8s %(asctime)s [%(process)d:%(threadName)s] %(name)s\n  %(message)s": two lines per record,
# the message on the second line after the format's two spaces.
MOPIDY = re.compile(r"^(TRACE|DEBUG|INFO|WARNING|ERROR|CRITICAL) +(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d),(\d{3}) "
                    r"\[(\d+):([^\]]*)\] (\S+)$")


def mopidy(name):
    out = []
    lines = read(name)
    for i, line in enumerate(lines):
        m = MOPIDY.match(line)
        if m:
            level, y, mo, d, h, mi, s, ms, _pid, _thread, logger = m.groups()
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            msg = nxt.removeprefix("  ")
            out.append(rec(i + 1, iso(y, mo, d, h, mi, s, ms), lvl(level), logger, None, msg))
    return out


FILES = {
    "corosync.log": lambda f: by_header(f, COROSYNC, corosync),
    "crowdsec.log": crowdsec,
    "kamailio.log": lambda f: by_header(f, KAMAILIO, kamailio),
    "ejabberd.log": lambda f: by_header(f, EJABBERD, ejabberd),
    "qbittorrent.log": lambda f: by_header(f, QBT, qbittorrent),
    "deluged.log": lambda f: by_header(f, DELUGE, deluge),
    "glusterd.log": lambda f: by_header(f, GLUSTER, gluster),
    "mopidy.log": mopidy,
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
