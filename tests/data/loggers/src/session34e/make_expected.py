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

LEVELS = {
    "TRACE": "DEBUG", "DEBUG": "DEBUG", "VERBOSE": "DEBUG", "D": "DEBUG",
    "INFO": "INFO", "LOG": "INFO", "I": "INFO",
    "WARN": "WARN", "WARNING": "WARN", "W": "WARN",
    "ERROR": "ERROR", "E": "ERROR",
    "FATAL": "FATAL", "CRITICAL": "FATAL", "C": "FATAL",
}


def level(word):
    return LEVELS[word.strip().upper()] if word and word.strip() else None


def iso(y, mo, d, h, mi, s, frac=""):
    ms = (frac + "000")[:3]
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}T{int(h):02d}:{int(mi):02d}:{int(s):02d}.{ms}Z"


def iso_text(t):
    """'2026-12-04T19:43:12.146233' or '2026-12-04 19:43:12,146' (optionally ending Z) -> ISO ms."""
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:[.,](\d+))?Z?$", t)
    return iso(*m.groups()[:6], m[7] or "")


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

def git_trace(lines):
    # GIT_TRACE / GIT_TRACE_PACKET (trace.c): "HH:MM:SS.uuuuuu file:line<pad> text"; time of day only
    return by_header(lines, r"^\d\d:\d\d:\d\d\.\d{6} \S+:\d+ +(.*)$",
                     lambda m, n, _: rec(n, None, None, None, None, m[1]))


def git_trace2_event(lines):
    # GIT_TRACE2_EVENT: one JSON object a line; no message field: the event name, an "error" event's msg
    out = []
    for i, text in enumerate(lines, 1):
        o = json.loads(text)
        err = o["event"] == "error"
        out.append(rec(i, iso_text(o["time"]), "ERROR" if err else None, None, None, o["msg"] if err else o["event"]))
    return out


def git_trace2_perf(lines):
    # GIT_TRACE2_PERF: "HH:MM:SS.uuuuuu file:line | d0 | thread | event | repo | t_abs | t_rel | category | detail"
    def b(m, n, rec_lines):
        cols = rec_lines[0].split(" | ", 8)
        event = cols[3].strip()
        return rec(n, None, "ERROR" if event == "error" else None, None, None, cols[8])
    return by_header(lines, r"^\d\d:\d\d:\d\d\.\d{6} \S+:\d+ +\| d\d+ \| ", b)


def ccache(lines):
    # ccache 4 log file: "[YYYY-mm-ddTHH:MM:SS.uuuuuu PID<pad>] text" (local time = UTC)
    return by_header(lines, r"^\[(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}) \d+ *\] (.*)$",
                     lambda m, n, _: rec(n, iso_text(m[1]), None, None, None, m[2]))


def distccd(lines):
    # distccd --log-file: "distccd[PID] (function) text" ("(function) " absent on some lines); no time, no level
    return by_header(lines, r"^(distccd)\[\d+\] (?:\(\w+\) )?(.*)$",
                     lambda m, n, _: rec(n, None, None, m[1], None, m[2]))


def valgrind(lines):
    # valgrind --log-file: every line "==PID== "; a record starts at unindented text, indented lines
    # ("   at", "   by", " Address", summary items) and empty "==PID== " lines continue it
    return by_header(lines, r"^==\d+== (\S.*)$", lambda m, n, _: rec(n, None, None, None, None, m[1]))


def strace(lines):
    # strace -f -tt -o file: "PID<pad>HH:MM:SS.uuuuuu syscall(...) = ret"; time of day only
    return by_header(lines, r"^\d+ +\d\d:\d\d:\d\d\.\d{6} (.*)$", lambda m, n, _: rec(n, None, None, None, None, m[1]))


def awscli(lines):
    # aws --debug: "%(asctime)s - %(threadName)s - %(name)s - %(levelname)s - %(message)s"
    return by_header(lines, r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) - \S+ - (\S+) - (DEBUG|INFO|WARNING|ERROR|CRITICAL) - (.*)$",
                     lambda m, n, _: rec(n, iso_text(m[1]), level(m[3]), m[2], None, m[4]))


