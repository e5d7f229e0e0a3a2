#!/usr/bin/env python3
"""Write <name>.expected.jsonl for every log of corpus 32b, one small reader per layout.

Standard library only; written from each library's observed output and documented format, independent of any
parser. Conventions: tests/data/loggers/README.md. A text line that does not match its layout's header continues
the record before it (no record of its own; lines before the first record, glog's file preamble, make none).
Run in the folder holding the logs: each expected file is written next to its log. `--check` only compares.
"""
import json
import re
import sys

YEAR = 2026

LEVELS = {
    "trace": "DEBUG", "trc": "DEBUG", "debug": "DEBUG", "dbg": "DEBUG", "dbug": "DEBUG",
    "finest": "DEBUG", "finer": "DEBUG", "fine": "DEBUG", "sill": "DEBUG", "verb": "DEBUG",
    "trce": "DEBUG", "debg": "DEBUG", "erro": "ERROR",
    "info": "INFO", "inf": "INFO", "config": "INFO", "notice": "INFO", "http": "INFO", "timing": "INFO",
    "warn": "WARN", "wrn": "WARN", "warning": "WARN",
    "error": "ERROR", "err": "ERROR", "eror": "ERROR", "err!": "ERROR", "severe": "ERROR",
    "fatal": "FATAL", "ftl": "FATAL", "crit": "FATAL", "critical": "FATAL", "panic": "FATAL", "pnc": "FATAL",
}


def lvl(word):
    return None if word is None else LEVELS[word.strip().lower()]


def iso(y, mo, d, h, mi, s, frac=""):
    ms = (frac + "000")[:3] if frac else "000"
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}T{int(h):02d}:{int(mi):02d}:{int(s):02d}.{ms}Z"


RFC3339 = re.compile(r"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?(Z|[+-]00:?00)$")


def iso_rfc3339(v):
    """An RFC 3339 time in UTC (all tools ran with TZ=UTC: offset Z or +0000), truncated to ms."""
    m = RFC3339.match(v)
    y, mo, d, h, mi, s, frac, _off = m.groups()
    return iso(y, mo, d, h, mi, s, frac or "")


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


def grouped(name, regex):
    """(line number, match, [record's lines]) for each record: a header line and the lines continuing it."""
    groups = []
    for n, line in enumerate(read(name), 1):
        m = regex.match(line)
        if m:
            groups.append((n, m, [line]))
        elif groups:
            groups[-1][2].append(line)
    return groups


def json_lines(name, build):
    return [build(n, json.loads(line)) for n, line in enumerate(read(name), 1)]


# --- Go-quoted logfmt values (log15, go-kit: go-logfmt) -----------------------------------------------------------
LOGFMT_PAIR = re.compile(r'([^\s=]+)=("(?:[^"\\]|\\.)*"|\S*)')
GO_ESC = re.compile(r'\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}|.)')
GO_SIMPLE = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92, '"': 34, "'": 39}


def go_unquote(v):
    """Decode a Go-quoted value (strconv.Quote style; log15's escapeString uses a subset of it)."""
    if not v.startswith('"'):
        return v
    body, raw, pos = v[1:-1], bytearray(), 0
    for m in GO_ESC.finditer(body):
        raw += body[pos:m.start()].encode("utf-8")
        e = m.group(1)
        if e[0] == "x":
            raw.append(int(e[1:], 16))
        elif e[0] in "uU":
            raw += chr(int(e[1:], 16)).encode("utf-8")
        elif len(e) == 3:
            raw.append(int(e, 8))
        else:
            raw.append(GO_SIMPLE[e])
        pos = m.end()
    raw += body[pos:].encode("utf-8")
    return raw.decode("utf-8", errors="surrogateescape")


def logfmt(line):
    kv = {}
    for k, v in LOGFMT_PAIR.findall(line):
        kv.setdefault(k, go_unquote(v))
    return kv


# --- log15 2.15 LogfmtFormat (the root logger's default when stdout is not a terminal):
# 't=2026-12-04T13:50:19+0000 lvl=eror msg="DB timeout" module=checkout db=orders ...'
LOG15_T = re.compile(r"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\+0000$")


def log15_logfmt(name):
    out = []
    for n, line in enumerate(read(name), 1):
        if not line.startswith("t="):
            continue
        kv = logfmt(line)
        out.append(rec(n, iso(*LOG15_T.match(kv["t"]).groups()), lvl(kv["lvl"]), kv.get("module"), None, kv["msg"]))
    return out


