"""Expected fields for the samples captured from the real tools (one small reader per layout, independent of logmr)."""
import json, os, re
from datetime import datetime, timezone
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
UTC = timezone.utc
MON = {m: i + 1 for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split())}
SYSLOG = {0: "FATAL", 1: "FATAL", 2: "FATAL", 3: "ERROR", 4: "WARN", 5: "INFO", 6: "INFO", 7: "DEBUG"}

def iso(t):
    if t is None: return None
    t = t.astimezone(UTC) if t.tzinfo else t.replace(tzinfo=UTC)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"

def rec(line, t, level, service, host, message, **kw):
    return {"line": line, "time": iso(t) if isinstance(t, datetime) else t, "level": level, "service": service, "host": host, "message": message, **kw}

def lines_of(name):
    return open(os.path.join(D, name), encoding="utf-8", newline="").read().split("\n")[:-1]

def out(name, recs):
    base = name.rsplit(".", 1)[0]
    with open(os.path.join(D, base + ".expected.jsonl"), "w", encoding="utf-8") as f:
        for r in recs: f.write(json.dumps(r, ensure_ascii=False) + "\n")

def redis():
    L = {".": "DEBUG", "-": "DEBUG", "*": "INFO", "#": "WARN"}
    r = []
    for n, l in enumerate(lines_of("redis.log"), 1):
        m = re.match(r"(\d+):([XCSM]) (\d\d) (\w{3}) (\d{4}) (\d\d):(\d\d):(\d\d)\.(\d{3}) ([.\-*#]) (.*)$", l)
        t = datetime(int(m[5]), MON[m[4]], int(m[3]), int(m[6]), int(m[7]), int(m[8]), int(m[9]) * 1000)
        r.append(rec(n, t, L[m[10]], None, None, m[11]))
    out("redis.log", r)

