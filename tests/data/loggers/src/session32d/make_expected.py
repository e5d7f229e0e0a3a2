#!/usr/bin/env python3
"""Write <name>.expected.jsonl for every log of corpus 32d, one small reader per layout.

Standard library only; written from each tool's observed output and documented format, independent of any
parser. Conventions: tests/data/loggers/README.md. A line that does not match its layout's header continues
the record before it (no record of its own); a line before the first header line (nothing to continue) is a
record of its own with only its text as message. Run in the folder holding the logs: each expected file is
written next to its log. `--check` only compares with the files there.
"""
import datetime
import json
import re
import sys

YEAR = 2026


def iso(y, mo, d, h, mi, s, frac=""):
    ms = (frac + "000")[:3] if frac else "000"
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}T{int(h):02d}:{int(mi):02d}:{int(s):02d}.{ms}Z"


def iso_offset(y, mo, d, h, mi, s, frac, sign, oh, om):
    """Local time with a numeric UTC offset -> UTC ISO 8601, milliseconds truncated."""
    t = datetime.datetime(int(y), int(mo), int(d), int(h), int(mi), int(s))
    off = datetime.timedelta(hours=int(oh), minutes=int(om))
    t = t - off if sign == "+" else t + off
    return iso(t.year, t.month, t.day, t.hour, t.minute, t.second, frac)


RFC3339 = re.compile(r"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?(Z|([+-])(\d\d):?(\d\d))$")


def rfc3339(text):
    m = RFC3339.match(text)
    y, mo, d, h, mi, s, frac, zone, sign, oh, om = m.groups()
    if zone == "Z":
        return iso(y, mo, d, h, mi, s, frac or "")
    return iso_offset(y, mo, d, h, mi, s, frac or "", sign, oh, om)


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
    """Records = lines matching regex; other lines continue the record above (an orphan first line: a record)."""
    out = []
    for n, line in enumerate(read(name), 1):
        m = regex.match(line)
        if m:
            out.append(build(n, m))
        elif not out:
            out.append(rec(n, None, None, None, None, line))
    return out


# --- Go string literals as written by strconv.Quote / %q (logrus, go-kit logfmt values).
GO_ESC = re.compile(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}|[abfnrtv\\'\"])")
GO_SIMPLE = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\", "'": "'",
             '"': '"'}


def go_unquote(body):
    """The inside of a Go double-quoted literal -> str (\\xNN and octal are bytes, joined as UTF-8)."""
    out = bytearray()
    pos = 0
    for m in GO_ESC.finditer(body):
        out += body[pos:m.start()].encode("utf-8")
        e = m.group(1)
        if e[0] == "x":
            out.append(int(e[1:], 16))
        elif e[0] in "uU":
            out += chr(int(e[1:], 16)).encode("utf-8")
        elif e[0] in "01234567":
            out.append(int(e, 8))
        else:
            out += GO_SIMPLE[e].encode("utf-8")
        pos = m.end()
    out += body[pos:].encode("utf-8")
    return out.decode("utf-8", errors="replace")


# --- logfmt as logrus's TextFormatter and go-kit's logfmt logger write it: key=value, value bare (no space, no
# quote) or a Go-quoted string.
LOGFMT_PAIR = re.compile(r'\s*([^\s=]+)=("(?:[^"\\]|\\.)*"|[^\s]*)')


def logfmt(text):
    fields = {}
    pos = 0
    while True:
        m = LOGFMT_PAIR.match(text, pos)
        if not m:
            break
        key, value = m.groups()
        fields[key] = go_unquote(value[1:-1]) if value.startswith('"') else value
        pos = m.end()
    return fields


# --- logrus TextFormatter, not a TTY (containerd 1.6, dockerd 20.10, podman 4.3):
# time="2026-12-04T14:36:16.801544404Z" level=info msg="starting containerd" revision=... version=...
LOGRUS = re.compile(r'^time="([^"]+)" level=(\w+)(?: |$)')
LOGRUS_LEVELS = {"trace": "DEBUG", "debug": "DEBUG", "info": "INFO", "warning": "WARN", "error": "ERROR",
                 "fatal": "FATAL", "panic": "FATAL"}


