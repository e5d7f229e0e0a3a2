#!/usr/bin/env python3
"""Write <name>.expected.jsonl for every log of corpus 32a (C and C++ logging libraries), one regex reader per layout.

Standard library only; written from each library's observed output and documented format, independent of any
parser. Conventions: tests/data/loggers/README.md. A line that does not match its layout's header continues the
record before it (no record of its own, blank lines included); lines before the first record (glog's file header)
belong to no record. A record's message is the text after the header on its first line, as written. Run in the
folder holding the logs: each expected file is written next to its log. `--check` only compares.
"""
import json
import re
import sys

YEAR = 2026


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


# --- spdlog 1.10 default pattern "%+" = "[%Y-%m-%d %H:%M:%S.%e] [%n] [%l] %v", the "[%n] " part only when the
# logger has a name (the default logger's is empty). %l: trace debug info warning error critical.
SPDLOG = re.compile(r"^\[(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{3})\] (?:\[([^\]]+)\] )?"
                    r"\[(trace|debug|info|warning|error|critical)\] (.*)$")
SPDLOG_LEVELS = {"trace": "DEBUG", "debug": "DEBUG", "info": "INFO", "warning": "WARN", "error": "ERROR",
                 "critical": "FATAL"}


def spdlog(n, m):
    y, mo, d, h, mi, s, ms, name, level, msg = m.groups()
    return rec(n, iso(y, mo, d, h, mi, s, ms), SPDLOG_LEVELS[level], name, None, msg)


# --- glog 0.6 "Lyyyymmdd hh:mm:ss.uuuuuu threadid file:line] msg" (year in the prefix: FLAGS_log_year_in_prefix,
# default true); thread id padded to 5. Same layout in the log file and on stderr.
GLOG = re.compile(r"^([IWEF])(\d{4})(\d\d)(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{6}) +(\d+) ([^:\s]+):(\d+)\] (.*)$")
GLOG_LEVELS = {"I": "INFO", "W": "WARN", "E": "ERROR", "F": "FATAL"}


def glog(n, m):
    level, y, mo, d, h, mi, s, us, _tid, _file, _line, msg = m.groups()
    return rec(n, iso(y, mo, d, h, mi, s, us), GLOG_LEVELS[level], None, None, msg)


# --- log4cplus 2.0 SimpleLayout "LEVEL - msg" and TTCCLayout() "relms [thread] LEVEL logger <NDC> - msg"
# (default TTCCLayout: milliseconds since start, no date).
L4CP_LEVELS = {"TRACE": "DEBUG", "DEBUG": "DEBUG", "INFO": "INFO", "WARN": "WARN", "ERROR": "ERROR", "FATAL": "FATAL"}
L4CP_SIMPLE = re.compile(r"^(TRACE|DEBUG|INFO|WARN|ERROR|FATAL) - (.*)$")
L4CP_TTCC = re.compile(r"^(\d+) \[(\d+)\] (TRACE|DEBUG|INFO|WARN|ERROR|FATAL) (\S+) <([^>]*)> - (.*)$")


def l4cp_simple(n, m):
    level, msg = m.groups()
    return rec(n, None, L4CP_LEVELS[level], None, None, msg)


def l4cp_ttcc(n, m):
    _rel, _thread, level, logger, _ndc, msg = m.groups()
    return rec(n, None, L4CP_LEVELS[level], logger, None, msg)


# --- Boost.Log 1.74 trivial logger's default sink: "[yyyy-mm-dd hh:mm:ss.uuuuuu] [0xthread] [severity]" then the
# severity padded to 7 characters after its "]", one space, the message.
BOOST_LEVELS = {"trace": "DEBUG", "debug": "DEBUG", "info": "INFO", "warning": "WARN", "error": "ERROR",
                "fatal": "FATAL"}
BOOST_TRIVIAL = re.compile(r"^\[(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{6})\] \[(0x[0-9a-f]+)\] "
                           r"\[(trace|debug|info|warning|error|fatal)\] (.*)$")


def boost_trivial(n, m):
    y, mo, d, h, mi, s, us, _tid, level, rest = m.groups()
    pad = 7 - len(level)
    assert rest[:pad] == " " * pad, rest
    return rec(n, iso(y, mo, d, h, mi, s, us), BOOST_LEVELS[level], None, None, rest[pad:])


# --- Boost.Log add_file_log format "[%TimeStamp%] [%ThreadID%] [%Channel%] <%Severity%> %Message%"
BOOST_FILE = re.compile(r"^\[(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{6})\] \[(0x[0-9a-f]+)\] \[([^\]]*)\] "
                        r"<(trace|debug|info|warning|error|fatal)> (.*)$")


def boost_file(n, m):
    y, mo, d, h, mi, s, us, _tid, channel, level, msg = m.groups()
    return rec(n, iso(y, mo, d, h, mi, s, us), BOOST_LEVELS[level], channel or None, None, msg)


