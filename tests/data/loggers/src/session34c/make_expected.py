#!/usr/bin/env python3
"""Write <name>.expected.jsonl for every log in this folder, one small reader per layout.

Standard library only; written from the observed output and the tools' documented formats.
`python3 make_expected.py --check` compares instead of writing and exits 1 on any difference.

Common rule: a line that does not match the layout's header continues the record before it
(no record of its own, blank lines included); a record's message is its first line's text
after the header, as written (JSON lines: the message field whole, its escapes decoded).
"""

import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

LEVELS = {
    "TRACE": "DEBUG", "DEBUG": "DEBUG", "VERBOSE": "DEBUG", "SILLY": "DEBUG", "PROMPT": "DEBUG", "INPUT": "DEBUG",
    "INFO": "INFO", "NOTICE": "INFO", "SUCCESS": "INFO", "HELP": "INFO", "DATA": "INFO",
    "WARN": "WARN", "WARNING": "WARN", "MISTAKE": "WARN",
    "ERROR": "ERROR", "ERR": "ERROR", "FAULT": "ERROR",
    "FATAL": "FATAL", "CRITICAL": "FATAL", "CRIT": "FATAL", "ALERT": "FATAL", "EMERGENCY": "FATAL",
    "EMERG": "FATAL", "PANIC": "FATAL", "FAILURE": "FATAL",
}
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def level(word):
    return LEVELS[word.strip().upper()] if word and word.strip() else None


def iso(y, mo, d, h, mi, s, frac=""):
    ms = (frac + "000")[:3]
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}T{int(h):02d}:{int(mi):02d}:{int(s):02d}.{ms}Z"


