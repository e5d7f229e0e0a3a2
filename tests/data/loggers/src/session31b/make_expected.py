#!/usr/bin/env python3
"""Write <name>.expected.jsonl for every log of corpus31b, one small regex reader per layout.

Standard library only; independent of any parser under test. Conventions: tests/data/loggers/README.md.
A line that does not match its layout's header continues the record before it (no record of its own);
non-blank lines before a file's first header line are records of their own (time, level, service null),
as session 30b did for Vite's banner. Run in the folder holding the logs: each expected file is written
next to its log. `--check` only compares with the files there.
"""
import json
import re
import sys

LEVELS = {
    "trace": "DEBUG", "debug": "DEBUG", "info": "INFO", "notice": "INFO", "warn": "WARN", "warning": "WARN",
    "error": "ERROR", "err": "ERROR", "critical": "FATAL", "crit": "FATAL", "fatal": "FATAL",
}
PY_LEVEL = r"(DEBUG|INFO|WARNING|ERROR|CRITICAL)"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def lvl(word):
    return None if word is None else LEVELS[word.strip().lower()]


def iso(y, mo, d, h, mi, s, frac=""):
    ms = (frac + "000")[:3] if frac else "000"
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}T{int(h):02d}:{int(mi):02d}:{int(s):02d}.{ms}Z"


def rec(line, time, level, service, host, message, **extra):
    r = {"line": line, "time": time, "level": level, "service": service, "host": host, "message": message}
    r.update(extra)
    return r


def read(name):
    with open(name, encoding="utf-8", newline="") as f:
        text = f.read()
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def by_headers(name, readers, strip_ansi=False, preamble=True):
    """readers: (regex, build(n, m)) pairs tried in order. Unmatched lines continue the record above;
    before the first record, non-blank unmatched lines are records of their own (if preamble)."""
    out, seen = [], False
    for n, raw in enumerate(read(name), 1):
        line = ANSI.sub("", raw) if strip_ansi else raw
        for regex, build in readers:
            m = regex.match(line)
            if m:
                out.append(build(n, m))
                seen = True
                break
        else:
            if preamble and not seen and line.strip():
                out.append(rec(n, None, None, None, None, line))
    return out


# --- Hydra 1.3 job logging (hydra/job_logging/default): "[%(asctime)s][%(name)s][%(levelname)s] - %(message)s"
HYDRA_JOB = re.compile(r"^\[(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d),(\d{3})\]\[([^\]]+)\]\[" + PY_LEVEL
                       + r"\] - (.*)$")
# Hydra's own logging (hydra/hydra_logging/default, shown with hydra.verbose): "[%(asctime)s][HYDRA] %(message)s"
HYDRA_OWN = re.compile(r"^\[(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d),(\d{3})\]\[HYDRA\] (.*)$")


def hydra_job(n, m):
    *t, name, level, msg = m.groups()
    return rec(n, iso(*t), lvl(level), name, None, msg)


def hydra_own(n, m):
    *t, msg = m.groups()
    return rec(n, iso(*t), None, "HYDRA", None, msg)


HYDRA = [(HYDRA_JOB, hydra_job), (HYDRA_OWN, hydra_own)]

# --- pytest 9 live logging / --log-file, default format "%(levelname)-8s %(name)s:%(filename)s:%(lineno)d %(message)s"
PYTEST = re.compile(r"^" + PY_LEVEL + r" +(\S+?):(\S+?):(\d+) (.*)$")


def pytest_rec(n, m):
    level, name, _file, _lineno, msg = m.groups()
    return rec(n, None, lvl(level), name, None, msg)


# --- logging.basicConfig() default "%(levelname)s:%(name)s:%(message)s" (waitress, APScheduler) --------------
BASIC = re.compile(r"^" + PY_LEVEL + r":([^:]*):(.*)$")


def basic(n, m):
    level, name, msg = m.groups()
    return rec(n, None, lvl(level), name, None, msg)