# --- log15 TerminalFormat (always coloured): "\x1b[31mEROR\x1b[0m[12-04|13:50:19] DB timeout   \x1b[31mdb\x1b[0m=orders"
# the message is written raw, then one space, padding to 40 columns when there are fields, then coloured keys.
LOG15_TERM = re.compile(r"^\x1b\[\d+m(DBUG|INFO|WARN|EROR|CRIT)\x1b\[0m\[(\d\d)-(\d\d)\|(\d\d):(\d\d):(\d\d)\] (.*)$")
LOG15_TERM_MODULE = re.compile(r"\x1b\[\d+mmodule\x1b\[0m=(\S+)")


def log15_terminal(name):
    out = []
    for n, m, lines in grouped(name, LOG15_TERM):
        level, mo, d, h, mi, s, rest = m.groups()
        cut = rest.find("\x1b[")
        if cut >= 0:
            msg = rest[:cut].rstrip(" ")
        else:
            msg = rest.removesuffix(" ")
        mod = LOG15_TERM_MODULE.search("\n".join(lines))
        out.append(rec(n, iso(YEAR, mo, d, h, mi, s), lvl(level), go_unquote(mod.group(1)) if mod else None, None, msg))
    return out


# --- log15 JsonFormat: {"lvl":"eror","module":"checkout","msg":"...","t":"2026-12-04T13:50:19.945993165Z"}
def log15_json(n, o):
    return rec(n, iso_rfc3339(o["t"]), lvl(o["lvl"]), o.get("module"), None, o["msg"])


# --- go-kit log 0.2.1 logfmt / JSON with ts=DefaultTimestampUTC, caller, level.X(): level first, no level on plain Log()
def gokit_logfmt(name):
    out = []
    for n, line in enumerate(read(name), 1):
        kv = logfmt(line)
        out.append(rec(n, iso_rfc3339(kv["ts"]), lvl(kv.get("level")), kv.get("component"), None, kv.get("msg")))
    return out


def gokit_json(n, o):
    return rec(n, iso_rfc3339(o["ts"]), lvl(o.get("level")), o.get("component"), None, o.get("msg"))


# --- zerolog 1.26 ConsoleWriter{NoColor: true}: "1:50PM INF message key=value ..." (TimeFormat time.Kitchen: a time
# of day only -> null) or TimeFormat RFC3339 "2026-12-04T13:50:19Z INF ...". Fields sorted, after the message.
ZL_KITCHEN = re.compile(r"^(\d{1,2}):(\d\d)(AM|PM) (TRC|DBG|INF|WRN|ERR|FTL|PNC|\?\?\?) (.*)$")
ZL_RFC3339 = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ) (TRC|DBG|INF|WRN|ERR|FTL|PNC|\?\?\?) (.*)$")
TRAILING_PAIR = re.compile(r' ([A-Za-z_][\w.]*)=("(?:[^"\\]|\\.)*"|[^\s"]\S*|)$')


def split_fields(rest):
    """Strip the trailing ` key=value` pairs off a console line: (message, {key: value})."""
    fields = {}
    while True:
        m = TRAILING_PAIR.search(rest)
        if not m:
            return rest, fields
        fields[m.group(1)] = go_unquote(m.group(2))
        rest = rest[:m.start()]


def zl_level(word):
    return None if word == "???" else lvl(word)


def zerolog_console(n, m):
    *_, level, rest = m.groups()
    msg, fields = split_fields(rest)
    return rec(n, None, zl_level(level), fields.get("service"), None, msg)


def zerolog_console_rfc3339(n, m):
    t, level, rest = m.groups()
    msg, fields = split_fields(rest)
    return rec(n, iso_rfc3339(t), zl_level(level), fields.get("service"), None, msg)


# --- apex/log 1.1.1 default handler (the standard library's log, stderr):
# "2026/12/04 13:50:19  warn user login failed         ip=198.51.100.23 reason=bad password service=checkout ..."
# fmt "%5s %-25s" then " name=%v" per field, sorted, unquoted: fields start at or after column 25 of the message.
APEX = re.compile(r"^(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d) ( {0,4}(?:debug|info|warn|error|fatal)) (.*)$")
APEX_FIELD = re.compile(r" [A-Za-z_]\w*=")
APEX_SERVICE = re.compile(r"(?:^| )service=(\S+)")