def logrus(n, m):
    f = logfmt(m.string)
    return rec(n, rfc3339(f["time"]), LOGRUS_LEVELS[f["level"]], f.get("module"), None, f.get("msg"))


# --- go-kit log logfmt (prometheus-node-exporter 1.5 default):
# ts=2026-12-04T14:37:20.336Z caller=node_exporter.go:180 level=info msg="Starting node_exporter" version=...
GOKIT = re.compile(r"^ts=\S+ ")
GOKIT_LEVELS = {"debug": "DEBUG", "info": "INFO", "warn": "WARN", "error": "ERROR"}


def gokit(n, m):
    f = logfmt(m.string)
    return rec(n, rfc3339(f["ts"]), GOKIT_LEVELS.get(f.get("level")), f.get("collector"), None, f.get("msg"))


def gokit_json(name):
    out = []
    for n, line in enumerate(read(name), 1):
        o = json.loads(line)
        out.append(rec(n, rfc3339(o["ts"]), GOKIT_LEVELS.get(o.get("level")), o.get("collector"), None,
                       o.get("msg")))
    return out


# --- OpenJDK 17 unified logging (-Xlog): decorations in brackets, then "[level][tags] message"; level and tags
# are padded with spaces. Default decorations uptime,level,tags: "[0.023s][info][gc,start    ] GC(0) Pause ...";
# time/utctime: "[2026-12-04T14:33:41.025+0000]"; pid, tid: "[14476][14477]".
JVM = re.compile(r"^((?:\[[^\]]*\])*?)\[(trace|debug|info|warning|error) *\]\[([a-z0-9_,]+) *\] (.*)$")
JVM_TIME = re.compile(r"\[(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.(\d{3})([+-])(\d\d)(\d\d)\]")
JVM_LEVELS = {"trace": "DEBUG", "debug": "DEBUG", "info": "INFO", "warning": "WARN", "error": "ERROR"}


def jvm(n, m):
    decorations, level, tags, msg = m.groups()
    t = JVM_TIME.match(decorations)
    return rec(n, iso_offset(*t.groups()) if t else None, JVM_LEVELS[level], tags, None, msg)


# --- Python 3.11 stderr: logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s") records,
# the warnings module's own lines ("file.py:24: UserWarning: text" + the source line, indented) and tracebacks.
PY_LOGGING = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d),(\d{3}) (DEBUG|INFO|WARNING|ERROR|CRITICAL) "
                        r"(\S+): (.*)$")
PY_WARNING = re.compile(r"^(\S.*?):(\d+): ((?:\w+\.)*\w*Warning: .*)$")
PY_LEVELS = {"DEBUG": "DEBUG", "INFO": "INFO", "WARNING": "WARN", "ERROR": "ERROR", "CRITICAL": "FATAL"}


def python_stderr(name):
    out = []
    for n, line in enumerate(read(name), 1):
        m = PY_LOGGING.match(line)
        if m:
            y, mo, d, h, mi, s, ms, level, logger, msg = m.groups()
            out.append(rec(n, iso(y, mo, d, h, mi, s, ms), PY_LEVELS[level], logger, None, msg))
            continue
        m = PY_WARNING.match(line)
        if m:
            out.append(rec(n, None, "WARN", None, None, m.group(3)))
    return out


# --- Node 20 stderr+stdout: console output has no header at all; process warnings are "(node:PID) Text".
# Every line that starts with a non-blank character is a record; indented ("    at ...") and blank lines continue.
NODE = re.compile(r"^(\S.*)$")
NODE_WARNING = re.compile(r"^\(node:\d+\) (.*)$")


def node(n, m):
    w = NODE_WARNING.match(m.group(1))
    if w:
        return rec(n, None, "WARN", None, None, w.group(1))
    return rec(n, None, None, None, None, m.group(1))