# --- GLib 2.74 default writer (g_log_writer_format_fields), G_MESSAGES_DEBUG=all:
#   "Domain-Message: hh:mm:ss.mmm: msg", "Domain-INFO: ...", "(process:PID): Domain-DEBUG: ...",
#   "\n(process:PID): Domain-WARNING **: ..." (also CRITICAL, ERROR: a blank line before them);
#   no domain: "** Message: ...", "** (process:PID): WARNING **: ...". Time of day only.
GLIB = re.compile(r"^(?:\*\* )?(?:\(([^:()]+):(\d+)\): )?(?:(\S+)-)?(ERROR|CRITICAL|WARNING|Message|INFO|DEBUG)"
                  r"(?: \*\*)?: (\d\d):(\d\d):(\d\d)\.(\d{3}): (.*)$")
GLIB_LEVELS = {"DEBUG": "DEBUG", "INFO": "INFO", "Message": "INFO", "WARNING": "WARN", "CRITICAL": "ERROR",
               "ERROR": "FATAL"}


def glib(n, m):
    _prg, _pid, domain, level, _h, _mi, _s, _ms, msg = m.groups()
    return rec(n, None, GLIB_LEVELS[level], domain, None, msg)


# --- Qt 5.15 default message handler, no QT_MESSAGE_PATTERN: "%{if-category}%{category}: %{endif}%{message}"
# (the "default" category is not printed). No time, no level. No header to anchor on: a line is a record unless it
# starts with white space (the indented lines of a multi-line message).
QT_PLAIN_CAT = re.compile(r"^([A-Za-z_][\w.-]*): (.*)$")


def qt_default(name):
    out = []
    for n, line in enumerate(read(name), 1):
        if line[:1] in (" ", "\t") or line == "":
            continue
        m = QT_PLAIN_CAT.match(line)
        cat, msg = m.groups() if m else (None, line)
        out.append(rec(n, None, None, cat, None, msg))
    return out


# --- Qt QT_MESSAGE_PATTERN from the qSetMessagePattern documentation:
# "[%{time yyyyMMdd h:mm:ss.zzz t} %{if-debug}D%{endif}...%{if-fatal}F%{endif}] %{file}:%{line} - %{message}"
QT_DOC = re.compile(r"^\[(\d{4})(\d\d)(\d\d) (\d{1,2}):(\d\d):(\d\d)\.(\d{3}) (\S+) ([DIWCF])\] (\S*?):(\d+) - (.*)$")
QT_LETTERS = {"D": "DEBUG", "I": "INFO", "W": "WARN", "C": "ERROR", "F": "FATAL"}


def qt_doc(n, m):
    y, mo, d, h, mi, s, ms, tz, level, _file, _line, msg = m.groups()
    assert tz == "UTC", tz
    return rec(n, iso(y, mo, d, h, mi, s, ms), QT_LETTERS[level], None, None, msg)


# --- Qt QT_MESSAGE_PATTERN "%{time yyyy-MM-dd hh:mm:ss.zzz} %{type} %{category}: %{message}"
QT_TYPE = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{3}) (debug|info|warning|critical|fatal) "
                     r"(\S+): (.*)$")
QT_TYPES = {"debug": "DEBUG", "info": "INFO", "warning": "WARN", "critical": "ERROR", "fatal": "FATAL"}


def qt_type(n, m):
    y, mo, d, h, mi, s, ms, level, cat, msg = m.groups()
    return rec(n, iso(y, mo, d, h, mi, s, ms), QT_TYPES[level], cat, None, msg)


# --- log4c 1.2.4 stream appender "[appender] " + layout; "basic": "%-8s %s - %s\n" (priority, category, message);
# "dated": "%04d%02d%02d %02d:%02d:%02d.%03ld %-8s %s- %s\n".
L4C_LEVELS = {"TRACE": "DEBUG", "DEBUG": "DEBUG", "INFO": "INFO", "NOTICE": "INFO", "WARN": "WARN",
              "ERROR": "ERROR", "CRIT": "FATAL", "ALERT": "FATAL", "FATAL": "FATAL"}
L4C_BASIC = re.compile(r"^\[([^\]]+)\] (TRACE|DEBUG|INFO|NOTICE|WARN|ERROR|CRIT|ALERT|FATAL) +(\S+) - (.*)$")
L4C_DATED = re.compile(r"^\[([^\]]+)\] (\d{4})(\d\d)(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{3}) "
                       r"(TRACE|DEBUG|INFO|NOTICE|WARN|ERROR|CRIT|ALERT|FATAL) +(\S+?)- (.*)$")


def l4c_basic(n, m):
    _app, level, cat, msg = m.groups()
    return rec(n, None, L4C_LEVELS[level], cat, None, msg)