def apex_default(n, m):
    y, mo, d, h, mi, s, level, rest = m.groups()
    f = APEX_FIELD.search(rest, 25)
    if f:
        msg, fields = rest[:f.start()].rstrip(" "), rest[f.start():]
    else:
        msg, fields = rest, ""
    svc = APEX_SERVICE.search(fields)
    return rec(n, iso(y, mo, d, h, mi, s), lvl(level), svc.group(1) if svc else None, None, msg)


# --- apex/log json handler: {"fields":{...,"service":"checkout"},"level":"info","timestamp":"...","message":"..."}
def apex_json(n, o):
    return rec(n, iso_rfc3339(o["timestamp"]), lvl(o["level"]), o["fields"].get("service"), None, o["message"])


# --- glog's log file (<program>.INFO holds every severity), after a 4-line preamble:
# "W1204 13:50:19.960185   13105 main.go:32] text"; year 2026; Fatal's goroutine dump continues the F record.
GLOG = re.compile(r"^([IWEF])(\d\d)(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{6}) +(\d+) ([^:\]]+):(\d+)\] (.*)$")
GLOG_LEVELS = {"I": "INFO", "W": "WARN", "E": "ERROR", "F": "FATAL"}


def glog(n, m):
    sev, mo, d, h, mi, s, us, _tid, _file, _line, msg = m.groups()
    return rec(n, iso(YEAR, mo, d, h, mi, s, us), GLOG_LEVELS[sev], None, None, msg)


# --- Rust simplelog 0.12 Config::default(): "13:51:23 [INFO] msg", "13:51:23 [DEBUG] (1) rustlogs: msg",
# "13:51:23 [TRACE] (1) shop::db: [src/lib.rs:39] msg" (thread and target from Debug, location at Trace).
SIMPLELOG = re.compile(r"^(\d\d):(\d\d):(\d\d) \[(TRACE|DEBUG|INFO|WARN|ERROR)\] "
                       r"(?:\((\d+)\) (\S+?): (?:\[([^\]]*)\] )?)?(.*)$")


def simplelog(n, m):
    *_, level, _thread, target, _loc, msg = m.groups()
    return rec(n, None, lvl(level), target, None, msg)


# --- fern 0.6, the README's dispatch: "[2026-12-04][13:51:23][shop::auth][INFO] msg"
FERN = re.compile(r"^\[(\d{4})-(\d\d)-(\d\d)\]\[(\d\d):(\d\d):(\d\d)\]\[([^\]]*)\]\[(TRACE|DEBUG|INFO|WARN|ERROR)\] (.*)$")


def fern(n, m):
    y, mo, d, h, mi, s, target, level, msg = m.groups()
    return rec(n, iso(y, mo, d, h, mi, s), lvl(level), target, None, msg)


# --- pretty_env_logger 0.4 (not a terminal: no colour): " INFO  shop::auth > msg", timed:
# " 2026-12-04T13:51:23.610Z INFO  rustlogs > msg" (the target column is padded to the widest seen so far)
PRETTY = re.compile(r"^ (TRACE|DEBUG|INFO|WARN|ERROR) +(\S+) *> (.*)$")
PRETTY_TIMED = re.compile(r"^ (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z) (TRACE|DEBUG|INFO|WARN|ERROR) +(\S+) *> (.*)$")


def pretty(n, m):
    level, target, msg = m.groups()
    return rec(n, None, lvl(level), target, None, msg)


def pretty_timed(n, m):
    t, level, target, msg = m.groups()
    return rec(n, iso_rfc3339(t), lvl(level), target, None, msg)


# --- simple_logger 1.16 defaults: "2026-12-04 13:51:23,611 WARN  [shop::auth] msg"
SIMPLE_LOGGER = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d),(\d{3}) (TRACE|DEBUG|INFO|WARN|ERROR) +"
                           r"\[([^\]]*)\] (.*)$")


def simple_logger(n, m):
    y, mo, d, h, mi, s, ms, level, target, msg = m.groups()
    return rec(n, iso(y, mo, d, h, mi, s, ms), lvl(level), target, None, msg)


# --- slog 2.5 + slog-term 2.6 FullFormat, PlainSyncDecorator: "Dec 04 13:57:35.935 ERRO DB timeout, err: ..., db: orders,
# component: checkout, version: 1.4.2" (year 2026); the message, then ", key: value" per pair (call site's, reversed,
# then the logger's); an empty message leaves the line starting with the first "key: ".
MONTHS = {m: i for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}
SLOG = re.compile(r"^(\w{3}) (\d\d) (\d\d):(\d\d):(\d\d)\.(\d{3}) (CRIT|ERRO|WARN|INFO|DEBG|TRCE) (.*)$")
SLOG_FIRST_PAIR = re.compile(r"(?:^|, )[A-Za-z_][\w.]*: ")
SLOG_COMPONENT = re.compile(r", component: ([^,]*)")


