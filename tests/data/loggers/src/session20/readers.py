#!/usr/bin/env python3
"""Small independent readers, one per log kind, that write <name>.expected.jsonl.

Written from the tools' documentation only. Each reader returns, for every
record line, the dict
  line, time, level, service, host, message, status, bytes, latency_ms
Directive/comment lines (#Version:, #Fields:, ...) are skipped.

Usage: python3 src/readers.py          (re-writes every expected file)
       python3 src/readers.py --check  (compare with the files on disk)
"""
import datetime as dt
import json
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # tests/data/loggers
UTC = dt.timezone.utc


# ---------------------------------------------------------------- helpers
def iso_ms(d):
    d = d.astimezone(UTC)
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (d.microsecond // 1000)


def iso_z(s):
    """'2018-07-02T22:23:00.186641Z' -> '2018-07-02T22:23:00.186Z' (truncate)."""
    m = re.fullmatch(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?Z", s)
    frac = ((m.group(2) or "") + "000")[:3]
    return "%s.%sZ" % (m.group(1), frac)


def clf_time(s):
    """'06/Feb/2019:00:00:38 +0000' -> UTC ISO with ms."""
    return iso_ms(dt.datetime.strptime(s, "%d/%b/%Y:%H:%M:%S %z"))


def date_time(date, time):
    """W3C <date> <time>: time is HH:MM, HH:MM:SS or HH:MM:SS.s*, all GMT."""
    m = re.fullmatch(r"(\d\d):(\d\d)(?::(\d\d)(?:\.(\d*))?)?", time)
    sec = m.group(3) or "00"
    frac = ((m.group(4) or "") + "000")[:3]
    return "%sT%s:%s:%s.%sZ" % (date, m.group(1), m.group(2), sec, frac)


def epoch_ms(s):
    """Squid '1796206417.947' -> ISO (string arithmetic, no float rounding)."""
    sec, _, frac = s.partition(".")
    d = dt.datetime.fromtimestamp(int(sec), tz=UTC)
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + (frac + "000")[:3] + "Z"


def num(s):
    return None if s in ("-", "") else int(s)


def status_of(s):
    if s in ("-", "", "000", "0"):
        return None
    return int(s)


def bytes_of(s):
    return 0 if s in ("-", "") else int(s)


def ms_float(d):
    """Decimal milliseconds -> float (exact decimal first, then one conversion)."""
    return float(d)


def tokens(line):
    """Space-separated fields; a field starting with '"' runs to the next '"'."""
    return [t[1:-1] if t.startswith('"') else t for t in re.findall(r'"[^"]*"|\S+', line)]


def row(line, time, message, status, nbytes, latency):
    return {"line": line, "time": time, "level": None, "service": None, "host": None,
            "message": message, "status": status, "bytes": nbytes, "latency_ms": latency}


def lines_of(name):
    with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
        data = f.read()
    assert "\r" not in data, name
    return data.split("\n")[:-1] if data.endswith("\n") else data.split("\n")


# ---------------------------------------------------------------- readers
def elb_latency(a, b, c):
    if "-1" in (a, b, c):
        return None
    return ms_float((Decimal(a) + Decimal(b) + Decimal(c)) * 1000)


def read_alb(name):
    out = []
    for n, ln in enumerate(lines_of(name), 1):
        f = tokens(ln)
        # type time elb client:port target:port rpt tpt rspt elb_status target_status recv sent "request" ...
        out.append(row(n, iso_z(f[1]), f[12], status_of(f[8]), bytes_of(f[11]), elb_latency(f[5], f[6], f[7])))
    return out


def read_clb(name):
    out = []
    for n, ln in enumerate(lines_of(name), 1):
        f = tokens(ln)
        # time elb client:port backend:port rpt bpt rspt elb_status backend_status recv sent "request" "ua" cipher proto
        out.append(row(n, iso_z(f[0]), f[11], status_of(f[7]), bytes_of(f[10]), elb_latency(f[4], f[5], f[6])))
    return out


def read_s3(name):
    out = []
    for n, ln in enumerate(lines_of(name), 1):
        # the time is "[06/Feb/2019:00:00:38 +0000]": one field with a space inside brackets
        f = [t[1:-1] if t[0] in '"[' else t for t in re.findall(r'"[^"]*"|\[[^\]]*\]|\S+', ln)]
        # owner bucket [time] ip requester reqid op key "uri" status err sent size total turn "ref" "ua" ...
        total = f[13]
        out.append(row(n, clf_time(f[2]), f[8], status_of(f[9]), bytes_of(f[11]),
                       None if total == "-" else float(int(total))))
    return out


def w3c_reader(name, quoted_strings=False, seconds=False):
    """Generic W3C extended reader: honours #Fields directives wherever they occur."""
    out, fields = [], None
    for n, ln in enumerate(lines_of(name), 1):
        if ln.startswith("#"):
            if ln.startswith("#Fields:"):
                fields = ln[len("#Fields:"):].split()
            continue
        if not ln.strip():
            continue
        if quoted_strings:
            vals = [v[1:-1].replace('""', '"') if v.startswith('"') else v
                    for v in re.findall(r'"(?:[^"]|"")*"|[^\s"]+', ln)]
        elif "\t" in ln:
            vals = ln.split("\t")
        else:
            vals = ln.split(" ")
        r = dict(zip(fields, vals))
        t = date_time(r["date"], r["time"]) if "date" in r and "time" in r else None
        uri = r.get("cs-uri", r.get("cs-uri-stem"))
        msg = "%s %s" % (r.get("cs-method"), uri)
        tt = r.get("time-taken")
        if tt in (None, "-"):
            lat = None
        elif seconds:
            lat = ms_float(Decimal(tt) * 1000)
        else:
            lat = float(int(tt))
        nb = r.get("sc-bytes")
        out.append(row(n, t, msg, status_of(r.get("sc-status", "-")), None if nb is None else bytes_of(nb), lat))
    return out


def read_cloudfront(name):
    out, fields = [], None
    for n, ln in enumerate(lines_of(name), 1):
        if ln.startswith("#"):
            if ln.startswith("#Fields:"):
                fields = ln[len("#Fields:"):].split()
            continue
        r = dict(zip(fields, ln.split("\t")))
        out.append(row(n, date_time(r["date"], r["time"]), "%s %s" % (r["cs-method"], r["cs-uri-stem"]),
                       status_of(r["sc-status"]), bytes_of(r["sc-bytes"]), ms_float(Decimal(r["time-taken"]) * 1000)))
    return out


def read_squid(name):
    out = []
    for n, ln in enumerate(lines_of(name), 1):
        # time elapsed remotehost code/status bytes method URL rfc931 peerstatus/peerhost type
        f = ln.split()
        code = f[3].rpartition("/")[2]
        out.append(row(n, epoch_ms(f[0]), "%s %s" % (f[5], f[6]), status_of(code), bytes_of(f[4]), float(int(f[1]))))
    return out


ENVOY_RE = re.compile(r'^\[([^\]]+)\] "([^"]*)" (\S+) (\S+) (\S+) (\S+) (\S+) (\S+) "([^"]*)" "([^"]*)" "([^"]*)" "([^"]*)" "([^"]*)"$')


def read_envoy(name):
    out = []
    for n, ln in enumerate(lines_of(name), 1):
        m = ENVOY_RE.match(ln)
        start, req, code, flags, rx, tx, dur = m.group(1, 2, 3, 4, 5, 6, 7)
        out.append(row(n, iso_z(start), req, status_of(code), bytes_of(tx), None if dur == "-" else float(int(dur))))
    return out


TRAEFIK_RE = re.compile(r'^(\S+) - (\S+) \[([^\]]+)\] "([^"]*)" (\S+) (\S+) "([^"]*)" "([^"]*)" (\d+) "([^"]*)" "([^"]*)" (\d+)ms$')


def read_traefik(name):
    out = []
    for n, ln in enumerate(lines_of(name), 1):
        m = TRAEFIK_RE.match(ln)
        out.append(row(n, clf_time(m.group(3)), m.group(4), status_of(m.group(5)), bytes_of(m.group(6)),
                       float(int(m.group(12)))))
    return out


KINDS = {
    "aws_alb.log": read_alb,
    "aws_elb_classic.log": read_clb,
    "aws_s3_server_access.log": read_s3,
    "aws_cloudfront.log": read_cloudfront,
    "iis_w3c_defaults.log": lambda n: w3c_reader(n),
    "iis_w3c_restart.log": lambda n: w3c_reader(n),
    "w3c_generic.log": lambda n: w3c_reader(n, quoted_strings=True, seconds=True),
    "squid_native.log": read_squid,
    "envoy_access_default.log": read_envoy,
    "traefik_clf.log": read_traefik,
}


def render(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main():
    check = "--check" in sys.argv
    bad = 0
    for name, reader in KINDS.items():
        rows = reader(name)
        exp = os.path.join(HERE, name.replace(".log", ".expected.jsonl"))
        text = render(rows)
        # one row per record line: every line that is not a '#' directive
        records = [i for i, ln in enumerate(lines_of(name), 1) if ln and not ln.startswith("#")]
        assert [r["line"] for r in rows] == records, name
        if check:
            with open(exp, encoding="utf-8") as f:
                same = f.read() == text
            print("%-24s %3d records  %s" % (name, len(rows), "ok" if same else "DIFFERS"))
            bad += not same
        else:
            with open(exp, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
            print("%-24s %3d records" % (name, len(rows)))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
