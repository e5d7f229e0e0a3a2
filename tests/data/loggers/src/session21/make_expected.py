"""Writes ${CORPUS}/NAME.expected.jsonl for every captured file in out/, with one small reader per
layout (written from the tools' documented layouts, independent of logmr), and copies the file beside it.
Run: python3 src/make_expected.py"""
import csv, io, json, os, re, shutil
from datetime import datetime, timezone, timedelta

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "src", "out")
MON = {m: i + 1 for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())}
ANSI = re.compile(r"\x1b\[[0-9;]*m")

LEVELS = {
    "DEBUG": "trace verbose finest finer fine debug debg trac blat vrb dbg d debug1 debug2 debug3 debug4 debug5",
    "INFO": "info notice config success inf log i note",
    "WARN": "warn warning wrn w",
    "ERROR": "error err erro severe e crash",
    "FATAL": "fatal critical crit alert emergency emerg panic ftl dpanic c",
}
LEVEL_OF = {w: k for k, ws in LEVELS.items() for w in ws.split()}
def lvl(word):
    return None if word is None else LEVEL_OF[word.strip().lower()]

def iso(dt):
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    dt = dt.astimezone(timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (dt.microsecond // 1000)

def frac(s):  # fraction digits -> microseconds, truncated
    return int((s + "000000")[:6]) if s else 0

def rec(line, time=None, level=None, service=None, host=None, message="", **http):
    r = {"line": line, "time": time, "level": level, "service": service, "host": host, "message": message}
    r.update(http)
    return r

def lines_of(name):
    with open(os.path.join(OUT, name), encoding="utf-8", newline="") as f:
        text = f.read()
    return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")

def go_unquote(s):
    return json.loads(s)  # Go's strconv.Quote output for these values is valid JSON string syntax

# ---------------------------------------------------------------- generic "start pattern" text reader
def text_records(name, start, build, banner_until_first=False, plain_start=None):
    """Each line matching `start` begins a record built by build(m, lineno, following_lines); others continue
    the record above. With banner_until_first, non-blank lines before the first match are records of their own
    (message = the line). plain_start(line) -> True marks other lines that begin a record (message = line)."""
    L = lines_of(name)
    out, seen = [], False
    i = 0
    while i < len(L):
        raw = ANSI.sub("", L[i])
        m = start.match(raw)
        if m:
            seen = True
            j = i + 1
            while j < len(L) and not start.match(ANSI.sub("", L[j])) and not (plain_start and plain_start(ANSI.sub("", L[j]))):
                j += 1
            out.append(build(m, i + 1, [ANSI.sub("", x) for x in L[i + 1:j]]))
            i = j
            continue
        if raw.strip() and ((banner_until_first and not seen) or (plain_start and plain_start(raw))):
            out.append(plain_line(raw, i + 1))
        i += 1
    return out

def plain_line(raw, n):
    m = re.match(r"^(WARNING|ERROR|INFO): (.*)$", raw)
    if m:
        return rec(n, level=lvl(m.group(1)), message=m.group(2))
    return rec(n, message=raw.rstrip())  # as written (leading " * " of werkzeug kept)

# ---------------------------------------------------------------- readers
RE_DJ_ACCESS = re.compile(r'^\[(\d\d)/(\w{3})/(\d{4}) (\d\d):(\d\d):(\d\d)\] "([^"]*)" (\d{3}) (\d+|-)$')
RE_DJ_DATE = re.compile(r"^(January|February|March|April|May|June|July|August|September|October|November|December) (\d\d), (\d{4}) - (\d\d):(\d\d):(\d\d)$")
def django(name):
    def b(m, n, rest):
        d, mo, y, H, M, S, req, st, by = m.groups()
        return rec(n, iso(datetime(int(y), MON[mo], int(d), int(H), int(M), int(S))), message=req,
                   status=int(st), bytes=0 if by == "-" else int(by))
    def plain(raw):
        return raw.startswith(("Not Found: ", "Internal Server Error: ", "Bad Request: ", "Forbidden"))
    recs = text_records(name, RE_DJ_ACCESS, b, banner_until_first=True, plain_start=plain)
    for r in recs:  # the banner's date line: an instant, no text
        m = RE_DJ_DATE.match(r["message"])
        if m:
            mo = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"].index(m.group(1)) + 1
            r["time"] = iso(datetime(int(m.group(3)), mo, int(m.group(2)), int(m.group(4)), int(m.group(5)), int(m.group(6))))
            r["message"] = ""
    return recs

RE_FLASK = re.compile(r"^\[(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d),(\d{3})\] (\w+) in (\S+): (.*)$")
RE_WZ = re.compile(r'^(\S+) - - \[(\d\d)/(\w{3})/(\d{4}) (\d\d):(\d\d):(\d\d)\] "([^"]*)" (\d{3}) (\d+|-)$')
def flask(name):
    def b(m, n, rest):
        if m.re is RE_FLASK:
            y, mo, d, H, M, S, ms, level, module, msg = m.groups()
            return rec(n, iso(datetime(int(y), int(mo), int(d), int(H), int(M), int(S), int(ms) * 1000)), lvl(level), None, None, msg)
        ip, d, mo, y, H, M, S, req, st, by = m.groups()
        return rec(n, iso(datetime(int(y), MON[mo], int(d), int(H), int(M), int(S))), message=req, status=int(st), bytes=0 if by == "-" else int(by))
    class Either:
        def match(self, s):
            return RE_FLASK.match(s) or RE_WZ.match(s)
    return text_records(name, Either(), b, banner_until_first=True)

RE_TORNADO = re.compile(r"^\[([DIWEC]) (\d\d)(\d\d)(\d\d) (\d\d):(\d\d):(\d\d) ([^\]]+)\] (.*)$")
RE_TORNADO_ACCESS = re.compile(r"^(\d{3}) (\S+) (.+) \(([^)]*)\) ([\d.]+)ms$")
def tornado(name):
    def b(m, n, rest):
        L, yy, mo, d, H, M, S, where, msg = m.groups()
        r = rec(n, iso(datetime(2000 + int(yy), int(mo), int(d), int(H), int(M), int(S))), lvl(L), None, None, msg)
        a = RE_TORNADO_ACCESS.match(msg)
        if a and where.startswith("web:"):
            r["status"] = int(a.group(1)); r["latency_ms"] = float(a.group(5))
        return r
    return text_records(name, RE_TORNADO, b)

def nginx_json(name):
    out = []
    for n, l in enumerate(lines_of(name), 1):
        o = json.loads(l)
        t = datetime.fromisoformat(o["time"])
        out.append(rec(n, iso(t), None, None, o["host"], o["request"], status=o["status"], bytes=o["body_bytes_sent"],
                       latency_ms=round(o["request_time"] * 1000, 3)))
    return out

RE_COMBINED = re.compile(r'^(\S+) (\S+) (\S+) \[(\d\d)/(\w{3})/(\d{4}):(\d\d):(\d\d):(\d\d) ([+-]\d{4})\] "((?:[^"\\]|\\.)*)" (\d{3}) (\d+|-) "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)"$')
def nginx_combined(name):
    out = []
    for n, l in enumerate(lines_of(name), 1):
        m = RE_COMBINED.match(l)
        d, mo, y, H, M, S, z = m.group(4, 5, 6, 7, 8, 9, 10)
        tz = timezone(timedelta(hours=int(z[:3]), minutes=int(z[0] + z[3:])))
        out.append(rec(n, iso(datetime(int(y), MON[mo], int(d), int(H), int(M), int(S), tzinfo=tz)), message=m.group(11),
                       status=int(m.group(12)), bytes=0 if m.group(13) == "-" else int(m.group(13))))
    return out

def pg_time(s):  # "2026-12-02 14:33:12.060 UTC"
    d, t, z = s.split(" ")
    assert z == "UTC"
    return iso(datetime.fromisoformat(d + " " + t))

def pg_csv(name):
    with open(os.path.join(OUT, name), encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        out, last = [], 0
        for row in rd:
            first = last + 1
            last = rd.line_num
            out.append(rec(first, pg_time(row[0]), lvl(row[11]), row[23] or None, None, row[13]))
    return out

def pg_json(name):
    out = []
    for n, l in enumerate(lines_of(name), 1):
        o = json.loads(l)
        out.append(rec(n, pg_time(o["timestamp"]), lvl(o["error_severity"]), o.get("backend_type") or None, None, o["message"]))
    return out

RE_MARIA = re.compile(r"^(\d{4})-(\d\d)-(\d\d) +(\d+):(\d\d):(\d\d) (\d+) \[(\w+)\] (.*)$")
def mariadb_error(name):
    out = []
    for n, l in enumerate(lines_of(name), 1):
        m = RE_MARIA.match(l)
        if m:
            y, mo, d, H, M, S, thr, level, msg = m.groups()
            out.append(rec(n, iso(datetime(int(y), int(mo), int(d), int(H), int(M), int(S))), lvl(level), None, None, msg))
        elif l.strip():
            out.append(rec(n, message=l.strip()))
    return out

def yymmdd(s):  # "261202 14:33:33" or "261202  9:05:01"
    m = re.match(r"^(\d\d)(\d\d)(\d\d) +(\d+):(\d\d):(\d\d)$", s.strip())
    yy, mo, d, H, M, S = map(int, m.groups())
    return iso(datetime(2000 + yy, mo, d, H, M, S))

def mariadb_slow(name):
    L = lines_of(name)
    out, i, cur_time = [], 0, None
    # the three header lines the server writes when it opens the file
    while i < len(L) and not L[i].startswith("#"):
        out.append(rec(i + 1, message=L[i].strip())); i += 1
    while i < len(L):
        first = i
        if L[i].startswith("# Time: "):
            cur_time = yymmdd(L[i][8:]); i += 1
        assert L[i].startswith("# User@Host: "), L[i]
        q, by, stmt = None, None, []
        i += 1
        while i < len(L) and not L[i].startswith(("# Time: ", "# User@Host: ")):
            l = L[i]
            mq = re.search(r"Query_time: ([\d.]+)", l)
            if mq: q = float(mq.group(1))
            mb = re.search(r"Bytes_sent: (\d+)", l)
            if mb: by = int(mb.group(1))
            if not l.startswith("#") and not l.startswith(("use ", "SET timestamp=")):
                stmt.append(l)
            i += 1
        out.append(rec(first + 1, cur_time, message=stmt[0] if stmt else "", bytes=by, latency_ms=round(q * 1000, 3)))
    return out

RE_GEN = re.compile(r"^(\d{6} +\d+:\d\d:\d\d)?\t\s+(\d+) (\w[\w ]*?)\t(.*)$")
def mariadb_general(name):
    L = lines_of(name)
    out, cur = [], None
    for n, l in enumerate(L, 1):
        if n <= 3:
            out.append(rec(n, message=l.strip())); continue
        m = RE_GEN.match(l)
        if not m:
            continue  # a continuation line of a multi-line statement
        if m.group(1):
            cur = yymmdd(m.group(1))
        out.append(rec(n, cur, message=(m.group(3) + "\t" + m.group(4)).rstrip()))
    return out

RE_FPM = re.compile(r"^\[(\d\d)-(\w{3})-(\d{4}) (\d\d):(\d\d):(\d\d)\] (\w+): (.*)$")
def php_fpm(name):
    out = []
    for n, l in enumerate(lines_of(name), 1):
        d, mo, y, H, M, S, level, msg = RE_FPM.match(l).groups()
        out.append(rec(n, iso(datetime(int(y), MON[mo], int(d), int(H), int(M), int(S))), lvl(level), None, None, msg))
    return out

RE_LOGFMT_PAIR = re.compile(r'([^\s=]+)=("(?:[^"\\]|\\.)*"|\S*)')
def prometheus(name):
    out = []
    for n, l in enumerate(lines_of(name), 1):
        pairs = [(m.group(1), m.group(2), m.group(0)) for m in RE_LOGFMT_PAIR.finditer(l)]
        kv = {k: (go_unquote(v) if v.startswith('"') else v) for k, v, _ in pairs}
        msg = kv.get("msg")
        if msg is None:  # no msg: the record's other pairs, as written
            msg = " ".join(raw for k, _, raw in pairs if k not in ("ts", "caller", "level", "component"))
        out.append(rec(n, iso(datetime.fromisoformat(kv["ts"].replace("Z", "+00:00"))), lvl(kv["level"]), kv.get("component"), None, msg))
    return out

def mosquitto(name):
    out = []
    for n, l in enumerate(lines_of(name), 1):
        m = re.match(r"^(\d+): (.*)$", l)
        out.append(rec(n, iso(datetime.fromtimestamp(int(m.group(1)), timezone.utc)), message=m.group(2)))
    return out

RE_ERL = re.compile(r"^=(\w+) REPORT==== (\d+)-(\w{3})-(\d{4})::(\d\d):(\d\d):(\d\d)\.(\d+) ===$")
def erlang(name):
    def b(m, n, rest):
        level, d, mo, y, H, M, S, f = m.groups()
        body = [x.strip() for x in rest if x.strip()]
        return rec(n, iso(datetime(int(y), MON[mo], int(d), int(H), int(M), int(S), frac(f))), lvl(level), None, None, body[0] if body else "")
    return text_records(name, RE_ERL, b)

RE_SUP = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d),(\d{3}) (CRIT|ERRO|WARN|INFO|DEBG|TRAC|BLAT) (.*)$")
def supervisord(name):
    def b(m, n, rest):
        y, mo, d, H, M, S, ms, level, msg = m.groups()
        return rec(n, iso(datetime(int(y), int(mo), int(d), int(H), int(M), int(S), int(ms) * 1000)), lvl(level), None, None, msg)
    return text_records(name, RE_SUP, b)

RE_ANS = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d),(\d{3}) p=\d+ u=\S+ n=(\S+) (\w+)\| (.*)$")
def ansible(name):
    def b(m, n, rest):
        y, mo, d, H, M, S, ms, logger, level, msg = m.groups()
        return rec(n, iso(datetime(int(y), int(mo), int(d), int(H), int(M), int(S), int(ms) * 1000)), lvl(level), logger, None, msg)
    return text_records(name, RE_ANS, b)

def es8(name):
    out = []
    for n, l in enumerate(lines_of(name), 1):
        o = json.loads(l)
        out.append(rec(n, iso(datetime.fromisoformat(o["@timestamp"].replace("Z", "+00:00"))), lvl(o["log.level"]),
                       o.get("service.name") or o.get("log.logger"), None, o["message"]))
    return out

RE_KC = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d),(\d{3}) (\w+) +\[([^\]]+)\] \(([^)]*)\) (.*)$")
def keycloak(name):
    def b(m, n, rest):
        y, mo, d, H, M, S, ms, level, cat, thr, msg = m.groups()
        return rec(n, iso(datetime(int(y), int(mo), int(d), int(H), int(M), int(S), int(ms) * 1000)), lvl(level), cat, None, msg)
    return text_records(name, RE_KC, b)

