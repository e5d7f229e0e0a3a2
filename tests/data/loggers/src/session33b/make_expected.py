#!/usr/bin/env python3
"""Write <name>.expected.jsonl for every log in this folder, one small reader per layout.

Standard library only; written from the observed output and the tools' documented formats.
`python3 make_expected.py --check` compares instead of writing and exits 1 on any difference.

Common rule: a line that does not match the layout's header continues the record before it
(no record of its own, blank lines included); a record's message is its first line's text
after the header, as written.
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MONTHS = {m: i for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}
YEAR = 2026  # layouts without a year

LEVELS = {
    "TRACE": "DEBUG", "DEBUG": "DEBUG", "DEBU": "DEBUG", "VERBO": "DEBUG", "SILLY": "DEBUG",
    "INFO": "INFO", "NOTICE": "INFO", "NOTI": "INFO", "SUCCESS": "INFO", "LOG": "INFO",
    "WARN": "WARN", "WARNING": "WARN",
    "ERROR": "ERROR", "ERRO": "ERROR",
    "FATAL": "FATAL", "CRITICAL": "FATAL", "CRIT": "FATAL", "ALERT": "FATAL", "EMERGENCY": "FATAL",
}


def level(word):
    return LEVELS[word.strip().upper()] if word and word.strip() else None


def iso(y, mo, d, h, mi, s, frac=""):
    ms = (frac + "000")[:3]
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}T{int(h):02d}:{int(mi):02d}:{int(s):02d}.{ms}Z"


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


# --- one reader per layout -------------------------------------------------------------------

def r_logger(lines):
    # logger (R) layout_simple: "LEVEL [YYYY-mm-dd HH:MM:SS] message"
    def b(m, n, _):
        y, mo, d, h, mi, s = re.split(r"[- :]", m[2])
        return rec(n, iso(y, mo, d, h, mi, s), level(m[1]), None, None, m[3])
    return by_header(lines, r"^(TRACE|DEBUG|INFO|SUCCESS|WARN|ERROR|FATAL) \[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\] (.*)$", b)


def r_futile_logger(lines):
    # futile.logger layout.format('[~l] [~t] [~n.~f] ~m'): service = the namespace before the first "."
    def b(m, n, _):
        y, mo, d, h, mi, s = re.split(r"[- :]", m[2])
        return rec(n, iso(y, mo, d, h, mi, s), level(m[1]), m[3].split(".", 1)[0], None, m[4])
    return by_header(lines, r"^\[(TRACE|DEBUG|INFO|WARN|ERROR|FATAL)\] \[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\] \[([^\]]*)\] (.*)$", b)


def log_handler(lines):
    # Log::Handler default "%T [%L] %m", %T = "%b %d %H:%M:%S" (no year)
    def b(m, n, _):
        h, mi, s = m[3].split(":")
        return rec(n, iso(YEAR, MONTHS[m[1]], m[2], h, mi, s), level(m[4]), None, None, m[5])
    return by_header(lines, r"^([A-Z][a-z]{2}) (\d\d) (\d\d:\d\d:\d\d) \[(DEBUG|INFO|NOTICE|WARNING|ERROR|CRITICAL|ALERT|EMERGENCY)\] (.*)$", b)


def ruby_logging_basic(lines):
    # logging gem Layouts::Basic: "%*s  %s : %s" (level right-aligned to 5, logger name, message)
    return by_header(lines, r"^(DEBUG| INFO| WARN|ERROR|FATAL)  (\S+) : (.*)$",
                     lambda m, n, _: rec(n, None, level(m[1]), m[2], None, m[3]))


def ruby_logging_pattern(lines):
    # logging gem Layouts::Pattern default "[%d] %-5l -- %c : %m\n", %d = ISO 8601 to the second, local (UTC)
    def b(m, n, _):
        y, mo, d, h, mi, s = re.split(r"[-T:]", m[1])
        return rec(n, iso(y, mo, d, h, mi, s), level(m[2]), m[3], None, m[4])
    return by_header(lines, r"^\[(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\] (DEBUG|INFO|WARN|ERROR|FATAL) *-- (\S+) : (.*)$", b)


def log4r_default(lines):
    # log4r DefaultFormatter: "%*s %s: %s" (level right-aligned to 5, logger's last name, message)
    return by_header(lines, r"^(DEBUG| INFO| WARN|ERROR|FATAL) (\S+): (.*)$",
                     lambda m, n, _: rec(n, None, level(m[1]), m[2], None, m[3]))


def lualogging_console(lines):
    # lualogging default "%date %level %message", %date = os.date() = C-locale "%c"
    def b(m, n, _):
        h, mi, s = m[3].split(":")
        return rec(n, iso(m[4], MONTHS[m[1]], m[2], h, mi, s), level(m[5]), None, None, m[6])
    return by_header(lines, r"^(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat) ([A-Z][a-z]{2}) ([ \d]\d) (\d\d:\d\d:\d\d) (\d{4}) (DEBUG|INFO|WARN|ERROR|FATAL) (.*)$", b)


def tcllib_logger(lines):
    # tcllib logger stdoutcmd: "[clock format] [service] [level] 'text'" (the quotes close on the record's last line)
    rx = (r"^\[(Sun|Mon|Tue|Wed|Thu|Fri|Sat) ([A-Z][a-z]{2}) (\d\d) (\d\d:\d\d:\d\d) (\S+) (\d{4})\] "
          r"\[([^\]]+)\] \[(debug|info|notice|warn|error|critical|alert|emergency)\] '(.*)$")

    def b2(m, n, rec_lines):
        g = list(m.groups())  # day, mon, dd, time, zone, year, svc, level, text
        assert g[4] == "UTC"
        h, mi, s = g[3].split(":")
        msg = g[8]
        if len(rec_lines) == 1 and msg.endswith("'"):
            msg = msg[:-1]
        return rec(n, iso(g[5], MONTHS[g[1]], g[2], h, mi, s), level(g[7]), g[6], None, msg)
    return by_header(lines, rx, b2)


def console_stamp(lines):
    # console-stamp 3 default ":date(dd.mm.yyyy HH:MM.ss.l) :label(7)": note the "." between minutes and seconds
    def b(m, n, _):
        d, mo, y, h, mi, s, ms = m[1], m[2], m[3], m[4], m[5], m[6], m[7]
        return rec(n, iso(y, mo, d, h, mi, s, ms), level(m[8]), None, None, m[9])
    return by_header(lines, r"^\[(\d\d)\.(\d\d)\.(\d{4}) (\d\d):(\d\d)\.(\d\d)\.(\d{3})\] \[(LOG|INFO|DEBUG|WARN|ERROR)\] +(.*)$", b)


def fancy_log(lines):
    # fancy-log: "[HH:MM:SS] message": time of day only (null), no level
    return by_header(lines, r"^\[\d\d:\d\d:\d\d\] (.*)$", lambda m, n, _: rec(n, None, None, None, None, m[1]))


def lambda_log(lines):
    # lambda-log JSON: no time field (Lambda/CloudWatch stamps it), _logLevel, msg; service = our meta "service"
    out = []
    for i, text in enumerate(lines, 1):
        o = json.loads(text)
        out.append(rec(i, None, level(o["_logLevel"]), o.get("service"), None, o["msg"]))
    return out


def captains_log(lines):
    # captains-log: 5-character prefix + ": "; silly's prefix is blank, verbose is "verbo"
    names = {"": "SILLY", "verbo": "VERBO", "info": "INFO", "debug": "DEBUG", "warn": "WARN", "error": "ERROR", "crit": "CRIT"}
    return by_header(lines, r"^( {5}|verbo| info|debug| warn|error| crit): (.*)$",
                     lambda m, n, _: rec(n, None, level(names[m[1].strip()]), None, None, m[2]))


def twiggy(lines):
    # twiggy line_format: "TIME:LEVEL:name[:key=value...]|message"; traceback lines start "TRACE "
    def b(m, n, _):
        y, mo, d, h, mi, s = re.split(r"[-T:]", m[1])
        return rec(n, iso(y, mo, d, h, mi, s), level(m[2]), m[3], None, m[5])
    return by_header(lines, r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)Z:(DEBUG|INFO|NOTICE|WARNING|ERROR|CRITICAL):([^:|]*)((?::[^|]*)?)\|(.*)$", b)


def loggo_default(lines):
    # juju/loggo DefaultFormatter: "YYYY-mm-dd HH:MM:SS LEVEL module file:line message" (UTC)
    def b(m, n, _):
        y, mo, d, h, mi, s = re.split(r"[- :]", m[1])
        return rec(n, iso(y, mo, d, h, mi, s), level(m[2]), m[3], None, m[4])
    return by_header(lines, r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (TRACE|DEBUG|INFO|WARNING|ERROR|CRITICAL) (\S+) \S+:\d+ (.*)$", b)


def logutils_stdlog(lines):
    # Go log.LstdFlags "YYYY/mm/dd HH:MM:SS " + hashicorp/logutils "[LEVEL] " (optional)
    def b(m, n, _):
        y, mo, d, h, mi, s = re.split(r"[/ :]", m[1])
        return rec(n, iso(y, mo, d, h, mi, s), level(m[2]), None, None, m[3])
    return by_header(lines, r"^(\d{4}/\d\d/\d\d \d\d:\d\d:\d\d) (?:\[(TRACE|DEBUG|INFO|WARN|ERROR)\] )?(.*)$", b)


def go_logging_example(lines):
    # op/go-logging examples/example.go: "%{color}%{time:15:04:05.000} %{shortfunc} ▶ %{level:.4s} %{id:03x}%{color:reset} %{message}"
    return by_header(lines, r"^(?:\x1b\[\d+m)?\d\d:\d\d:\d\d\.\d{3} \S+ \u25b6 (DEBU|INFO|NOTI|WARN|ERRO|CRIT) [0-9a-f]{3,}\x1b\[0m (.*)$",
                     lambda m, n, _: rec(n, None, level(m[1]), None, None, m[2]))


def tracing_time(t):
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?Z$", t)
    return iso(*m.groups()[:6], m[7] or "")


def tracing_compact(lines):
    # tracing-subscriber compact: "TIME LEVEL [span: ...]target: message fields" (the only span here is "request")
    return by_header(lines, r"^(\S+Z) +(TRACE|DEBUG|INFO|WARN|ERROR) (?:request: )?([A-Za-z0-9_:]+): (.*)$",
                     lambda m, n, _: rec(n, tracing_time(m[1]), level(m[2]), m[3], None, m[4]))


def tracing_pretty(lines):
    # tracing-subscriber pretty: "  TIME LEVEL target: message, fields" then "    at file:line", "    in span with ...", blank
    return by_header(lines, r"^  (\S+Z) +(TRACE|DEBUG|INFO|WARN|ERROR) ([A-Za-z0-9_:]+): (.*)$",
                     lambda m, n, _: rec(n, tracing_time(m[1]), level(m[2]), m[3], None, m[4]))


FILES = {
    "r_logger.log": r_logger,
    "r_futile_logger.log": r_futile_logger,
    "log_handler.log": log_handler,
    "ruby_logging_basic.log": ruby_logging_basic,
    "ruby_logging_pattern.log": ruby_logging_pattern,
    "log4r_default.log": log4r_default,
    "lualogging_console.log": lualogging_console,
    "tcllib_logger.log": tcllib_logger,
    "console_stamp.log": console_stamp,
    "fancy_log.log": fancy_log,
    "lambda_log.jsonl": lambda_log,
    "captains_log.log": captains_log,
    "twiggy.log": twiggy,
    "loggo_default.log": loggo_default,
    "logutils_stdlog.log": logutils_stdlog,
    "go_logging_example.log": go_logging_example,
    "tracing_compact.log": tracing_compact,
    "tracing_pretty.log": tracing_pretty,
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