# --- Granian 2.8: "[%(levelname)s] %(message)s"; access log (--access-log), its DEFAULT_ACCESSLOG_FMT
# '[%(time)s] %(addr)s - "%(method)s %(path)s %(protocol)s" %(status)d %(dt_ms).3f'
GRANIAN = re.compile(r"^\[" + PY_LEVEL + r"\] (.*)$")
GRANIAN_ACCESS = re.compile(r'^\[(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) ([+-]\d{4})\] (\S+) - '
                            r'"(\S+ .* \S+)" (\d{3}) (\d+\.\d+)$')


def granian(n, m):
    level, msg = m.groups()
    return rec(n, None, lvl(level), None, None, msg)


def granian_access(n, m):
    y, mo, d, h, mi, s, off, _addr, request, status, dt_ms = m.groups()
    assert off == "+0000"
    return rec(n, iso(y, mo, d, h, mi, s), None, None, None, request,
               status=int(status), bytes=None, latency_ms=float(dt_ms))


# --- dbt-core 1.10 console (stdout, colour codes even without a TTY): "\x1b[0mHH:MM:SS  message" -----------
DBT_CONSOLE = re.compile(r"^(\d\d):(\d\d):(\d\d)  (.*)$")


def dbt_console(n, m):
    msg = m.group(4)
    return rec(n, None, "WARN" if msg.startswith("[WARNING]") else None, None, None, msg)


# --- dbt-core 1.10 logs/dbt.log: "\x1b[0mHH:MM:SS.ffffff [level] [thread]: message"; each invocation's
# first record is preceded by "\n\n===... HH:MM:SS.ffffff | invocation-id ===..." (written with it: no record)
DBT_FILE = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d{6}) \[(debug|info |warn |error)\] \[([^\]]*)\]: (.*)$")


def dbt_file(n, m):
    return rec(n, None, lvl(m.group(5)), None, None, m.group(7))


# --- MLflow 3.17 server: its own "%Y/%m/%d %H:%M:%S LEVEL logger: msg" and uvicorn's lines through MLflow's
# formatter "%Y/%m/%d %H:%M:%S LEVEL:     msg" (uvicorn's padded level prefix)
MLFLOW = re.compile(r"^(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d) " + PY_LEVEL + r" ([\w.]+): (.*)$")
MLFLOW_UVICORN = re.compile(r"^(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d) " + PY_LEVEL + r": +(.*)$")


def mlflow(n, m):
    *t, level, name, msg = m.groups()
    return rec(n, iso(*t), lvl(level), name, None, msg)


def mlflow_uvicorn(n, m):
    *t, level, msg = m.groups()
    return rec(n, iso(*t), lvl(level), None, None, msg)


# --- Kedro 1.7 default logging (rich_logging.yml: RichHandler), stdout not a TTY, 80 columns:
# "[mm/dd/yy HH:MM:SS] LEVEL    message-column        file.py:NNN"; a blank time column repeats the time above.
KEDRO = re.compile(r"^(?:\[(\d\d)/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d)\]| {19}) " + PY_LEVEL + r" +(.*?) +(\S+:\d+)$")


def kedro(name):
    out, last = [], None
    for n, line in enumerate(read(name), 1):
        m = KEDRO.match(line)
        if m:
            mo, d, y, h, mi, s, level, msg, _path = m.groups()
            if mo is not None:
                last = iso(2000 + int(y), mo, d, h, mi, s)
            out.append(rec(n, last, lvl(level), None, None, msg))
    return out


# --- koa-logger 4 (default, no colour without a TTY): "  <-- GET /url", "  --> GET /url 200 11ms 28b",
# "  xxx GET /url 500 1ms -" (an error was thrown), "  -x- ..." (connection closed)
KOA_IN = re.compile(r"^  <-- (\S+) (\S+)$")
KOA_OUT = re.compile(r"^  (-->|xxx|-x-) (\S+) (\S+) (\d{3}) ([\d,.]+)(ms|s) (\S*)$")


def koa_in(n, m):
    method, url = m.groups()
    return rec(n, None, None, None, None, f"{method} {url}", status=None, bytes=None, latency_ms=None)


