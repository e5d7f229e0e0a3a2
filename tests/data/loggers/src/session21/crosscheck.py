"""Second, independent look at each file: which lines start records, and their time and level, found with
strptime on fixed slices / split() instead of make_expected.py's regexes. Prints disagreements."""
import csv, json, os, sys
from datetime import datetime, timezone
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def z(dt):
    if dt is None: return None
    if dt.tzinfo is None: dt = dt.replace(tzinfo=timezone.utc)
    dt = dt.astimezone(timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (dt.microsecond // 1000)
def tryp(s, fmt):
    try: return datetime.strptime(s, fmt)
    except ValueError: return None
W = {"TRACE": "DEBUG", "DEBUG": "DEBUG", "INFO": "INFO", "WARN": "WARN", "WARNING": "WARN", "ERROR": "ERROR", "FATAL": "FATAL",
     "SEVERE": "ERROR", "FINE": "DEBUG", "FINER": "DEBUG", "CONFIG": "INFO", "NOTICE": "INFO", "CRITICAL": "FATAL", "ALERT": "FATAL",
     "EMERGENCY": "FATAL", "CRASH": "ERROR", "LOG": "INFO", "NOTE": "INFO", "CRIT": "FATAL", "ERRO": "ERROR", "DEBG": "DEBUG", "TRAC": "DEBUG",
     "VRB": "DEBUG", "DBG": "DEBUG", "INF": "INFO", "WRN": "WARN", "ERR": "ERROR", "FTL": "FATAL", "D": "DEBUG", "I": "INFO", "W": "WARN", "E": "ERROR", "C": "FATAL"}
def lv(w): return None if w is None else W[w.upper()]

def text(name, fn):
    got = []
    for n, l in enumerate(open(os.path.join(ROOT, name), encoding="utf-8").read().split("\n"), 1):
        r = fn(l)
        if r is not None: got.append((n, z(r[0]), r[1]))
    return got

CHECKS = {
  "tornado_default.log": lambda l: (tryp(l[3:18], "%y%m%d %H:%M:%S"), lv(l[1])) if l[:1] == "[" and l[2] == " " else None,
  "supervisord.log": lambda l: (tryp(l[:23], "%Y-%m-%d %H:%M:%S,%f"), lv(l.split(" ")[2])) if tryp(l[:23], "%Y-%m-%d %H:%M:%S,%f") else None,
  "ansible.log": lambda l: (tryp(l[:23], "%Y-%m-%d %H:%M:%S,%f"), lv(l.split("|")[0].split(" ")[-1])) if tryp(l[:23], "%Y-%m-%d %H:%M:%S,%f") else None,
  "keycloak_quarkus.log": lambda l: (tryp(l[:23], "%Y-%m-%d %H:%M:%S,%f"), lv(l[24:29].strip())) if tryp(l[:23], "%Y-%m-%d %H:%M:%S,%f") else None,
  "spark3_log4j2.log": lambda l: (tryp(l[:17], "%y/%m/%d %H:%M:%S"), lv(l.split(" ")[2])) if tryp(l[:17], "%y/%m/%d %H:%M:%S") else None,
  "jenkins.log": lambda l: (tryp(l[:28], "%Y-%m-%d %H:%M:%S.%f%z"), lv(l.split("\t")[1])) if tryp(l[:28], "%Y-%m-%d %H:%M:%S.%f%z") else None,
  "serilog_console.log": lambda l: (None, lv(l[10:13])) if l[:1] == "[" and l[13:14] == "]" else None,
  "otelcol_console.log": lambda l: (tryp(l.split("\t")[0], "%Y-%m-%dT%H:%M:%S.%fZ"), lv(l.split("\t")[1])) if tryp(l.split("\t")[0], "%Y-%m-%dT%H:%M:%S.%fZ") else None,
  "php_fpm_error.log": lambda l: (tryp(l[1:21], "%d-%b-%Y %H:%M:%S"), lv(l[23:].split(":")[0])) if l else None,
  "lighttpd_error.log": lambda l: (tryp(l[:19], "%Y-%m-%d %H:%M:%S"), None) if l else None,
  "mosquitto.log": lambda l: (datetime.fromtimestamp(int(l.split(":")[0]), timezone.utc), None) if l else None,
  "erlang_logger.log": lambda l: (tryp(l.split("==== ")[1][:-4], "%d-%b-%Y::%H:%M:%S.%f"), lv(l[1:].split(" ")[0])) if l.startswith("=") and "REPORT====" in l else None,
  "mariadb_error.log": lambda l: ((tryp(l[:19], "%Y-%m-%d %H:%M:%S"), lv(l.split("[")[1].split("]")[0])) if tryp(l[:19], "%Y-%m-%d %H:%M:%S") else ((None, None) if l.strip() else None)),
  "prometheus.log": lambda l: (datetime.fromisoformat(l[3:27].replace("Z", "+00:00")), lv(l.split("level=")[1].split(" ")[0])) if l else None,
}
def fluent(l):
    if tryp(l[1:20], "%Y/%m/%d %H:%M:%S"): return (tryp(l[1:20], "%Y/%m/%d %H:%M:%S"), lv(l[23:28].strip()))
    return None
CHECKS["fluentbit.log"] = fluent

def jsonl(name, tkey, lkey):
    out = []
    for n, l in enumerate(open(os.path.join(ROOT, name), encoding="utf-8"), 1):
        o = json.loads(l)
        t = o[tkey]
        t = t.replace(" UTC", "+00:00").replace("Z", "+00:00")
        out.append((n, z(datetime.fromisoformat(t)), lv(o[lkey]) if lkey else None))
    return out

def main():
    bad = 0
    for name, fn in CHECKS.items():
        exp = [json.loads(l) for l in open(os.path.join(ROOT, name.rsplit(".", 1)[0] + ".expected.jsonl"), encoding="utf-8")]
        mine = [(r["line"], r["time"], r["level"]) for r in exp]
        other = text(name, fn)
        if name == "fluentbit.log":  # banner lines (no time) are compared by line only
            mine = [m for m in mine if m[1] is not None]
        if mine != other:
            bad += 1; print("DIFF", name, [x for x in zip(mine, other) if x[0] != x[1]][:3], len(mine), len(other))
    for name, tk, lk in (("postgresql_jsonlog.jsonl", "timestamp", "error_severity"), ("elasticsearch8_server.jsonl", "@timestamp", "log.level"),
                         ("nginx_access_json.jsonl", "time", None)):
        exp = [json.loads(l) for l in open(os.path.join(ROOT, name.rsplit(".", 1)[0] + ".expected.jsonl"), encoding="utf-8")]
        other = jsonl(name, tk, lk)
        if [(r["line"], r["time"], r["level"]) for r in exp] != [(a, b, c if name != "postgresql_jsonlog.jsonl" or c else None) for a, b, c in other]:
            bad += 1; print("DIFF", name)
    # csvlog: same rows as jsonlog (both destinations got every message), compare messages and levels
    rows = list(csv.reader(open(os.path.join(ROOT, "postgresql_csvlog.log"), encoding="utf-8", newline="")))
    js = [json.loads(l) for l in open(os.path.join(ROOT, "postgresql_jsonlog.jsonl"), encoding="utf-8")]
    exp = [json.loads(l) for l in open(os.path.join(ROOT, "postgresql_csvlog.expected.jsonl"), encoding="utf-8")]
    if [r[13] for r in rows] != [j["message"] for j in js] or [e["message"] for e in exp] != [j["message"] for j in js]:
        bad += 1; print("DIFF csvlog vs jsonlog")
    print("crosscheck:", "all agree" if not bad else "%d files differ" % bad)
main()