def slog_term(name):
    out = []
    for n, m, lines in grouped(name, SLOG):
        mon, d, h, mi, s, ms, level, rest = m.groups()
        cut = SLOG_FIRST_PAIR.search(rest)
        msg = rest[:cut.start()] if cut else rest
        comp = SLOG_COMPONENT.search("\n".join(lines)[m.start(8) + len(msg):])  # the pairs after the message
        out.append(rec(n, iso(YEAR, MONTHS[mon], d, h, mi, s, ms), lvl(level), comp.group(1) if comp else None, None, msg))
    return out


# --- stderrlog 0.5 defaults (no timestamp, no module names): "WARN - msg"
STDERRLOG = re.compile(r"^(TRACE|DEBUG|INFO|WARN|ERROR) - (.*)$")


def stderrlog(n, m):
    level, msg = m.groups()
    return rec(n, None, lvl(level), None, None, msg)


# --- slf4j-simple 1.7.32 defaults: "[main] INFO com.example.shop.App - msg" (no time); stack traces follow
SLF4J_SIMPLE = re.compile(r"^\[([^\]]+)\] (TRACE|DEBUG|INFO|WARN|ERROR) (\S+) - (.*)$")


def slf4j_simple(n, m):
    _thread, level, logger, msg = m.groups()
    return rec(n, None, lvl(level), logger, None, msg)


# --- commons-logging 1.2 SimpleLog: "[INFO] App - msg" (short log name); with showdatetime=true
# "2026/12/04 13:52:09:378 UTC [INFO] App - msg". A Throwable is appended as " <t.toString()>" + its stack trace.
JCL = re.compile(r"^\[(TRACE|DEBUG|INFO|WARN|ERROR|FATAL)\] (\S+) - (.*)$")
JCL_DT = re.compile(r"^(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d):(\d{3}) UTC \[(TRACE|DEBUG|INFO|WARN|ERROR|FATAL)\] "
                    r"(\S+) - (.*)$")


def jcl(n, m):
    level, logger, msg = m.groups()
    return rec(n, None, lvl(level), logger, None, msg)


def jcl_dt(n, m):
    y, mo, d, h, mi, s, ms, level, logger, msg = m.groups()
    return rec(n, iso(y, mo, d, h, mi, s, ms), lvl(level), logger, None, msg)


# --- log4j 1.2.17 BasicConfigurator: TTCC "%r [%t] %p %c %x - %m%n" (%r = ms since start: no time; empty NDC %x)
LOG4J1_BASIC = re.compile(r"^(\d+) \[([^\]]+)\] (TRACE|DEBUG|INFO|WARN|ERROR|FATAL) (\S+) (.*?) - (.*)$")


def log4j1_basic(n, m):
    _ms, _thread, level, logger, _ndc, msg = m.groups()
    return rec(n, None, lvl(level), logger, None, msg)


# --- log4j 1.2.17 PatternLayout "%d{yyyy-MM-dd HH:mm:ss} %-5p %c{1}:%L - %m%n"
LOG4J1_PATTERN = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) (TRACE|DEBUG|INFO|WARN|ERROR|FATAL) +"
                            r"(\S+?):(\d+|\?) - (.*)$")


def log4j1_pattern(n, m):
    y, mo, d, h, mi, s, level, logger, _line, msg = m.groups()
    return rec(n, iso(y, mo, d, h, mi, s), lvl(level), logger, None, msg)


# --- JUL SimpleFormatter.format "%1$tF %1$tT %4$s %2$s %5$s%6$s%n": date time LEVEL "class method" message;
# %6$s is "\n" + the stack trace (then a blank line).
JUL = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) (SEVERE|WARNING|INFO|CONFIG|FINE|FINER|FINEST) "
                 r"(\S+) (\S+) (.*)$")


def jul(n, m):
    y, mo, d, h, mi, s, level, _cls, _method, msg = m.groups()
    return rec(n, iso(y, mo, d, h, mi, s), lvl(level), None, None, msg)