def koa_bytes(text):
    if text in ("", "-"):
        return 0
    b = re.fullmatch(r"(\d+)b", text)
    return int(b.group(1)) if b else None  # "244.14kb": rounded by koa-logger, not the byte count


def koa_out(n, m):
    _arrow, method, url, status, t, unit, length = m.groups()
    ms = float(t.replace(",", "")) * (1000 if unit == "s" else 1)
    return rec(n, None, None, None, None, f"{method} {url}", status=int(status), bytes=koa_bytes(length),
               latency_ms=ms)


# --- nodemon 3.1 (colour codes even without a TTY): "[nodemon] message"; the child's output continues ---------
NODEMON = re.compile(r"^\[nodemon\] (.*)$")


def nodemon(n, m):
    return rec(n, None, None, "nodemon", None, m.group(1))


# --- webpack-dev-server 5 infrastructure logger: "<i> [webpack-dev-server] message"; webpack's stats continue --
WDS = re.compile(r"^<([ewildt])> \[([^\]]+)\] (.*)$")
WDS_LEVELS = {"e": "ERROR", "w": "WARN", "i": "INFO", "l": "INFO", "d": "DEBUG", "t": "DEBUG"}


def wds(n, m):
    letter, name, msg = m.groups()
    return rec(n, None, WDS_LEVELS[letter], name, None, msg)


# --- Next.js 16 dev server: "<prefix> message" (build/output/log.js prefixes) and the request log
# " GET /url 200 in 253ms (next.js: 142ms, application-code: 111ms)"
NEXT = re.compile(r"^([▲✓⨯⚠○»]) (.*)$")
NEXT_LEVELS = {"▲": "INFO", "✓": "INFO", "○": "INFO", "⨯": "ERROR", "⚠": "WARN", "»": "DEBUG"}
NEXT_REQ = re.compile(r"^ (GET|HEAD|POST|PUT|DELETE|PATCH|OPTIONS) (\S+) (\d{3}) in ([\d.]+)(ms|s)(?: \(.*\))?$")


def next_log(n, m):
    prefix, msg = m.groups()
    return rec(n, None, NEXT_LEVELS[prefix], None, None, msg)


def next_req(n, m):
    method, url, status, t, unit = m.groups()
    return rec(n, None, None, None, None, f"{method} {url}", status=int(status), bytes=None,
               latency_ms=float(t) * (1000 if unit == "s" else 1))


FILES = {
    "hydra_job.log": lambda f: by_headers(f, HYDRA),
    "hydra_console.log": lambda f: by_headers(f, HYDRA),
    "pytest_live.log": lambda f: by_headers(f, [(PYTEST, pytest_rec)]),
    "pytest_logfile.log": lambda f: by_headers(f, [(PYTEST, pytest_rec)]),
    "waitress.log": lambda f: by_headers(f, [(BASIC, basic)]),
    "granian.log": lambda f: by_headers(f, [(GRANIAN, granian), (GRANIAN_ACCESS, granian_access)]),
    "apscheduler.log": lambda f: by_headers(f, [(BASIC, basic)]),
    "dbt_console.log": lambda f: by_headers(f, [(DBT_CONSOLE, dbt_console)], strip_ansi=True),
    "dbt_file.log": lambda f: by_headers(f, [(DBT_FILE, dbt_file)], strip_ansi=True, preamble=False),
    "mlflow_server.log": lambda f: by_headers(f, [(MLFLOW, mlflow), (MLFLOW_UVICORN, mlflow_uvicorn)]),
    "kedro_run.log": kedro,
    "koa_logger.log": lambda f: by_headers(f, [(KOA_IN, koa_in), (KOA_OUT, koa_out)]),
    "nodemon.log": lambda f: by_headers(f, [(NODEMON, nodemon)], strip_ansi=True),
    "webpack_dev_server.log": lambda f: by_headers(f, [(WDS, wds)]),
    "next_dev.log": lambda f: by_headers(f, [(NEXT, next_log), (NEXT_REQ, next_req)], strip_ansi=True),
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