def l4c_dated(n, m):
    _app, y, mo, d, h, mi, s, ms, level, cat, msg = m.groups()
    return rec(n, iso(y, mo, d, h, mi, s, ms), L4C_LEVELS[level], cat, None, msg)


# --- Easylogging++ 9.97 default configuration, one format per level:
#   "%datetime %level [%logger] %msg" (INFO WARNING ERROR FATAL), "%datetime %level-%vlevel [%logger] %msg"
#   (VERBOSE), TRACE adds "[%func] [%loc] ", DEBUG adds "[%user@%host] [%func] [%loc] "; %datetime is
#   "%Y-%M-%d %H:%m:%s,%g".
ELPP = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d),(\d{3}) (TRACE|DEBUG|INFO|WARNING|ERROR|FATAL|VERBOSE)"
                  r"(?:-(\d+))? \[([^\]]+)\] (.*)$")
ELPP_TRACE = re.compile(r"^\[([^\]]*)\] \[([^\]]*:\d+)\] (.*)$")
ELPP_DEBUG = re.compile(r"^\[([^@\]]*)@([^\]]*)\] \[([^\]]*)\] \[([^\]]*:\d+)\] (.*)$")
ELPP_LEVELS = {"TRACE": "DEBUG", "DEBUG": "DEBUG", "VERBOSE": "DEBUG", "INFO": "INFO", "WARNING": "WARN",
               "ERROR": "ERROR", "FATAL": "FATAL"}


def elpp(n, m):
    y, mo, d, h, mi, s, ms, level, _vlevel, logger, rest = m.groups()
    host = None
    if level == "TRACE":
        rest = ELPP_TRACE.match(rest).group(3)
    elif level == "DEBUG":
        _user, host, _func, _loc, rest = ELPP_DEBUG.match(rest).groups()
    return rec(n, iso(y, mo, d, h, mi, s, ms), ELPP_LEVELS[level], logger, host, rest)


# --- log4cxx 1.0 BasicConfigurator: PatternLayout "%r [%t] %p %c %x - %m%n" (ms since start, thread, level,
# logger, NDC or "null"); PropertyConfigurator "%d [%t] %-5p %c - %m%n" (%d = yyyy-MM-dd HH:mm:ss,SSS).
L4CXX_BASIC = re.compile(r"^(\d+) \[(0x[0-9a-f]+)\] (TRACE|DEBUG|INFO|WARN|ERROR|FATAL) (\S+) (\S+) - (.*)$")
L4CXX_PATTERN = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d),(\d{3}) \[(0x[0-9a-f]+)\] "
                           r"(TRACE|DEBUG|INFO|WARN|ERROR|FATAL) +(\S+) - (.*)$")


def l4cxx_basic(n, m):
    _rel, _thread, level, logger, _ndc, msg = m.groups()
    return rec(n, None, L4CP_LEVELS[level], logger, None, msg)


def l4cxx_pattern(n, m):
    y, mo, d, h, mi, s, ms, _thread, level, logger, msg = m.groups()
    return rec(n, iso(y, mo, d, h, mi, s, ms), L4CP_LEVELS[level], logger, None, msg)


FILES = {
    "spdlog_default.log": lambda f: by_header(f, SPDLOG, spdlog),
    "spdlog_file.log": lambda f: by_header(f, SPDLOG, spdlog),
    "glog_info.log": lambda f: by_header(f, GLOG, glog),
    "glog_stderr.log": lambda f: by_header(f, GLOG, glog),
    "log4cplus_basic.log": lambda f: by_header(f, L4CP_SIMPLE, l4cp_simple),
    "log4cplus_ttcc.log": lambda f: by_header(f, L4CP_TTCC, l4cp_ttcc),
    "boostlog_trivial.log": lambda f: by_header(f, BOOST_TRIVIAL, boost_trivial),
    "boostlog_file.log": lambda f: by_header(f, BOOST_FILE, boost_file),
    "glib_messages.log": lambda f: by_header(f, GLIB, glib),
    "qt_default.log": qt_default,
    "qt_pattern_doc.log": lambda f: by_header(f, QT_DOC, qt_doc),
    "qt_pattern_type.log": lambda f: by_header(f, QT_TYPE, qt_type),
    "log4c_basic.log": lambda f: by_header(f, L4C_BASIC, l4c_basic),
    "log4c_dated.log": lambda f: by_header(f, L4C_DATED, l4c_dated),
    "easylogging_default.log": lambda f: by_header(f, ELPP, elpp),
    "log4cxx_basic.log": lambda f: by_header(f, L4CXX_BASIC, l4cxx_basic),
    "log4cxx_pattern.log": lambda f: by_header(f, L4CXX_PATTERN, l4cxx_pattern),
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