RE_SPARK = re.compile(r"^(\d\d)/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d) (TRACE|DEBUG|INFO|WARN|ERROR|FATAL) ([^:\s]+): (.*)$")
def spark(name):
    def b(m, n, rest):
        yy, mo, d, H, M, S, level, c, msg = m.groups()
        return rec(n, iso(datetime(2000 + int(yy), int(mo), int(d), int(H), int(M), int(S))), lvl(level), c, None, msg)
    return text_records(name, RE_SPARK, b)

RE_JENKINS = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{3})([+-]\d{4}) \[id=(\d+)\]\t(\w+)\t([^#\s]+)#(\S*): (.*)$")
def jenkins(name):
    def b(m, n, rest):
        y, mo, d, H, M, S, ms, z, tid, level, cls, meth, msg = m.groups()
        tz = timezone(timedelta(hours=int(z[:3]), minutes=int(z[0] + z[3:])))
        return rec(n, iso(datetime(int(y), int(mo), int(d), int(H), int(M), int(S), int(ms) * 1000, tzinfo=tz)), lvl(level), cls, None, msg)
    return text_records(name, RE_JENKINS, b)

RE_SERILOG = re.compile(r"^\[(\d\d:\d\d:\d\d) (VRB|DBG|INF|WRN|ERR|FTL)\] (.*)$")
def serilog_console(name):
    return text_records(name, RE_SERILOG, lambda m, n, rest: rec(n, None, lvl(m.group(2)), None, None, m.group(3)))

RE_FB = re.compile(r"^\[(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d)\] \[\s*(\w+)\] \[([^\]]+)\] (.*)$")
def fluentbit(name):
    def b(m, n, rest):
        y, mo, d, H, M, S, level, comp, msg = m.groups()
        return rec(n, iso(datetime(int(y), int(mo), int(d), int(H), int(M), int(S))), lvl(level), comp.strip(), None, msg)
    return text_records(name, RE_FB, b, banner_until_first=True)

RE_OTEL = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z)\t(debug|info|warn|error|dpanic|panic|fatal)\t(\S+)\t(.*)$")
def otelcol(name):
    def b(m, n, rest):
        ts, level, caller, tail = m.groups()
        msg = tail.split("\t{", 1)[0]
        return rec(n, iso(datetime.fromisoformat(ts.replace("Z", "+00:00"))), lvl(level), None, None, msg)
    return text_records(name, RE_OTEL, b)

RE_LIGHTY = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d): \(([^)]+)\) (.*)$")
def lighttpd(name):
    out = []
    for n, l in enumerate(lines_of(name), 1):
        y, mo, d, H, M, S, where, msg = RE_LIGHTY.match(l).groups()
        out.append(rec(n, iso(datetime(int(y), int(mo), int(d), int(H), int(M), int(S))), message=msg))
    return out