# --- loglevel 1.9 + loglevel-plugin-prefix 0.8 defaults ("[%t] %l:", time HH:MM:SS): "[13:52:54] INFO: msg";
# trace() goes through console.trace: "Trace: [13:52:54] TRACE: msg" and a stack.
LOGLEVEL = re.compile(r"^(?:Trace: )?\[(\d\d):(\d\d):(\d\d)\] (TRACE|DEBUG|INFO|WARN|ERROR): (.*)$")


def loglevel(n, m):
    *_, level, msg = m.groups()
    return rec(n, None, lvl(level), None, None, msg)


# --- npmlog 7 (not a TTY): "<level> <prefix> <message>"; every line of a multi-line message repeats the header.
NPMLOG = re.compile(r"^(sill|verb|info|timing|http|notice|WARN|ERR!) (\S+) (.*)$")


def npmlog(n, m):
    level, prefix, msg = m.groups()
    return rec(n, None, lvl(level), prefix, None, msg)


# --- tracer 1.3 console() defaults: "2026-12-04T13:52:54+0000 <info> tracer_demo.js:11 () msg"
TRACER = re.compile(r"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\+0000 <(log|trace|debug|info|warn|error)> "
                    r"(\S+):(\d+) \(([^)]*)\) (.*)$")
TRACER_LEVELS = {"log": "DEBUG", "trace": "DEBUG", "debug": "DEBUG", "info": "INFO", "warn": "WARN", "error": "ERROR"}


def tracer(n, m):
    y, mo, d, h, mi, s, level, _file, _line, _method, msg = m.groups()
    return rec(n, iso(y, mo, d, h, mi, s), TRACER_LEVELS[level], None, None, msg)


# --- Moleculer 0.14 Console logger, formatter "full": "[2026-12-04T13:52:54.930Z] INFO  node-1/BROKER: msg"
MOLECULER = re.compile(r"^\[(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)\] (TRACE|DEBUG|INFO|WARN|ERROR|FATAL) +"
                       r"([^/\s]+)/(\S+?): (.*)$")


def moleculer(n, m):
    t, level, node, module, msg = m.groups()
    return rec(n, iso_rfc3339(t), lvl(level), module, node, msg)


FILES = {
    "log15_logfmt.log": log15_logfmt,
    "log15_terminal.log": log15_terminal,
    "log15_json.jsonl": lambda f: json_lines(f, log15_json),
    "gokit_logfmt.log": gokit_logfmt,
    "gokit_json.jsonl": lambda f: json_lines(f, gokit_json),
    "zerolog_console.log": lambda f: by_header(f, ZL_KITCHEN, zerolog_console),
    "zerolog_console_rfc3339.log": lambda f: by_header(f, ZL_RFC3339, zerolog_console_rfc3339),
    "apex_default.log": lambda f: by_header(f, APEX, apex_default),
    "apex_json.jsonl": lambda f: json_lines(f, apex_json),
    "glog_file.log": lambda f: by_header(f, GLOG, glog),
    "simplelog_default.log": lambda f: by_header(f, SIMPLELOG, simplelog),
    "fern_readme.log": lambda f: by_header(f, FERN, fern),
    "pretty_env_logger.log": lambda f: by_header(f, PRETTY, pretty),
    "pretty_env_logger_timed.log": lambda f: by_header(f, PRETTY_TIMED, pretty_timed),
    "simple_logger.log": lambda f: by_header(f, SIMPLE_LOGGER, simple_logger),
    "slog_term_full.log": slog_term,
    "stderrlog.log": lambda f: by_header(f, STDERRLOG, stderrlog),
    "slf4j_simple.log": lambda f: by_header(f, SLF4J_SIMPLE, slf4j_simple),
    "jcl_simplelog.log": lambda f: by_header(f, JCL, jcl),
    "jcl_simplelog_datetime.log": lambda f: by_header(f, JCL_DT, jcl_dt),
    "log4j1_basic.log": lambda f: by_header(f, LOG4J1_BASIC, log4j1_basic),
    "log4j1_pattern.log": lambda f: by_header(f, LOG4J1_PATTERN, log4j1_pattern),
    "jul_custom_format.log": lambda f: by_header(f, JUL, jul),
    "loglevel_prefix.log": lambda f: by_header(f, LOGLEVEL, loglevel),
    "npmlog.log": lambda f: by_header(f, NPMLOG, npmlog),
    "tracer_console.log": lambda f: by_header(f, TRACER, tracer),
    "moleculer_console.log": lambda f: by_header(f, MOLECULER, moleculer),
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