def zapjson(name, svc_key="logger"):
    L = {"debug": "DEBUG", "info": "INFO", "warn": "WARN", "error": "ERROR", "dpanic": "FATAL", "panic": "FATAL", "fatal": "FATAL"}
    r = []
    for n, l in enumerate(lines_of(name), 1):
        o = json.loads(l); ts = o["ts"]
        t = datetime.fromtimestamp(ts, UTC) if isinstance(ts, (int, float)) else datetime.fromisoformat(ts.replace("Z", "+00:00"))
        if isinstance(ts, float):  # truncate, not round
            sec = int(ts); t = datetime.fromtimestamp(sec, UTC).replace(microsecond=int(round((ts - sec) * 1e6)) // 1000 * 1000)
        r.append(rec(n, t, L[o["level"]], o.get(svc_key), None, o["msg"]))
    out(name, r)

def capnslog():
    L = {"D": "DEBUG", "I": "INFO", "N": "INFO", "W": "WARN", "E": "ERROR", "C": "FATAL"}
    GL = {"INFO": "INFO", "WARN": "WARN", "ERROR": "ERROR", "DEBUG": "DEBUG", "PANIC": "FATAL", "FATAL": "FATAL"}
    r = []
    for n, l in enumerate(lines_of("etcd_capnslog.log"), 1):
        m = re.match(r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{6}) ([DINWEC]) \| ([^:]+): (.*)$", l)
        if m:
            t = datetime(*map(int, m.groups()[:7]))
            r.append(rec(n, t, L[m[8]], m[9], None, m[10])); continue
        m = re.match(r"raft(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d) (\w+): (.*)$", l)
        if m:
            r.append(rec(n, datetime(*map(int, m.groups()[:6])), GL[m[7]], "raft", None, m[8])); continue
        m = re.match(r"\[WARNING\] (.*)$", l)
        r.append(rec(n, None, "WARN", None, None, m[1]))
    out("etcd_capnslog.log", r)

def caddy():
    L = {"debug": "DEBUG", "info": "INFO", "warn": "WARN", "error": "ERROR", "panic": "FATAL", "fatal": "FATAL"}
    r = []
    for n, l in enumerate(lines_of("caddy_json.jsonl"), 1):
        o = json.loads(l); ts = o["ts"]; sec = int(ts)
        t = datetime.fromtimestamp(sec, UTC).replace(microsecond=int(round((ts - sec) * 1e6)) // 1000 * 1000)
        kw = {"status": o["status"]} if "status" in o else {}
        r.append(rec(n, t, L[o["level"]], o.get("logger"), None, o["msg"], **kw))
    out("caddy_json.jsonl", r)

def syslog_udp(name):
    r = []
    for n, l in enumerate(lines_of(name), 1):
        m = re.match(r"<(\d+)>(\w{3}) ([ \d]\d) (\d\d):(\d\d):(\d\d) ([^\[: ]+)\[(\d+)\]: (.*)$", l)
        t = datetime(2026, MON[m[2]], int(m[3]), int(m[4]), int(m[5]), int(m[6]))
        st = re.search(r'" (\d{3}) ', m[9]) or re.search(r"\] \S+ \S+ \S+ (\d{3}) ", m[9])
        kw = {"status": int(st[1])} if st else {}
        r.append(rec(n, t, SYSLOG[int(m[1]) % 8], m[7], None, m[9], **kw))
    out(name, r)

def rsyslog_file(name):
    r = []
    for n, l in enumerate(lines_of(name), 1):
        m = re.match(r"(\S+) (\S+) ([^\[: ]+)(?:\[(\d+)\])?: (.*)$", l)
        t = datetime.fromisoformat(m[1]); msg = m[5]
        lv = None
        mm = re.match(r"(?:\w+: )?(warning|error|fatal|panic|Warning|Error|Fatal|Panic): ", msg)
        if mm: lv = {"warning": "WARN", "error": "ERROR", "fatal": "FATAL", "panic": "FATAL"}[mm[1].lower()]
        r.append(rec(n, t, lv, m[3], m[2], msg))
    out(name, r)

def journal_short(name):
    r = []
    for n, l in enumerate(lines_of(name), 1):
        if l.startswith(" "): continue  # continuation of a multi-line message
        m = re.match(r"(?:(\w{3}) (\d\d) (\d\d):(\d\d):(\d\d)(\.\d{6})?|(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{6})?[+-]\d{4})) (\S+) ([^\[: ]+)(?:\[(\d+)\])?: (.*)$", l)
        if m[7]:
            t = datetime.strptime(m[7], "%Y-%m-%dT%H:%M:%S.%f%z" if "." in m[7] else "%Y-%m-%dT%H:%M:%S%z")
        else:
            t = datetime(2026, MON[m[1]], int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6][1:]) if m[6] else 0)
        r.append(rec(n, t, None, m[9], m[8], m[11]))
    out(name, r)

def hclog_text():
    L = {"TRACE": "DEBUG", "DEBUG": "DEBUG", "INFO": "INFO", "WARN": "WARN", "ERROR": "ERROR"}
    r = []
    for n, l in enumerate(lines_of("hclog_default.log"), 1):
        m = re.match(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z) \[(\w+)\] +([^:]+): (.*)$", l)
        if not m: continue
        msg = m[4]
        kv = re.match(r"(.*?): (?:[A-Za-z_][\w.]*=(?:\"[^\"]*|\S+)( |$))+", msg)  # the message ends where ': key=value...' begins
        k = re.search(r": [A-Za-z_][\w.]*=", msg)
        if k: msg = msg[:k.start()]
        r.append(rec(n, datetime.fromisoformat(m[1].replace("Z", "+00:00")), L[m[2]], m[3], None, msg))
    out("hclog_default.log", r)

def hclog_json():
    L = {"trace": "DEBUG", "debug": "DEBUG", "info": "INFO", "warn": "WARN", "error": "ERROR"}
    r = []
    for n, l in enumerate(lines_of("hclog_json.jsonl"), 1):
        o = json.loads(l)
        r.append(rec(n, datetime.fromisoformat(o["@timestamp"].replace("Z", "+00:00")), L[o["@level"]], o.get("@module"), None, o["@message"]))
    out("hclog_json.jsonl", r)