RE_UWSGI_REQ = re.compile(r"^\[pid: \d+\|app: -?\d+\|req: \d+/\d+\] (\S+) \(([^)]*)\) \{\d+ vars in \d+ bytes\} \[\w{3} (\w{3}) +(\d+) (\d\d):(\d\d):(\d\d) (\d{4})\] (\S+) (\S+) => generated (\d+) bytes in (\d+) msecs \((\S+) (\d{3})\)")
RE_CTIME_IN = re.compile(r"\[\w{3} (\w{3}) +(\d+) (\d\d):(\d\d):(\d\d) (\d{4})\]")
def uwsgi(name):
    L = lines_of(name)
    out, i = [], 0
    while i < len(L):
        l = L[i]
        m = RE_UWSGI_REQ.match(l)
        if m:
            mo, d, H, M, S, y = m.group(3, 4, 5, 6, 7, 8)
            out.append(rec(i + 1, iso(datetime(int(y), MON[mo], int(d), int(H), int(M), int(S))), message=m.group(9) + " " + m.group(10),
                           status=int(m.group(14)), bytes=int(m.group(11)), latency_ms=float(m.group(12))))
        elif l == "Traceback (most recent call last):":
            out.append(rec(i + 1, message=l))
            while i + 1 < len(L) and L[i + 1].startswith(" "):
                i += 1
            i += 1  # the exception line closes the traceback
        elif l.strip():
            c = RE_CTIME_IN.search(l)
            t = iso(datetime(int(c.group(6)), MON[c.group(1)], int(c.group(2)), int(c.group(3)), int(c.group(4)), int(c.group(5)))) if c else None
            out.append(rec(i + 1, t, message=l.rstrip()))
        i += 1
    return out

