"""Expected fields for the samples that were produced by running the real tools (independent of logmr):
one small reader per layout. A line that does not start a record continues the one above."""
import os
import json, re
from datetime import datetime, timezone

D = os.environ.get("WORK", ".")
ANSI = re.compile(r"\x1b\[[0-9;]*m")

def iso(dt):
    if dt is None: return None
    if dt.tzinfo is None: dt = dt.replace(tzinfo=timezone.utc)
    dt = dt.astimezone(timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"

NORM = {"TRACE": "DEBUG", "TRCE": "DEBUG", "DEBUG": "DEBUG", "DBUG": "DEBUG", "SILLY": "DEBUG", "VERBOSE": "DEBUG",
        "INFO": "INFO", "NOTICE": "INFO", "HTTP": "INFO", "WARN": "WARN", "WARNING": "WARN",
        "ERROR": "ERROR", "FAIL": "ERROR", "SEVERE": "ERROR", "CRITICAL": "FATAL", "CRIT": "FATAL", "ALERT": "FATAL",
        "EMERGENCY": "FATAL", "FATAL": "FATAL", "PANIC": "FATAL"}
def lv(s): return None if s is None else NORM[s.upper()]

def make(name, start, fields, skip_blank_start=False):
    """start: regex matching a record's first line; fields(m, line) -> (time, level, service, message[, extra])"""
    path = f"{D}/{name}"
    out = []
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f.read().split("\n"), 1):
            line = ANSI.sub("", raw)
            m = start.match(line)
            if not m: continue
            r = fields(m, line)
            rec = {"line": n, "time": r[0], "level": r[1], "service": r[2], "host": None, "message": r[3]}
            if len(r) > 4: rec.update(r[4])
            out.append(rec)
    base = name.rsplit(".", 1)[0]
    with open(f"{D}/{base}.expected.jsonl", "w", encoding="utf-8") as f:
        for r in out: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{name}: {len(out)} records")

# Go log: "2006/01/02 15:04:05[.000000] [file:line: ]msg"; no level (expected null even for "WARNING:"/"error:" in the text)
def go(m, l): return (iso(datetime.strptime(m["t"], "%Y/%m/%d %H:%M:%S.%f" if "." in m["t"] else "%Y/%m/%d %H:%M:%S")), None, m.groupdict().get("svc"), m["msg"])
make("go_log_default.log", re.compile(r"(?P<t>\d{4}/\d\d/\d\d \d\d:\d\d:\d\d) (?P<msg>.*)$"), go)
make("go_log_micro.log", re.compile(r"(?P<t>\d{4}/\d\d/\d\d \d\d:\d\d:\d\d\.\d{6}) \w+\.go:\d+: (?P<msg>.*)$"), go)
make("go_log_prefix.log", re.compile(r"(?P<svc>checkout): (?P<t>\d{4}/\d\d/\d\d \d\d:\d\d:\d\d) (?P<msg>.*)$"), go)

# Rust env_logger 0.9: "[%Y-%m-%dT%H:%M:%SZ LEVEL target] msg"
make("rust_env_logger.log", re.compile(r"\[(?P<t>\S+Z) (?P<l>[A-Z]+)\s+(?P<svc>\S+)\] (?P<msg>.*)$"),
     lambda m, l: (iso(datetime.fromisoformat(m["t"].replace("Z", "+00:00"))), lv(m["l"]), m["svc"], m["msg"]))
# tracing-subscriber 0.3 fmt (Full): "time LEVEL [span{..}: ]target: message k=v..."; message = the event's message alone,
# message_full = the text after "target: " (message and fields)
TR_MSGS = ["starting shop_api v0.1.0 listening on 0.0.0.0:8080", "loaded config", "user logged in", "日本語のメッセージ: 注文を受け付けました",
           "polling gateway queue", "charge request built", "payment captured", "gateway latency exceeds budget",
           "charge failed: \"card declined\" by issuer", "request completed", "retrying connection to redis://cache-1:6379",
           "request failed:", "processed requests in 60s", "shutdown hook registered", "shutting down gracefully"]
def tr(m, l):
    rest = m["rest"]
    msg = next(x for x in TR_MSGS if rest == x or rest.startswith(x + " ") or rest == x.rstrip(":") + ":")
    return (iso(datetime.fromisoformat(m["t"].replace("Z", "+00:00"))), lv(m["l"]), m["svc"], msg, {"message_full": rest})
TRX = re.compile(r"(?P<t>\d{4}-\d\d-\d\dT[\d:.]+Z)\s+(?P<l>[A-Z]+) (?:\S+\{.*?\}: )?(?P<svc>[\w:]+): (?P<rest>.*)$")
make("rust_tracing_fmt.log", TRX, tr)
make("rust_tracing_fmt_ansi.log", TRX, tr)

# Monolog LineFormatter: "[%datetime%] %channel%.%level_name%: %message% %context% %extra%"
make("php_monolog_line.log", re.compile(r"\[(?P<t>[^\]]+)\] (?P<svc>[\w-]+)\.(?P<l>[A-Z]+): (?P<msg>.*?) (?:\{.*\}|\[\]) \[\]$"),
     lambda m, l: (iso(datetime.fromisoformat(m["t"])), lv(m["l"]), m["svc"], m["msg"]))

# Elixir 1.14 Logger console "\n$time $metadata[$level] $message\n": time of day only -> time null
make("elixir_logger_console.log", re.compile(r"\d\d:\d\d:\d\d\.\d{3} \[(?P<l>\w+)\] (?P<msg>.*)$"),
     lambda m, l: (None, lv(m["l"]), None, m["msg"]))