def boto3_stream(lines):
    # boto3.set_stream_logger default "%(asctime)s %(name)s [%(levelname)s] %(message)s"
    return by_header(lines, r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) (\S+) \[(DEBUG|INFO|WARNING|ERROR|CRITICAL)\] (.*)$",
                     lambda m, n, _: rec(n, iso_text(m[1]), level(m[3]), m[2], None, m[4]))


def mypy_verbose(lines):
    # mypy -v: "LOG:  text" (and "TRACE:  text" at -vv); no time
    return by_header(lines, r"^(LOG|TRACE):  (.*)$", lambda m, n, _: rec(n, None, level(m[1]), None, None, m[2]))


def tox_vv(lines):
    # tox 4 -vv: "env: <ms since start> L text [file.py:line]"; L = %(levelname).1s; env = service
    def b(m, n, _):
        return rec(n, None, level(m[2]), m[1], None, m[3])
    return by_header(lines, r"^(\S+): \d+ ([DIWEC]) (.*?)(?: \[[^\]\s]+\.py:\d+\])?$", b)


def esbuild_verbose(lines):
    # esbuild --log-level=verbose: "<symbol> [LEVEL] text", details indented on following lines
    return by_header(lines, r"^(?:\u25cf|\u2b25|\u25b2|\u2718) \[(VERBOSE|DEBUG|INFO|WARNING|ERROR)\] (.*)$",
                     lambda m, n, _: rec(n, None, level(m[1]), None, None, m[2]))


def tsc_watch(lines):
    # tsc --watch, not a TTY: "[clear screen]h:mm:ss AM - text"; diagnostics "file(l,c): error TSnnnn: text"
    diag = re.compile(r"^\S+\(\d+,\d+\): error TS\d+: .*$")

    def b(m, n, rec_lines):
        if diag.match(rec_lines[0]):
            return rec(n, None, "ERROR", None, None, rec_lines[0])
        return rec(n, None, None, None, None, m[2])
    return by_header(lines, r"^(?:\x1b\[2J\x1b\[3J\x1b\[H)?(\d\d:\d\d:\d\d [AP]M) - (.*)$|^\S+\(\d+,\d+\): error TS\d+: ", b)


def webpack_infra(lines):
    # webpack infrastructure logger (node console): "<i> ", "<w> ", "<e> ", "<t> " or 4 spaces, "[logger] text"
    levels = {"<i>": "INFO", "<w>": "WARN", "<e>": "ERROR"}
    return by_header(lines, r"^(<[a-z]>|   ) \[([^\]]+)\] (.*)$",
                     lambda m, n, _: rec(n, None, levels.get(m[1]), m[2], None, m[3]))


def qemu_trace(lines):
    # QEMU "log" trace backend to -D file, without -msg timestamp=on: "event_name args"; no time, no level
    return by_header(lines, r"^([a-z0-9_]+ .*)$", lambda m, n, _: rec(n, None, None, None, None, m[1]))


def curl_trace(lines):
    # curl --trace-ascii --trace-time: "HH:MM:SS.uuuuuu == Info: text" / "=> Send header, N bytes (0x..)";
    # the "0000: " dump lines continue the record
    return by_header(lines, r"^\d\d:\d\d:\d\d\.\d{6} (.*)$", lambda m, n, _: rec(n, None, None, None, None, m[1]))


FILES = {
    "git_trace.log": git_trace,
    "git_trace_packet.log": git_trace,
    "git_trace2_event.jsonl": git_trace2_event,
    "git_trace2_perf.log": git_trace2_perf,
    "ccache.log": ccache,
    "distccd.log": distccd,
    "valgrind.log": valgrind,
    "strace.log": strace,
    "awscli_debug.log": awscli,
    "boto3_stream_logger.log": boto3_stream,
    "mypy_verbose.log": mypy_verbose,
    "tox_vv.log": tox_vv,
    "esbuild_verbose.log": esbuild_verbose,
    "tsc_watch.log": tsc_watch,
    "webpack_infrastructure.log": webpack_infra,
    "qemu_trace.log": qemu_trace,
    "curl_trace_ascii.log": curl_trace,
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