READERS = {
    "django_runserver.log": django, "flask_werkzeug.log": flask, "tornado_default.log": tornado,
    "nginx_access_json.jsonl": nginx_json, "nginx_access_combined.log": nginx_combined,
    "postgresql_csvlog.log": pg_csv, "postgresql_jsonlog.jsonl": pg_json,
    "mariadb_error.log": mariadb_error, "mariadb_slow.log": mariadb_slow, "mariadb_general.log": mariadb_general,
    "php_fpm_error.log": php_fpm, "prometheus.log": prometheus, "mosquitto.log": mosquitto,
    "erlang_logger.log": erlang, "supervisord.log": supervisord, "ansible.log": ansible,
    "elasticsearch8_server.jsonl": es8, "keycloak_quarkus.log": keycloak, "spark3_log4j2.log": spark,
    "jenkins.log": jenkins, "serilog_console.log": serilog_console, "fluentbit.log": fluentbit,
    "otelcol_console.log": otelcol, "lighttpd_error.log": lighttpd, "uwsgi.log": uwsgi,
}

def main():
    for name, reader in READERS.items():
        if not os.path.exists(os.path.join(OUT, name)):
            print("missing", name); continue
        recs = reader(name)
        shutil.copyfile(os.path.join(OUT, name), os.path.join(ROOT, name))
        stem = name.rsplit(".", 1)[0]
        with open(os.path.join(ROOT, stem + ".expected.jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("%-32s %3d records" % (name, len(recs)))

if __name__ == "__main__":
    main()
