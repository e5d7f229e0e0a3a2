#!/usr/bin/env python3
"""Write out/<name>.expected.jsonl for every log of set 36c, one small reader per layout.

Standard library only; written from the observed output and the tools' documented formats.
`python3 make_expected.py --check` compares instead of writing and exits 1 on any difference.

Common rules for the text files (see README.md, "Judgement calls"):
- A line matching the file's header starts a record. Blank lines never make a record (they go with the
  record before them). A line that begins with a space or a tab continues the record before it (stack
  frames, indented banner lines). A Python traceback continues the record before it: its
  `Traceback (most recent call last):`, the chaining lines (`During handling of ...`, `The above exception
  ...`) and the exception line that follows an indented frame line. Any other line is a record of its own
  (an application's bare print), message = the line without surrounding white space, level null unless it
  opens with a stack trace's `Error: ` (JS), which gives ERROR with the message kept whole.
- Access lines (CLF / combined and the frameworks' own request lines) also get `status`, `bytes` and
  `latency_ms` where the line has them; their level is null unless the line writes one.
"""

import json
import re
import sys
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
MONTHS = {m: i for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}
WORDS = {
    "TRACE": "DEBUG", "DEBUG": "DEBUG",
    "INFO": "INFO", "NOTICE": "INFO",
    "WARN": "WARN", "WARNING": "WARN", "WARNI": "WARN",  # WARNI: %(levelname)-5.5s cuts WARNING to five
    "ERR": "ERROR", "ERROR": "ERROR",
    "CRIT": "FATAL", "CRITI": "FATAL", "CRITICAL": "FATAL", "ALERT": "FATAL", "EMERG": "FATAL", "EMERGENCY": "FATAL",
    "FATAL": "FATAL",
}
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def level_word(w):
    return WORDS[w.strip().upper()] if w else None


def level_pino(n):
    return {10: "DEBUG", 20: "DEBUG", 30: "INFO", 40: "WARN", 50: "ERROR", 60: "FATAL"}[int(n)]