def rabbitmq():
    L = {"debug": "DEBUG", "info": "INFO", "notice": "INFO", "warning": "WARN", "error": "ERROR", "critical": "FATAL", "alert": "FATAL", "emergency": "FATAL"}
    r = []; prev = None
    for n, l in enumerate(lines_of("rabbitmq.log"), 1):
        m = re.match(r"(\S+ \S+) \[(\w+)\] (<[\d.]+>) ?(.*)$", l)
        head = (m[1], m[2], m[3])
        if head == prev: continue  # RabbitMQ repeats the header on every line of a multi-line message
        prev = head
        r.append(rec(n, datetime.fromisoformat(m[1]), L[m[2]], None, None, m[4]))
    out("rabbitmq.log", r)

def squid_access():
    r = []
    for n, l in enumerate(lines_of("squid_access.log"), 1):
        f = l.split()
        ts = f[0]; sec, ms = ts.split(".")
        t = datetime.fromtimestamp(int(sec), UTC).replace(microsecond=int(ms) * 1000)
        r.append(rec(n, t, None, None, None, f"{f[5]} {f[6]}", status=int(f[3].split("/")[1])))
    out("squid_access.log", r)

def squid_cache():
    r = []
    for n, l in enumerate(lines_of("squid_cache.log"), 1):
        m = re.match(r"(\d{4})/(\d\d)/(\d\d) (\d\d):(\d\d):(\d\d)(?: kid\d+)?\| (.*)$", l)
        if not m: continue  # continuation lines (the forwarded request, CPU usage summary) belong to the record above
        msg = m[7]
        lv = None
        mm = re.match(r"(WARNING|ERROR|FATAL|ALERT)\b", msg)
        if mm: lv = {"WARNING": "WARN", "ERROR": "ERROR", "FATAL": "FATAL", "ALERT": "FATAL"}[mm[1]]
        r.append(rec(n, datetime(*map(int, m.groups()[:6])), lv, None, None, msg))
    out("squid_cache.log", r)

def dmesg(name, mode):
    L = {"debug": "DEBUG", "info": "INFO", "notice": "INFO", "warn": "WARN", "err": "ERROR", "crit": "FATAL", "alert": "FATAL", "emerg": "FATAL"}
    r = []
    for n, l in enumerate(lines_of(name), 1):
        if mode == "plain":
            m = re.match(r"\[ *\d+\.\d{6}\] (.*)$", l)
            if not m: continue
            r.append(rec(n, None, None, None, None, m[1]))
        elif mode == "T":
            m = re.match(r"\[\w{3} (\w{3}) ([ \d]\d) (\d\d):(\d\d):(\d\d) (\d{4})\] (.*)$", l)
            if not m: continue
            r.append(rec(n, datetime(int(m[6]), MON[m[1]], int(m[2]), int(m[3]), int(m[4]), int(m[5])), None, None, None, m[7]))
        else:
            m = re.match(r"(\w+) *:(\w+) *: \[ *\d+\.\d{6}\] (.*)$", l)
            if not m: continue
            r.append(rec(n, None, L[m[2]], None, None, m[3]))
    out(name, r)

redis(); zapjson("etcd_zap.jsonl"); capnslog(); caddy()
syslog_udp("haproxy_syslog_udp.log"); rsyslog_file("haproxy_rsyslog_file.log"); rsyslog_file("postfix_dovecot_rsyslog.log")
for j in ("journalctl_short.log", "journalctl_short_iso.log", "journalctl_short_precise.log", "journalctl_short_iso_precise.log"): journal_short(j)
hclog_text(); hclog_json(); rabbitmq(); squid_access(); squid_cache()
dmesg("dmesg.log", "plain"); dmesg("dmesg_T.log", "T"); dmesg("dmesg_x.log", "x")