# gunicorn glogging: "[%Y-%m-%d %H:%M:%S %z] [pid] [LEVEL] msg"
GU = re.compile(r"\[(?P<t>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4})\] \[(?P<pid>\d+)\] \[(?P<l>[A-Z]+)\] (?P<msg>.*)$")
gu = lambda m, l: (iso(datetime.strptime(m["t"], "%Y-%m-%d %H:%M:%S %z")), lv(m["l"]), None, m["msg"])
make("gunicorn_default.log", GU, gu)
make("gunicorn_debug.log", GU, gu)

# uvicorn default LOGGING_CONFIG: "%(levelprefix)s %(message)s", levelprefix = "LEVEL:" padded to 9; no time
UV = re.compile(r"(?P<l>TRACE|DEBUG|INFO|WARNING|ERROR|CRITICAL):\s+(?P<msg>.*)$")
make("uvicorn_default.log", UV, lambda m, l: (None, lv(m["l"]), None, m["msg"]))
make("uvicorn_trace.log", UV, lambda m, l: (None, lv(m["l"]), None, m["msg"]))

# celery worker: "[%(asctime)s: %(levelname)s/%(processName)s] %(message)s" (task lines: "task[id]: msg", kept whole);
# the Python SecurityWarning at the top (root user) is one record without time or level
CE = re.compile(r"(?:\[(?P<t>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}): (?P<l>[A-Z]+)/(?P<proc>[\w-]+)\] (?P<msg>.*)|(?P<warn>/\S+\.py:\d+: \w+Warning: .*))$")
make("celery_worker.log", CE, lambda m, l: (None, None, None, m["warn"]) if m["warn"] else
     (iso(datetime.strptime(m["t"], "%Y-%m-%d %H:%M:%S,%f")), lv(m["l"]), None, m["msg"]))

# winston simple: "level: message{ meta json}"; winston timestamp()+simple(): the time is in the trailing JSON
WS = re.compile(r"(?P<l>silly|debug|verbose|http|info|warn|error): (?P<msg>.*?)(?: (?P<meta>\{.*\}))?$")
def ws(m, l):
    meta = json.loads(m["meta"]) if m["meta"] else {}
    return (iso(datetime.fromisoformat(meta["timestamp"].replace("Z", "+00:00"))) if "timestamp" in meta else None, lv(m["l"]), None, m["msg"])
make("winston_simple.log", WS, ws)
make("winston_simple_ts.log", WS, ws)

# debug module, not a TTY: "ISO-time namespace message"; namespace = service; no level
make("node_debug.log", re.compile(r"(?P<t>\d{4}-\d\d-\d\dT[\d:.]+Z) (?P<svc>[\w:]+) (?P<msg>.*)$"),
     lambda m, l: (iso(datetime.fromisoformat(m["t"].replace("Z", "+00:00"))), None, m["svc"], m["msg"]))

# Kafka log4j "[%d] %p %m (%c)%n": logger at the END of the record's last line (a multi-line message: first line)
def kafka():
    path = f"{D}/kafka_server.log"
    lines = open(path, encoding="utf-8").read().split("\n")
    st = re.compile(r"\[(?P<t>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3})\] (?P<l>[A-Z]+) (?P<msg>.*)$")
    out = []
    i = 0
    while i < len(lines):
        m = st.match(lines[i])
        if not m: i += 1; continue
        j = i
        while not re.search(r" \([\w.$]+\)$", lines[j]): j += 1   # the line that ends the message
        svc = re.search(r" \(([\w.$]+)\)$", lines[j]).group(1)
        msg = m["msg"] if j > i else m["msg"][: m["msg"].rfind(" (")]
        out.append({"line": i + 1, "time": iso(datetime.strptime(m["t"], "%Y-%m-%d %H:%M:%S,%f")), "level": lv(m["l"]),
                    "service": svc, "host": None, "message": msg.rstrip()})
        i = j + 1
    with open(f"{D}/kafka_server.expected.jsonl", "w", encoding="utf-8") as f:
        for r in out: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("kafka_server.log:", len(out))
kafka()

# Spring Boot: "time  LEVEL pid --- [app] [thread] logger : msg"; service = spring.application.name where printed,
# else the (abbreviated) logger; service_alt = the logger
SB = re.compile(r"(?P<t>\d{4}-\d\d-\d\d[T ][\d:.]+(?:Z|[+-]\d\d:\d\d)?)\s+(?P<l>[A-Z]+) (?P<pid>\d+) --- (?:\[(?P<app>[^\]]+)\] )?\[\s*(?P<thr>[^\]]+)\] (?P<lg>\S+)\s+: (?P<msg>.*)$")
def sb(m, l):
    t = m["t"].replace("Z", "+00:00")
    return (iso(datetime.fromisoformat(t)), lv(m["l"]), m["app"] or m["lg"], m["msg"], {"service_alt": m["lg"]})
for n in ("spring_boot3_console", "spring_boot3_file", "spring_boot3_noappname", "spring_boot2_console"):
    make(n + ".log", SB, sb)

# Tomcat OneLineFormatter: "dd-MMM-yyyy HH:mm:ss.SSS LEVEL [thread] class.method message"; service null (code location,
# as the corpus's JUL rule), service_alt = the class
TC = re.compile(r"(?P<t>\d\d-[A-Z][a-z]{2}-\d{4} \d\d:\d\d:\d\d\.\d{3}) (?P<l>[A-Z]+) \[(?P<thr>[^\]]+)\] (?P<src>\S+) (?P<msg>.*)$")
make("tomcat_catalina_out.log", TC, lambda m, l: (iso(datetime.strptime(m["t"], "%d-%b-%Y %H:%M:%S.%f")), lv(m["l"]), None, m["msg"],
     {"service_alt": m["src"].rsplit(".", 1)[0]}))