# --- Puppet 7 console (color=ansi, the default, also when not a TTY): "ESC[1;31mError: text ESC[0m";
# the reset comes at the end of the record's last line.
PUPPET_CONSOLE = re.compile(r"^(?:\x1b\[[0-9;]*m)?(Debug|Info|Notice|Warning|Error|Critical|Alert|Emergency): "
                            r"(.*?)(?:\x1b\[0m)?$")
PUPPET_LEVELS = {"debug": "DEBUG", "info": "INFO", "notice": "INFO", "warning": "WARN", "err": "ERROR",
                 "error": "ERROR", "crit": "FATAL", "critical": "FATAL", "alert": "FATAL", "emerg": "FATAL",
                 "emergency": "FATAL"}


def puppet_console(n, m):
    level, msg = m.groups()
    return rec(n, None, PUPPET_LEVELS[level.lower()], None, None, msg)


# --- Puppet 7 --logdest FILE: "2026-12-04 14:35:11 +0000 /Stage[main]/Main/Exec[danach] (warning): text"
PUPPET_FILE = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d) (.+?) "
                         r"\((debug|info|notice|warning|err|crit|alert|emerg)\): (.*)$")


def puppet_file(n, m):
    y, mo, d, h, mi, s, sign, oh, om, source, level, msg = m.groups()
    return rec(n, iso_offset(y, mo, d, h, mi, s, "", sign, oh, om), PUPPET_LEVELS[level], source, None, msg)


# --- Xorg 21.1 log file: "[ 59801.190] (II) DUMMY(0): Chipset is a DUMMY" — seconds since boot (no instant),
# an optional message-type marker, an optional "DRIVER(screen): " prefix (xf86DrvMsg).
XORG = re.compile(r"^\[ *\d+\.\d+\] (.*)$")
XORG_MARKER = re.compile(r"^\((--|\*\*|==|\+\+|!!|II|WW|EE|NI|\?\?)\) (.*)$")
XORG_LEVELS = {"--": "INFO", "**": "INFO", "==": "INFO", "++": "INFO", "!!": "INFO", "II": "INFO", "WW": "WARN",
               "EE": "ERROR", "NI": None, "??": None}
XORG_SCREEN = re.compile(r"^([A-Za-z][\w-]*\(\d+\)): (.*)$")


def xorg(n, m):
    text = m.group(1)
    mk = XORG_MARKER.match(text)
    if not mk:
        return rec(n, None, None, None, None, text)
    marker, msg = mk.groups()
    sc = XORG_SCREEN.match(msg)
    service = None
    if sc:
        service, msg = sc.groups()
    return rec(n, None, XORG_LEVELS[marker], service, None, msg)


FILES = {
    "jvm_gc_file.log": lambda f: by_header(f, JVM, jvm),
    "jvm_gc_decorated.log": lambda f: by_header(f, JVM, jvm),
    "jvm_xlog_all_stdout.log": lambda f: by_header(f, JVM, jvm),
    "jvm_xlog_warning_debug.log": lambda f: by_header(f, JVM, jvm),
    "python_warnings_crash.log": python_stderr,
    "node_warnings_rejection.log": lambda f: by_header(f, NODE, node),
    "puppet_apply_console.log": lambda f: by_header(f, PUPPET_CONSOLE, puppet_console),
    "puppet_apply_logdest.log": lambda f: by_header(f, PUPPET_FILE, puppet_file),
    "containerd.log": lambda f: by_header(f, LOGRUS, logrus),
    "dockerd.log": lambda f: by_header(f, LOGRUS, logrus),
    "podman_debug.log": lambda f: by_header(f, LOGRUS, logrus),
    "node_exporter.log": lambda f: by_header(f, GOKIT, gokit),
    "node_exporter_json.jsonl": gokit_json,
    "xorg_dummy.log": lambda f: by_header(f, XORG, xorg),
    "xorg_fail.log": lambda f: by_header(f, XORG, xorg),
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
