#!/usr/bin/env python3
"""Write <name>.expected.jsonl for every log in this folder, one small reader per layout.

Standard library only; written from the observed output and the tools' documented formats or source.
`python3 make_expected.py --check` compares instead of writing and exits 1 on any difference.

Common rule: a line that does not match the layout's header continues the record before it
(no record of its own, blank lines included; lines before the first header make no record);
a record's message is its first line's text after the header, as written.
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MONTHS = {m: i for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}
WDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"

LEVELS = {
    "TRACE": "DEBUG", "DEBUG": "DEBUG", "D": "DEBUG", "T": "DEBUG",
    "VERBOSE": "DEBUG", "V": "DEBUG", "DETAIL": "DEBUG", "VINFO": "DEBUG", "VVINFO": "DEBUG",
    "INFO": "INFO", "I": "INFO", "NOTICE": "INFO", "SUCC": "INFO", "LOG": "INFO",
    "WARN": "WARN", "WARNING": "WARN", "W": "WARN", "VWARN": "WARN",
    "ERROR": "ERROR", "E": "ERROR", "!": "ERROR", "ERR": "ERROR", "VERR": "ERROR",
    "FATAL": "FATAL", "F": "FATAL", "PANIC": "FATAL", "CRITICAL": "FATAL", "CRIT": "FATAL", "C": "FATAL",
    "ALERT": "FATAL", "EMERG": "FATAL",
}


def level(word):
    return LEVELS[word.strip().upper()] if word and word.strip() else None


def iso(y, mo, d, h, mi, s, frac=""):
    ms = (frac + "000")[:3]
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}T{int(h):02d}:{int(mi):02d}:{int(s):02d}.{ms}Z"


def iso_text(date, time, frac=""):
    """'YYYY-mm-dd' (or YYYY/mm/dd) and 'HH:MM:SS' -> ISO, frac = the digits after the second."""
    y, mo, d = re.split(r"[-/]", date)
    h, mi, s = time.split(":")
    return iso(y, mo, d, h, mi, s, frac)


def ctime(mon, day, hms, year):
    h, mi, s = hms.split(":")
    return iso(year, MONTHS[mon], day.strip(), h, mi, s)


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

def lightgbm(lines):
    # LightGBM's native log: "[LightGBM] [Level] message", no time; Fatal lines come on stderr
    return by_header(lines, r"^\[(LightGBM)\] \[(Fatal|Warning|Info|Debug)\] (.*)$",
                     lambda m, n, _: rec(n, None, level(m[2]), m[1], None, m[3]))


def wandb_debug(lines):
    # wandb SDK debug.log: "%(asctime)s %(levelname)-7s %(threadName)-10s:%(process)d
    # [%(filename)s:%(funcName)s():%(lineno)s] %(message)s"
    rx = r"^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d),(\d{3}) (DEBUG|INFO|WARNING|ERROR|CRITICAL) +\S+:\d+ \[[^\]]*\] (.*)$"
    return by_header(lines, rx, lambda m, n, _: rec(n, iso_text(m[1], m[2], m[3]), level(m[4]), None, None, m[5]))


def json_time(t):
    m = re.match(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(?:\.(\d+))?Z$", t)
    return iso_text(m[1], m[2], m[3] or "")


def wandb_debug_internal(lines):
    # wandb-core's debug-internal.log: Go slog JSON, {"time", "level", "msg", ...}
    out = []
    for i, text in enumerate(lines, 1):
        o = json.loads(text)
        out.append(rec(i, json_time(o["time"]), level(o["level"]), None, None, o["msg"]))
    return out


def dvc_verbose(lines):
    # dvc -v: "%(asctime)s %(levelname)s: %(message)s"; command output lines continue the record above
    rx = r"^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d),(\d{3}) (TRACE|DEBUG|INFO|WARNING|ERROR|CRITICAL): (.*)$"
    return by_header(lines, rx, lambda m, n, _: rec(n, iso_text(m[1], m[2], m[3]), level(m[4]), None, None, m[5]))


RAY_CLI = re.compile(r"^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d),(\d{3})\t(VV?INFO|INFO|SUCC|V?WARN|WARNING|V?ERR|ERROR|PANIC) \S+:\d+ -- (.*)$")


def ray_cli(lines):
    # ray start/stop when not a TTY: "%(asctime)s\t%(levelname)s %(filename)s:%(lineno)s -- %(message)s";
    # progress lines end in a bare "\r" (no "\n"): the next record follows on the same line
    out = []
    for n, text in enumerate(lines, 1):
        for segment in text.split("\r"):
            m = RAY_CLI.match(segment)
            if m:
                out.append(rec(n, iso_text(m[1], m[2], m[3]), level(m[4]), None, None, m[5]))
    return out


def ray_cpp(lines):
    # Ray's C++ log (raylet.out, python-core-worker-*.log):
    # "[YYYY-mm-dd HH:MM:SS,mmm L pid tid] (component) file.cc:NN: message"; the component only in some files
    rx = r"^\[(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d),(\d{3}) ([TDIWEC]) \d+ \d+\] (?:\(([\w-]+)\) )?\S+:\d+: (.*)$"
    return by_header(lines, rx, lambda m, n, _: rec(n, iso_text(m[1], m[2], m[3]), level(m[4]), m[5], None, m[6]))


def synapse(lines):
    # Synapse's generated log config: "%(asctime)s - %(name)s - %(lineno)d - %(levelname)s - %(request)s - %(message)s"
    rx = r"^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d),(\d{3}) - (\S+) - \d+ - (DEBUG|INFO|WARNING|ERROR|CRITICAL) - \S* - (.*)$"
    return by_header(lines, rx, lambda m, n, _: rec(n, iso_text(m[1], m[2], m[3]), level(m[5]), m[4], None, m[6]))


def radicale(lines):
    # Radicale 3: "[%(asctime)s] [%(ident)s] [%(levelname)s] %(message)s", asctime "%Y-%m-%d %H:%M:%S %z"
    def b(m, n, _):
        assert m[3] == "+0000"
        return rec(n, iso_text(m[1], m[2]), level(m[4]), None, None, m[5])
    rx = r"^\[(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d) ([+-]\d{4})\] \[[^\]]+\] \[(DEBUG|INFO|NOTICE|WARNING|ERROR|CRITICAL)\] (.*)$"
    return by_header(lines, rx, b)


def tarantool(lines):
    # Tarantool 'plain' log: "YYYY-mm-dd HH:MM:SS.mmm [pid] cord/fid/fiber-name [file:line] L> message"
    # (the fiber name may hold spaces; the file:line only on W/E lines)
    rx = r"^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)\.(\d{3}) \[\d+\] .+? (?:\S+:\d+ )?([FCEWIVD!])> (.*)$"
    return by_header(lines, rx, lambda m, n, _: rec(n, iso_text(m[1], m[2], m[3]), level(m[4]), None, None, m[5]))


def firebird(lines):
    # firebird.log: "host<TAB>Www Mmm dd HH:MM:SS YYYY" alone, then the message on TAB-indented lines
    def b(m, n, rec_lines):
        body = rec_lines[1] if len(rec_lines) > 1 else ""
        return rec(n, ctime(m[2], m[3], m[4], m[5]), None, None, m[1], body.removeprefix("\t"))
    return by_header(lines, rf"^(\S+)\t{WDAY} ([A-Z][a-z]{{2}}) ([ \d]\d) (\d\d:\d\d:\d\d) (\d{{4}})$", b)


PGBR_TS = r"(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)\.(\d{3}) P\d\d +(ERROR|WARN|INFO|DETAIL|DEBUG|TRACE): (.*)"
PGBR_STDERR = r"(ERROR|WARN): (.*)"


def pgbackrest(lines):
    # pgBackRest: "YYYY-mm-dd HH:MM:SS.mmm Pnn LEVEL: message" (level right-aligned to 6); what goes to
    # stderr (log-level-stderr=warn) has no time and no process: "ERROR: [038]: message"
    def b(m, n, _):
        if m[1]:
            return rec(n, iso_text(m[1], m[2], m[3]), level(m[4]), None, None, m[5])
        return rec(n, None, level(m[6]), None, None, m[7])
    return by_header(lines, rf"^(?:{PGBR_TS}|{PGBR_STDERR})$", b)


def barman(lines):
    # Barman's default log_format "%(asctime)s [%(process)s] %(name)s %(levelname)s: %(message)s"
    rx = r"^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d),(\d{3}) \[\d+\] (\S+) (DEBUG|INFO|WARNING|ERROR|CRITICAL): ?(.*)$"
    return by_header(lines, rx, lambda m, n, _: rec(n, iso_text(m[1], m[2], m[3]), level(m[5]), m[4], None, m[6]))


def repmgrd(lines):
    # repmgr's stderr logger: "[YYYY-mm-dd HH:MM:SS] [LEVEL] message"; its [DETAIL] and [HINT] lines
    # belong to the message above (log_detail/log_hint print at the last level, like PostgreSQL's DETAIL)
    rx = r"^\[(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)\] \[(DEBUG|INFO|NOTICE|WARNING|ERROR|ALERT|CRIT|EMERG)\] (.*)$"
    return by_header(lines, rx, lambda m, n, _: rec(n, iso_text(m[1], m[2]), level(m[3]), None, None, m[4]))


PATRONI = r"(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d),(\d{3}) (DEBUG|INFO|WARNING|ERROR|CRITICAL): (.*)"
POSTGRES = r"(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)\.(\d{3}) UTC \[\d+\] (DEBUG\d?|LOG|INFO|NOTICE|WARNING|ERROR|FATAL|PANIC):  (.*)"


def patroni(lines):
    # Patroni's stderr ("%(asctime)s %(levelname)s: %(message)s") with PostgreSQL's own stderr lines
    # ("%m [%p] " prefix: time ms "UTC" [pid] SEVERITY:  message) and initdb/pg_ctl/pg_isready output
    def b(m, n, _):
        g = m.groups()
        if g[0]:
            return rec(n, iso_text(g[0], g[1], g[2]), level(g[3]), None, None, g[4])
        return rec(n, iso_text(g[5], g[6], g[7]), level(g[8]), None, None, g[9])
    return by_header(lines, rf"^(?:{PATRONI}|{POSTGRES})$", b)


def gearmand(lines):
    # gearmand log file: "%7s YYYY-mm-dd HH:MM:SS.uuuuuu [ %4s ] message" (level right-aligned, thread id)
    rx = (r"^ *(FATAL|ALERT|CRITICAL|ERROR|WARNING|NOTICE|INFO|DEBUG) (\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)\.(\d{6}) "
          r"\[ *[^\]]*? *\] (.*)$")
    return by_header(lines, rx, lambda m, n, _: rec(n, iso_text(m[2], m[3], m[4]), level(m[1]), None, None, m[5]))


def victoria_metrics(lines):
    # VictoriaMetrics lib/logger default format: "TIME<TAB>level<TAB>caller<TAB>message", time RFC 3339 ms UTC
    rx = r"^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)\.(\d{3})Z\t(info|warn|error|fatal|panic)\t\S+\t(.*)$"
    return by_header(lines, rx, lambda m, n, _: rec(n, iso_text(m[1], m[2], m[3]), level(m[4]), None, None, m[5]))


def carbon_cache(lines):
    # carbon's stdout observer: "DD/MM/YYYY HH:MM:SS :: [type] message" (carbon/log.py formatEvent)
    def b(m, n, _):
        h, mi, s = m[4].split(":")
        return rec(n, iso(m[3], m[2], m[1], h, mi, s), None, m[5], None, m[6])
    return by_header(lines, r"^(\d\d)/(\d\d)/(\d{4}) (\d\d:\d\d:\d\d) :: \[(\w+)\] (.*)$", b)


def snakemake(lines):
    # Snakemake: "[Www Mmm dd HH:MM:SS YYYY]" alone on a line before each job event; the event is the line below
    def b(m, n, rec_lines):
        return rec(n, ctime(m[1], m[2], m[3], m[4]), None, None, None, rec_lines[1] if len(rec_lines) > 1 else "")
    return by_header(lines, rf"^\[{WDAY} ([A-Z][a-z]{{2}}) ([ \d]\d) (\d\d:\d\d:\d\d) (\d{{4}})\]$", b)


def metaflow(lines):
    # Metaflow's runner: "YYYY-mm-dd HH:MM:SS.mmm [run-id/step/task-id (pid N)] line" for every line a task
    # prints (its traceback too: one record a line), and "YYYY-mm-dd HH:MM:SS.mmm message" for the runner's own
    rx = r"^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)\.(\d{3}) (?:\[[^\]]*\(pid \d+\)\] )?(.*)$"
    return by_header(lines, rx, lambda m, n, _: rec(n, iso_text(m[1], m[2], m[3]), None, None, None, m[4]))


FILES = {
    "lightgbm.log": lightgbm,
    "wandb_debug.log": wandb_debug,
    "wandb_debug_internal.jsonl": wandb_debug_internal,
    "dvc_verbose.log": dvc_verbose,
    "ray_cli.log": ray_cli,
    "ray_raylet.log": ray_cpp,
    "ray_core_worker.log": ray_cpp,
    "metaflow.log": metaflow,
    "snakemake.log": snakemake,
    "synapse.log": synapse,
    "radicale.log": radicale,
    "tarantool.log": tarantool,
    "firebird.log": firebird,
    "pgbackrest_console.log": pgbackrest,
    "pgbackrest_file.log": pgbackrest,
    "barman.log": barman,
    "repmgrd.log": repmgrd,
    "patroni.log": patroni,
    "victoria_metrics.log": victoria_metrics,
    "carbon_cache.log": carbon_cache,
    "gearmand.log": gearmand,
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
