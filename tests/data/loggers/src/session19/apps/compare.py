"""Per-sample comparison with logmr's reader (as bench/loggers_check.py), plus lenient checks for service_alt /
message_full, and examples of each wrong field."""
import sys, json
from pathlib import Path
sys.path.insert(0, "/work/main/functions"); sys.path.insert(0, "/work/main/tests")
from loggers_corpus import corpus_files, expected_records, read_with_logmr, got_fields, matches, FIELDS
from collections import Counter
D = Path("/tmp/unseen-apps")
files = corpus_files(D) if len(sys.argv) < 2 else [D / a for a in sys.argv[1:]]
for p in files:
    exp = expected_records(p); rd = read_with_logmr(p)
    exp_lines = {e["line"] for e in exp}
    extra = sorted(k[0] for k in rd.records if k[0] not in exp_lines)
    wrong = {f: [] for f in FIELDS}; lenient = Counter()
    seen = Counter()
    for e in exp:
        g = got_fields(rd.records.get((e["line"], seen[e["line"]]))); seen[e["line"]] += 1
        for f in FIELDS:
            if not matches(f, e[f], g):
                wrong[f].append((e["line"], e[f], g.get(f, "<no record>")))
                alt = {"service": "service_alt", "message": "message_full"}.get(f)
                if alt and alt in e and g and matches(f, e[alt], g): lenient[f] += 1
    print(f"## {p.name}  format={rd.format} expected={len(exp)} found={len(rd.records)} extra-records-at-lines={extra[:12]}{'...' if len(extra)>12 else ''}")
    print("   wrong: " + ", ".join(f"{f}={len(wrong[f])}" + (f" (of which {lenient[f]} match the alt)" if lenient[f] else "") for f in FIELDS))
    for f in FIELDS:
        for line, want, got in wrong[f][:3]:
            print(f"   {f} L{line}: want {json.dumps(want, ensure_ascii=False)[:110]} | got {json.dumps(got, ensure_ascii=False)[:130]}")
