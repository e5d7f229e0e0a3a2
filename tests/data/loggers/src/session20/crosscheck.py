#!/usr/bin/env python3
"""Second, differently written check of the expected files (shlex-based).

For the quoted space-separated kinds it re-derives message/status/bytes with
shlex and compares them with <name>.expected.jsonl; for all kinds it checks
one expected row per non-directive line, LF-only UTF-8, and the key set.
"""
import json, os, shlex, sys

HERE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # tests/data/loggers
KEYS = ["line", "time", "level", "service", "host", "message", "status", "bytes", "latency_ms"]
# name -> (index of request field, index of status, index of bytes) after shlex.split
SHLEX = {"aws_alb.log": (12, 8, 11), "aws_elb_classic.log": (11, 7, 10)}
bad = 0
from readers import KINDS  # (this session's files, among the corpus's)

for name in sorted(KINDS):
    raw = open(os.path.join(HERE, name), "rb").read()
    assert b"\r" not in raw and raw.endswith(b"\n"), name
    text = raw.decode("utf-8")
    lines = text.split("\n")[:-1]
    rows = [json.loads(l) for l in open(os.path.join(HERE, name.replace(".log", ".expected.jsonl")), encoding="utf-8")]
    rec = [i for i, l in enumerate(lines, 1) if l and not l.startswith("#")]
    ok = [r["line"] for r in rows] == rec and all(list(r) == KEYS for r in rows)
    ok &= all(r["level"] is None and r["service"] is None and r["host"] is None for r in rows)
    if name in SHLEX:
        qi, si, bi = SHLEX[name]
        for r in rows:
            f = shlex.split(lines[r["line"] - 1])
            st = None if f[si] == "-" else int(f[si])
            ok &= (f[qi], st, int(f[bi])) == (r["message"], r["status"], r["bytes"])
    if name == "aws_s3_server_access.log":
        for r in rows:
            f = shlex.split(lines[r["line"] - 1].replace("[", '"').replace("]", '"'))
            st = None if f[9] == "-" else int(f[9])
            ok &= (f[8], st, 0 if f[11] == "-" else int(f[11])) == (r["message"], r["status"], r["bytes"])
    if name in ("envoy_access_default.log", "traefik_clf.log"):
        for r in rows:
            f = shlex.split(lines[r["line"] - 1])
            req, st, nb = (f[1], f[2], f[5]) if name.startswith("envoy") else (f[5], f[6], f[7])
            ok &= (req, None if st in ("0", "-") else int(st), int(nb)) == (r["message"], r["status"], r["bytes"])
    print("%-24s %3d records  %s" % (name, len(rows), "ok" if ok else "MISMATCH"))
    bad += not ok
sys.exit(1 if bad else 0)