def fmt(dt):
    # UTC, milliseconds truncated
    dt = dt.astimezone(UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def t_parse(text, pattern):
    # a stamp without a zone is UTC (TZ=UTC everywhere)
    dt = datetime.strptime(text, pattern)
    return fmt(dt if dt.tzinfo else dt.replace(tzinfo=UTC))


def t_clf(text):
    # 04/Dec/2026:23:29:49 +0000
    return t_parse(text, "%d/%b/%Y:%H:%M:%S %z")


def t_iso(text):
    # 2026-12-04T23:45:07.488062+00:00 / ...Z / no zone (UTC)
    m = re.fullmatch(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:?\d\d)?", text)
    frac = (m[2] or "")[:6].ljust(6, "0")
    zone = "+00:00" if m[3] in (None, "Z") else m[3]
    return fmt(datetime.fromisoformat(f"{m[1]}.{frac}{zone}"))


def t_epoch_ms(ms):
    return fmt(datetime.fromtimestamp(int(ms) // 1000, UTC).replace(microsecond=int(ms) % 1000 * 1000))


def ms_from_seconds(s):
    v = Decimal(s) * 1000
    return int(v) if v == v.to_integral_value() else float(v)


def rec(line, time, lvl, service, host, message, **access):
    r = {"line": line, "time": time, "level": lvl, "service": service, "host": host, "message": message}
    r.update({k: v for k, v in access.items() if v is not None})
    return r


# --- splitting text into records ---------------------------------------------------------------

TB_CHAIN = ("During handling of the above exception", "The above exception was the direct cause")


def split(lines, is_header, tb_own=False, extra_cont=None):
    """[(index, [lines])]: records as the module docstring says. tb_own: a `Traceback` line with no header
    before it is a record of its own (the tool prints it by itself, after an unrelated line)."""
    recs, in_tb = [], False
    for i, t in enumerate(lines):
        if is_header(t):
            recs.append((i, [t]))
            in_tb = t.endswith("Traceback (most recent call last):")  # falcon's "GET /boom => Traceback ..."
            continue
        if not t.strip():
            if recs:
                recs[-1][1].append(t)
            continue
        cont = False
        if t[0] in " \t":
            cont = True
        elif t.startswith(TB_CHAIN):
            cont, in_tb = True, True
        elif t.startswith("Traceback (most recent call last):"):
            cont = bool(recs) and not tb_own
            in_tb = True
        elif in_tb and recs and [x for x in recs[-1][1] if x.strip()][-1][:1] in (" ", "\t"):
            cont, in_tb = True, False  # the exception line closing a traceback
        elif extra_cont and extra_cont(t):
            cont = True
        if cont and recs:
            recs[-1][1].append(t)
        else:
            recs.append((i, [t]))
    return recs


def orphan(n, t):
    """A line with no header of the file's own: a print of the app or a banner line."""
    t = ANSI.sub("", t).strip()
    return rec(n, None, "ERROR" if t.startswith("Error: ") else None, None, None, t)


def read_text(lines, parsers, **kw):
    """parsers: [(regex, build(match, lineno))] tried in order on a record's first line; else orphan."""
    compiled = [(re.compile(rx), b) for rx, b in parsers]

    def header(t):
        return any(rx.match(t) for rx, _ in compiled)

    out = []
    for i, block in split(lines, header, **kw):
        for rx, b in compiled:
            if m := rx.match(block[0]):
                out.append(b(m, i + 1))
                break
        else:
            out.append(orphan(i + 1, block[0]))
    return out


# --- shared line layouts -----------------------------------------------------------------------

# CLF / combined: host ident user [time] "request" status bytes ...
CLF = r'^\S+ \S+ \S* ?\[(\d\d/[A-Z][a-z]{2}/\d{4}:\d\d:\d\d:\d\d [+-]\d{4})\] "[^"]*" (\d{3}) (\d+|-)'


def clf(m, n):
    return rec(n, t_clf(m[1]), None, None, None, m.string, status=int(m[2]),
               bytes=int(m[3]) if m[3] != "-" else None)


# uvicorn's default formatter: "%(levelprefix)s %(message)s", levelprefix = "INFO:" padded to 9
UVICORN = r"^(DEBUG|INFO|WARNING|ERROR|CRITICAL|TRACE):\s+(.*)$"
UVI_ACCESS = re.compile(r'^\S+:\d+ - "[^"]*" (\d{3})(?: |$)')


def uvicorn(m, n):
    msg = m[2]
    a = UVI_ACCESS.match(msg)
    return rec(n, None, level_word(m[1]), None, None, msg, status=int(a[1]) if a else None)


def uvicorn_access_bare(m, n):
    # uvicorn's access message through gunicorn's access handler ("%(message)s"): no time, no level
    return rec(n, None, None, None, None, m.string, status=int(m[1]))


# gunicorn's error log: "[%Y-%m-%d %H:%M:%S %z] [pid] [LEVEL] message"
GUNICORN = r"^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4})\] \[\d+\] \[([A-Z]+)\] (.*)$"


def gunicorn(m, n):
    return rec(n, t_parse(m[1], "%Y-%m-%d %H:%M:%S %z"), level_word(m[2]), None, None, m[3])


def py_asctime(text):
    # logging's asctime "2026-12-04 23:30:09,191" (local time = UTC)
    return t_parse(text.replace(",", "."), "%Y-%m-%d %H:%M:%S.%f")


# --- the files ---------------------------------------------------------------------------------

def fastapi_run(lines):
    # fastapi-cli's banner (rich, no TTY), then uvicorn's default console lines; the app's own warning
    # through logging's last resort (bare message); tracebacks after "Exception in ASGI application"
    return read_text(lines, [(UVICORN, uvicorn)])


def gunicorn_uvicorn_worker(lines):
    return read_text(lines, [(GUNICORN, gunicorn), (UVI_ACCESS.pattern, uvicorn_access_bare)])


def gunicorn_falcon(lines):
    # falcon's req.log_error through gunicorn's wsgi.errors: "%Y-%m-%d %H:%M:%S [FALCON] [ERROR] METHOD PATH => text"
    def falcon(m, n):
        return rec(n, t_parse(m[1], "%Y-%m-%d %H:%M:%S"), level_word(m[3]), m[2], None, m[4])
    return read_text(lines, [(GUNICORN, gunicorn), (CLF, clf),
                             (r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) \[([A-Z]+)\] \[([A-Z]+)\] (.*)$", falcon)])


def pyramid_pserve(lines):
    # "%(asctime)s %(levelname)-5.5s [%(name)s:%(lineno)s][%(threadName)s] %(message)s"; TransLogger's combined
    # lines through a "%(message)s" handler; pserve's "Starting server in PID n." first
    def b(m, n):
        return rec(n, py_asctime(m[1]), level_word(m[2]), m[3], None, m[4])
    return read_text(lines, [(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) (.{5}) \[([^\]:]+):\d+\]\[[^\]]*\] (.*)$", b),
                             (CLF, clf)])


def celery_beat(lines):
    # the banner (each line a record, indented ones continue "Configuration ->"), then
    # "[%(asctime)s: %(levelname)s/%(processName)s] %(message)s"; the ERROR's stack as a Python list repr line
    # and a chained traceback continue it
    def b(m, n):
        return rec(n, py_asctime(m[1]), level_word(m[2]), None, None, m[3])
    return read_text(lines, [(r"^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}): ([A-Z]+)/[^\]]+\] (.*)$", b)],
                     extra_cont=lambda t: t.startswith("['  File "))


def litestar(lines):
    # uvicorn's lines, and Litestar's default LoggingConfig "%(levelname)s - %(asctime)s - %(name)s - %(module)s -
    # %(message)s"
    def b(m, n):
        return rec(n, py_asctime(m[2]), level_word(m[1]), m[3], None, m[4])
    return read_text(lines, [(UVICORN, uvicorn),
                             (r"^([A-Z]+) - (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) - (\S+) - \S+ - (.*)$", b)])


def webpy_builtin(lines):
    # '127.0.0.1:43852 - - [04/Dec/2026 23:41:38] "HTTP/1.1 GET /" - 200 OK'; tracebacks printed on their own
    def b(m, n):
        return rec(n, t_parse(m[1], "%d/%b/%Y %H:%M:%S"), None, None, None, m.string, status=int(m[2]))
    return read_text(lines, [(r'^\S+ - - \[(\d\d/[A-Z][a-z]{2}/\d{4} \d\d:\d\d:\d\d)\] "[^"]*" - (\d{3})', b)],
                     tb_own=True)


def fastify(lines):
    # pino JSON: time (epoch ms), level 10..60, hostname, msg; no name; res.statusCode and responseTime (ms)
    out = []
    for i, t in enumerate(lines, 1):
        o = json.loads(t)
        out.append(rec(i, t_epoch_ms(o["time"]), level_pino(o["level"]), o.get("name"), o.get("hostname"), o["msg"],
                       status=(o.get("res") or {}).get("statusCode"), latency_ms=o.get("responseTime")))
    return out


def hapi_debug(lines):
    # console.error('Debug:', tags.join(', '), '\n    ' + (error.stack || data)): the header names the
    # event's tags, the text is on the next line (4 spaces in). level from an error/warn/info/debug tag
    recs = []
    for i, block in split(lines, lambda t: t.startswith("Debug: ")):
        first = block[0]
        if m := re.match(r"^Debug: (.*?) ?$", first):
            tags = [x.strip() for x in m[1].split(",")]
            lvl = next((level_word(x) for x in tags if x.upper() in WORDS), None)
            text = block[1].strip() if len(block) > 1 else ""
            recs.append(rec(i + 1, None, lvl, None, None, text))
        else:
            recs.append(orphan(i + 1, first))
    return recs


def express_morgan(lines):
    # morgan 'combined' lines; Express's default error handler prints err.stack; console.log/warn bare lines
    return read_text(lines, [(CLF, clf)])


def hono_logger(lines):
    # hono/logger: "<-- METHOD path" when a request comes in, "--> METHOD path STATUS time" when it leaves;
    # the status is coloured (ANSI SGR) even into a file; time "0ms" / "1s"
    def incoming(m, n):
        return rec(n, None, None, None, None, m.string)

    def outgoing(m, n):
        lat = int(m[3]) if m[4] == "ms" else int(m[3]) * 1000
        return rec(n, None, None, None, None, ANSI.sub("", m.string), status=int(m[2]), latency_ms=lat)
    return read_text(lines, [(r"^<-- \S+ \S+$", incoming),
                             (r"^--> \S+ \S+ (\x1b\[\d+m)?(\d{3})(?:\x1b\[0m)? (\d+)(ms|s)$", outgoing)])


def http_server(lines):
    # http-server: "[ISO time]  \"METHOD url\" \"user-agent\"" per request, and for errors
    # "[ISO time]  \"METHOD url\" Error (404): \"Not found\""; its banner first; Node's own warning with its
    # "(Use `node --trace-deprecation ...`" line
    def b(m, n):
        msg = m[2]
        e = re.search(r'" Error \((\d{3})\): ', msg)
        return rec(n, t_iso(m[1]), None, None, None, msg, status=int(e[1]) if e else None)
    return read_text(lines, [(r"^\[(\d{4}-\d\d-\d\dT[\d:.]+Z)\]\s+(.*)$", b)],
                     extra_cont=lambda t: t.startswith("(Use `node "))


def thin(lines):
    # Thin's logger: "%Y-%m-%d %H:%M:%S %z message" (no level); a backtrace by tab-indented lines and a blank
    def b(m, n):
        return rec(n, t_parse(m[1], "%Y-%m-%d %H:%M:%S %z"), None, None, None, m[2])
    return read_text(lines, [(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4}) (.*)$", b)])


def unicorn(lines):
    # Ruby Logger: "I, [2026-12-04T23:43:22.353707 #14328]  INFO -- : message" (progname empty);
    # Rack::CommonLogger: 'host - user [time] "request" status size seconds' (size "-" when unknown)
    def logger(m, n):
        return rec(n, t_iso(m[1]), level_word(m[2]), m[3] or None, None, m[4])

    def common(m, n):
        return rec(n, t_clf(m[1]), None, None, None, m.string, status=int(m[2]),
                   bytes=int(m[3]) if m[3] != "-" else None, latency_ms=ms_from_seconds(m[4]))
    return read_text(lines, [
        (r"^[DIWEFA], \[(\S+) #\d+\]\s+([A-Z]+) -- (\S*): (.*)$", logger),
        (r'^\S+ - \S+ \[(\d\d/[A-Z][a-z]{2}/\d{4}:\d\d:\d\d:\d\d [+-]\d{4})\] "[^"]*" (\d{3}) (\d+|-) (\d+\.\d+)$', common)])


def dancer2(lines):
    # Dancer2's console logger "[%a:%P] %L @%T> %m in %f l. %l", Plack's AccessLog (combined) lines, the
    # server's first line and Perl's own warnings ("Wide character in print at ...")
    def b(m, n):
        return rec(n, t_parse(m[3], "%Y-%m-%d %H:%M:%S"), level_word(m[2]), m[1], None, m[4])
    return read_text(lines, [(r"^\[([^:\]]+):\d+\] (\w+) @(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)> (.*) in \S+ l\. \d+$", b),
                         (CLF, clf)])


def starman(lines):
    # Net::Server's "yyyy/mm/dd-hh:mm:ss message" lines, Plack's AccessLog (combined), the app's die/warn text
    # with Plack's StackTrace lines (" at ..." and tab-indented frames) after it
    def b(m, n):
        return rec(n, t_parse(m[1], "%Y/%m/%d-%H:%M:%S"), None, None, None, m[2])
    return read_text(lines, [(r"^(\d{4}/\d\d/\d\d-\d\d:\d\d:\d\d) (.*)$", b), (CLF, clf)])


def php_fpm_error(lines):
    # "[dd-Mmm-yyyy hh:mm:ss] LEVEL: message"; a worker's stderr line is wrapped whole in one record each
    def b(m, n):
        return rec(n, t_parse(m[1], "%d-%b-%Y %H:%M:%S"), level_word(m[2]), None, None, m[3])
    return read_text(lines, [(r"^\[(\d\d-[A-Z][a-z]{2}-\d{4} \d\d:\d\d:\d\d)\] ([A-Z]+): (.*)$", b)])


def php_fpm_access(lines):
    # default access.format '%R - %u %t "%m %r" %s': %t without brackets, %u empty (two spaces)
    def b(m, n):
        return rec(n, t_clf(m[1]), None, None, None, m.string, status=int(m[2]))
    return read_text(lines, [(r'^\S+ - \S* (\d\d/[A-Z][a-z]{2}/\d{4}:\d\d:\d\d:\d\d [+-]\d{4}) "[^"]*" (\d{3})$', b)])


def php_fpm_slow(lines):
    # a blank line, then "[dd-Mmm-yyyy hh:mm:ss]  [pool www] pid N", script_filename and the backtrace lines
    def b(m, n):
        return rec(n, t_parse(m[1], "%d-%b-%Y %H:%M:%S"), None, None, None, m[2])
    hdr = re.compile(r"^\[(\d\d-[A-Z][a-z]{2}-\d{4} \d\d:\d\d:\d\d)\]\s+(.*)$")
    out = []
    for i, block in split(lines, hdr.match, extra_cont=lambda t: t.startswith(("script_filename = ", "[0x"))):
        m = hdr.match(block[0])
        out.append(b(m, i + 1) if m else orphan(i + 1, block[0]))
    return out


def monolog_json(lines):
    # Monolog 2 JsonFormatter: message, context, level, level_name, channel, datetime, extra
    out = []
    for i, t in enumerate(lines, 1):
        o = json.loads(t)
        out.append(rec(i, t_iso(o["datetime"]), level_word(o["level_name"]), o["channel"], None, o["message"]))
    return out


READERS = {
    "fastapi_run.log": fastapi_run,
    "gunicorn_uvicorn_worker.log": gunicorn_uvicorn_worker,
    "gunicorn_falcon.log": gunicorn_falcon,
    "pyramid_pserve.log": pyramid_pserve,
    "celery_beat.log": celery_beat,
    "litestar_run.log": litestar,
    "litestar_run_debug.log": litestar,
    "webpy_builtin.log": webpy_builtin,
    "fastify.jsonl": fastify,
    "hapi_debug.log": hapi_debug,
    "express_morgan_combined.log": express_morgan,
    "hono_logger.log": hono_logger,
    "http_server.log": http_server,
    "thin.log": thin,
    "unicorn.log": unicorn,
    "dancer2_plackup.log": dancer2,
    "starman_plackup.log": starman,
    "php_fpm_error_workers.log": php_fpm_error,
    "php_fpm_access.log": php_fpm_access,
    "php_fpm_slow.log": php_fpm_slow,
    "php_monolog_json.jsonl": monolog_json,
}


def main():
    check = "--check" in sys.argv[1:]
    bad = 0
    for name, reader in READERS.items():
        src = OUT / name
        lines = src.read_text(encoding="utf-8").split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in reader(lines))
        dst = OUT / (name.rsplit(".", 1)[0] + ".expected.jsonl")
        if check:
            if not dst.exists() or dst.read_text(encoding="utf-8") != text:
                print(f"DIFFERS: {dst.name}")
                bad += 1
        else:
            dst.write_text(text, encoding="utf-8")
    if check:
        print(f"{len(READERS) - bad} same, {bad} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