def rfc3339(t):
    """'2026-12-04T18:35:06.035787585Z', '...+00:00', no fraction, 'T' or ' ' -> UTC ISO ms (truncated)."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:\.(\d+))?(Z|[+-]\d\d:?\d\d)?", t)
    y, mo, d, h, mi, s, frac, zone = m.groups()
    frac = frac or ""
    if zone in (None, "Z", "+00:00", "+0000", "-00:00"):
        return iso(y, mo, d, h, mi, s, frac)
    sign = 1 if zone[0] == "+" else -1
    zh, zm = int(zone[1:3]), int(zone[-2:])
    local = datetime(int(y), int(mo), int(d), int(h), int(mi), int(s), tzinfo=UTC)
    utc = datetime.fromtimestamp(local.timestamp() - sign * (zh * 3600 + zm * 60), tz=UTC)
    return iso(utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second, frac)


def epoch(seconds):
    t = datetime.fromtimestamp(int(seconds), tz=UTC)
    return iso(t.year, t.month, t.day, t.hour, t.minute, t.second)


def rec(line, time, lvl, service, host, message):
    return {"line": line, "time": time, "level": lvl, "service": service, "host": host, "message": message}


def by_header(lines, pattern, build):
    """Records start at lines matching pattern; build(match, lineno, record_lines) -> record."""
    rx = re.compile(pattern)
    starts = [(i, m) for i, text in enumerate(lines) if (m := rx.match(text))]
    out = []
    for k, (i, m) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        out.append(build(m, i + 1, lines[i:end]))
    return out


def json_lines(lines, build):
    return [build(json.loads(text), i) for i, text in enumerate(lines, 1)]


GO_ESC = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\", '"': '"', "'": "'"}


def go_unquote(body):
    """The inside of a Go strconv.Quote string -> text (\\xNN are bytes of UTF-8)."""
    out = bytearray()
    i = 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out += c.encode("utf-8")
            i += 1
            continue
        e = body[i + 1]
        if e in GO_ESC:
            out += GO_ESC[e].encode()
            i += 2
        elif e == "x":
            out.append(int(body[i + 2:i + 4], 16))
            i += 4
        elif e == "u":
            out += chr(int(body[i + 2:i + 6], 16)).encode("utf-8")
            i += 6
        elif e == "U":
            out += chr(int(body[i + 2:i + 10], 16)).encode("utf-8")
            i += 10
        else:
            raise ValueError(f"unknown Go escape \\{e}")
    return out.decode("utf-8")


# --- Go -------------------------------------------------------------------------------------

def gommon_json(lines):
    # labstack/gommon log: default JSON header {"time","level","prefix","file","line"} + "message"
    # (strconv.Quote'd); Print* writes level "-" (none); Infoj merges its own keys instead of "message"
    def b(o, n):
        lvl = None if o["level"] == "-" else level(o["level"])
        return rec(n, rfc3339(o["time"]), lvl, o["prefix"], None, o.get("message"))
    return json_lines(lines, b)


FUNCR_PAIR = re.compile(r'"((?:[^"\\]|\\.)*)"=("(?:[^"\\]|\\.)*"|[^ ]*)')


def logr_stdr(lines):
    # go-logr/stdr: Go log.LstdFlags "YYYY/mm/dd HH:MM:SS " + "name/sub: " (when named) + funcr's
    # "key"=value pairs; "level"=N on Info (0 = INFO, V(1+) = DEBUG), none on Error (+ "error"=...)
    def b(m, n, _):
        y, mo, d, h, mi, s = re.split(r"[/ :]", m[1])
        kv = {}
        for k, v in FUNCR_PAIR.findall(m[3]):
            kv.setdefault(k, go_unquote(v[1:-1]) if v.startswith('"') else v)
        if "level" in kv:
            lvl = "INFO" if kv["level"] == "0" else "DEBUG"
        else:
            lvl = "ERROR" if "error" in kv else None
        return rec(n, iso(y, mo, d, h, mi, s), lvl, m[2], None, kv.get("msg"))
    return by_header(lines, r'^(\d{4}/\d\d/\d\d \d\d:\d\d:\d\d) (?:([^\s"]+): )?("level"=.*|"msg"=.*)$', b)


def pion_logging(lines):
    # pion/logging DefaultLeveledLogger: "scope LEVEL: " prefix of a Go log.Logger; INFO/WARNING/ERROR
    # use LstdFlags (date time), TRACE/DEBUG use Lmicroseconds|Lshortfile (time of day only: null)
    def b(m, n, _):
        if m[3]:
            y, mo, d = m[3].split("/")
            h, mi, s = m[4].split(":")
            t = iso(y, mo, d, h, mi, s)
        else:
            t = None
        return rec(n, t, level(m[2]), m[1], None, m[5])
    return by_header(lines, r"^(\S+) (TRACE|DEBUG|INFO|WARNING|ERROR): "
                            r"(?:(\d{4}/\d\d/\d\d) (\d\d:\d\d:\d\d)|\d\d:\d\d:\d\d\.\d{6} \S+\.go:\d+:) (.*)$", b)


def dlog(lines):
    # jedisct1/dlog (dnscrypt-proxy's logger): "[YYYY-mm-dd HH:MM:SS] [LEVEL] message", local time (UTC)
    def b(m, n, _):
        return rec(n, iso(*m.groups()[:6]), level(m[7]), None, None, m[8])
    return by_header(lines, r"^\[(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\] "
                            r"\[(DEBUG|INFO|NOTICE|WARNING|ERROR|CRITICAL|FATAL)\] (.*)$", b)


# --- Rust -----------------------------------------------------------------------------------

def loggerv(lines):
    # loggerv defaults: tag = module path, separator ": ", no level, no time
    return by_header(lines, r"^([A-Za-z_]\w*(?:::[A-Za-z_]\w*)*): (.*)$",
                     lambda m, n, _: rec(n, None, None, m[1], None, m[2]))


def rust_tracing_json(lines):
    # tracing-subscriber fmt().json(): timestamp, level, fields.message, target
    return json_lines(lines, lambda o, n: rec(n, rfc3339(o["timestamp"]), level(o["level"]), o["target"], None,
                                              o["fields"].get("message")))


# --- C++, Haskell, OCaml, Nim, D --------------------------------------------------------------

def log4cpp_basic(lines):
    # log4cpp BasicLayout: "<epoch seconds> <PRIORITY> <category> <ndc>: <message>" (empty ndc: "cat : msg")
    return by_header(lines, r"^(\d{9,}) (DEBUG|INFO|NOTICE|WARN|ERROR|CRIT|ALERT|FATAL|EMERG) (\S+) (\S*): (.*)$",
                     lambda m, n, _: rec(n, epoch(m[1]), level(m[2]), m[3], None, m[5]))


def hslogger(lines):
    # hslogger simpleLogFormatter "[$time : $loggername : $prio] $msg", $time = "%F %X %Z"
    def b(m, n, _):
        assert m[3] == "UTC"
        return rec(n, rfc3339(f"{m[1]}T{m[2]}"), level(m[5]), m[4], None, m[6])
    return by_header(lines, r"^\[(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d) (\S+) : (\S+) : "
                            r"(DEBUG|INFO|NOTICE|WARNING|ERROR|CRITICAL|ALERT|EMERGENCY)\] (.*)$", b)


def monad_logger(lines):
    # monad-logger defaultLogStr: "[Level#source] message @(package:Module file:line:col)"; the location
    # follows the whole message (so the last line of a multi-line one); logInfoN & co. print none
    def b(m, n, _):
        msg = re.sub(r" @\(\S+:\S+ \S+:\d+:\d+\)$", "", m[3])
        return rec(n, None, level(m[1]), m[2], None, msg)
    return by_header(lines, r"^\[(Debug|Info|Warn|Error|Critical)(?:#([^\]]+))?\] (.*)$", b)


def ocaml_logs(lines):
    # Logs_fmt.reporter (): "<exe name>: [LEVEL] message"; a Format box indents its following lines
    return by_header(lines, r"^(\S+): \[(DEBUG|INFO|WARNING|ERROR)\] (.*)$",
                     lambda m, n, _: rec(n, None, level(m[2]), m[1], None, m[3]))


def nim_logging(lines):
    # std/logging verboseFmtStr "$levelid, [$datetime] -- $appname: ", $datetime = yyyy-MM-dd'T'HH:mm:ss local (UTC)
    ids = {"D": "DEBUG", "I": "INFO", "N": "INFO", "W": "WARN", "E": "ERROR", "F": "FATAL"}
    return by_header(lines, r"^([DINWEF]), \[(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\] -- (\S+): (.*)$",
                     lambda m, n, _: rec(n, rfc3339(m[2]), ids[m[1]], m[3], None, m[4]))


def dlang_std_logger(lines):
    # D std.experimental.logger FileLogger: "YYYY-mm-ddTHH:MM:SS.sss [level] file:line:function message"
    return by_header(lines, r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+) \[(trace|info|warning|error|critical|fatal)\] "
                            r"\S+:\d+:\S+ (.*)$",
                     lambda m, n, _: rec(n, rfc3339(m[1]), level(m[2]), None, None, m[3]))


# --- Perl, Ruby, PHP --------------------------------------------------------------------------

def log_report(lines):
    # Log::Report default dispatcher (PERL, STDERR): "reason: message", then " at FILE line N" and a
    # call stack for the reasons that carry a location (mistake and worse)
    return by_header(lines, r"^(trace|assert|info|notice|warning|mistake|error|fault|alert|failure|panic): (.*)$",
                     lambda m, n, _: rec(n, None, level(m[1]), None, None, m[2]))


def mixlib_log(lines):
    # mixlib-log Formatter: "[%Y-%m-%dT%H:%M:%S%:z] LEVEL: message"
    return by_header(lines, r"^\[(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:[+-]\d\d:\d\d|Z))\] (TRACE|DEBUG|INFO|WARN|ERROR|FATAL): (.*)$",
                     lambda m, n, _: rec(n, rfc3339(m[1]), level(m[2]), None, None, m[3]))


def symfony_console_logger(lines):
    # Symfony ConsoleLogger: "<tag>[level] message</tag>", tags dropped on an undecorated output
    return by_header(lines, r"^\[(emergency|alert|critical|error|warning|notice|info|debug)\] (.*)$",
                     lambda m, n, _: rec(n, None, level(m[1]), None, None, m[2]))


def horde_log(lines):
    # Horde_Log_Formatter_Simple "%timestamp% %levelName%: %message%", timestamp = date('c')
    return by_header(lines, r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d) (EMERG|ALERT|CRIT|ERR|WARN|NOTICE|INFO|DEBUG): (.*)$",
                     lambda m, n, _: rec(n, rfc3339(m[1]), level(m[2]), None, None, m[3]))


# --- Node -------------------------------------------------------------------------------------

CLI_LEVELS = ["error", "warn", "help", "data", "info", "debug", "prompt", "verbose", "input", "silly"]


def winston_cli(lines):
    # winston format.cli() = colorize + padLevels: "ESC[..m level ESC[39m:" + padding to the longest cli level + 1
    width = max(map(len, CLI_LEVELS)) + 1

    def b(m, n, _):
        pad = width - len(m[1])
        assert m[2].startswith(" " * pad)
        return rec(n, None, level(m[1]), None, None, m[2][pad:])
    return by_header(lines, r"^\x1b\[\d+m(" + "|".join(CLI_LEVELS) + r")\x1b\[39m:(.*)$", b)


def simple_node_logger(lines):
    # simple-node-logger console appender: "HH:mm:ss.SSS LEVEL message", level padded to 5: time of day only
    return by_header(lines, r"^\d\d:\d\d:\d\d\.\d{3} (TRACE|DEBUG|INFO |WARN |ERROR|FATAL) (.*)$",
                     lambda m, n, _: rec(n, None, level(m[1]), None, None, m[2]))


def node_color_log(lines):
    # node-color-log: "ISO time ESC[bg]ESC[fg][LEVEL]ESC[0m ESC[fg]message ESC[0m"; colour codes are not text
    def b(m, n, _):
        return rec(n, rfc3339(m[1]), level(m[2]), None, None, ANSI.sub("", m[3]))
    return by_header(lines, r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z) (?:\x1b\[\d+m)+\[(DEBUG|INFO|WARN|ERROR|SUCCESS)\]\x1b\[0m (.*)$", b)


# --- Python -----------------------------------------------------------------------------------

def sentry_debug(lines):
    # sentry-sdk debug logger: " [sentry] LEVEL: message" (format " [sentry] %(levelname)s: %(message)s")
    return by_header(lines, r"^ \[(sentry)\] (DEBUG|INFO|WARNING|ERROR|CRITICAL): (.*)$",
                     lambda m, n, _: rec(n, None, level(m[2]), m[1], None, m[3]))


LOGFMT_TOKEN = re.compile(r'([^ =]+)(?:=("(?:[^"\\]|\\.)*"|[^ ]*))?(?: |$)')


def logfmt_value(v):
    # structlog LogfmtRenderer: values with a space, "=" or '"' are quoted with \\ and \" escaped;
    # every value has its newlines written as \n
    if v.startswith('"'):
        return re.sub(r'\\(.)', lambda e: {"n": "\n", '"': '"', "\\": "\\"}[e[1]], v[1:-1])
    return v.replace("\\n", "\n")


def structlog_logfmt(lines):
    def b(m, n, _):
        kv = {k: logfmt_value(v) for k, v in LOGFMT_TOKEN.findall(m[0])}
        return rec(n, rfc3339(kv["timestamp"]), level(kv["level"]), kv.get("logger"), None, kv["event"])
    return by_header(lines, r"^logger=.*\blevel=\w+ timestamp=\S+.*$", b)


def json_log_formatter_verbose(lines):
    # json_log_formatter.VerboseJSONFormatter: time (isoformat, +00:00), levelname, name, message
    return json_lines(lines, lambda o, n: rec(n, rfc3339(o["time"]), level(o["levelname"]), o["name"], None,
                                              o["message"]))


FILES = {
    "gommon_json.jsonl": gommon_json,
    "logr_stdr.log": logr_stdr,
    "pion_logging.log": pion_logging,
    "dlog.log": dlog,
    "loggerv.log": loggerv,
    "rust_tracing_json.jsonl": rust_tracing_json,
    "log4cpp_basic.log": log4cpp_basic,
    "hslogger.log": hslogger,
    "monad_logger.log": monad_logger,
    "ocaml_logs.log": ocaml_logs,
    "nim_logging.log": nim_logging,
    "dlang_std_logger.log": dlang_std_logger,
    "log_report.log": log_report,
    "mixlib_log.log": mixlib_log,
    "symfony_console_logger.log": symfony_console_logger,
    "horde_log.log": horde_log,
    "winston_cli.log": winston_cli,
    "simple_node_logger.log": simple_node_logger,
    "node_color_log.log": node_color_log,
    "sentry_debug.log": sentry_debug,
    "structlog_logfmt.log": structlog_logfmt,
    "json_log_formatter_verbose.jsonl": json_log_formatter_verbose,
}


def main():
    check = "--check" in sys.argv[1:]
    bad = 0
    for name, reader in FILES.items():
        text = (HERE / name).read_bytes().decode("utf-8")
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        records = reader(lines)
        out = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        target = HERE / (name.rsplit(".", 1)[0] + ".expected.jsonl")
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != out:
                print(f"DIFFERS: {target.name}")
                bad += 1
        else:
            target.write_text(out, encoding="utf-8")
        print(f"{name}: {len(lines)} lines, {len(records)} records")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
