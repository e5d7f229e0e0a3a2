"""How much of each real logger's output logmr reads right: tests/data/loggers against its expected fields.

    .venv/bin/python bench/loggers_check.py [--show FILE...] [--dir tests/data/loggers]

For every tests/data/loggers/<name>.log|.jsonl (a corpus of real loggers' output, see the README
there) this does what a job does to one plain input, with logmr's own code, and compares each
record of <name>.expected.jsonl with the record logmr made from the same first line (none there:
every field of that record counts as wrong); tests/loggers_corpus.py says how (shared with
tests/test_loggers.py).

"found" is the number of records logmr made from the file (not malformed; Docker's partial lines
joined, a text record's continuation lines such as stack traces joined to it): more than expected
means lines of a multi-line record became records of their own. "block" says whether `parse_block` (the columnar path
most jobs use) gave the same fields as the record path. Nothing of logmr is changed or configured.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "functions"))
sys.path.insert(0, str(ROOT / "tests"))

from loggers_corpus import FIELDS, HTTP_FIELDS, corpus_files, expected_records, read_with_logmr, wrong_fields  # noqa: E402


def check(path: Path, show: bool) -> dict:
    expected = expected_records(path)
    reading = read_with_logmr(path)
    wrong = wrong_fields(expected, reading)
    if show:
        for line, name, want, got in wrong:
            print(f"  {path.name}:{line} {name}: want {repr(want)[:120]} got {repr(got)[:120]}")
    return {
        "file": path.name,
        "format": reading.format,
        "skipped": reading.skipped,
        "found": len(reading.records),
        "expected": len(expected),
        "malformed": reading.malformed,
        "block": reading.block_agrees,
        **{name: 1 - sum(1 for w in wrong if w[1] == name) / len(expected) for name in FIELDS},
        # an access log's status, bytes and latency all right (None: the file has none)
        "http": 1 - len({w[0] for w in wrong if w[1] in HTTP_FIELDS}) / len(expected)
        if any("status" in want for want in expected)
        else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", default=str(ROOT / "tests" / "data" / "loggers"))
    parser.add_argument(
        "--show", nargs="*", default=None, help="print each wrong field of these files (all if none named)"
    )
    parser.add_argument("--json", action="store_true", help="print the rows as JSON lines instead of a table")
    args = parser.parse_args()
    files = corpus_files(Path(args.dir))
    rows = []
    for path in files:
        show = args.show is not None and (not args.show or path.name in args.show)
        rows.append(check(path, show))
    if args.json:
        for row in rows:
            print(json.dumps(row))
        return
    width = max(34, *(len(r["file"]) for r in rows))
    header = (
        f"| {'file':<{width}} | {'format':<12} | found/exp | malf | block | "
        + " | ".join(f"{n:>7}" for n in (*FIELDS, "http"))
        + " |"
    )
    print(header)
    print("|" + "|".join("-" * (len(c)) for c in header.split("|")[1:-1]) + "|")
    for r in rows:
        fmt = r["format"] if not r["skipped"] else "skipped"
        cells = " | ".join(f"{r[n] * 100:>6.0f}%" if r[n] is not None else f"{'-':>7}" for n in (*FIELDS, "http"))
        print(
            f"| {r['file']:<{width}} | {fmt:<12} | {r['found']:>4}/{r['expected']:<4} | {r['malformed']:>4} | "
            f"{'same' if r['block'] else 'DIFF':>5} | {cells} |"
        )
    total = sum(r["expected"] for r in rows)
    overall = " | ".join(f"{sum(r[n] * r['expected'] for r in rows) / total * 100:>6.0f}%" for n in FIELDS)
    served = [r for r in rows if r["http"] is not None]
    if served:  # (no file with HTTP fields: none to weigh)
        http = sum(r["http"] * r["expected"] for r in served) / sum(r["expected"] for r in served)
        overall += f" | {http * 100:>6.0f}%"
    else:
        overall += f" | {'-':>7}"
    print(
        f"| {'all ' + str(len(rows)) + ' files (record-weighted)':<{width}} | {'':<12} | "
        f"{sum(r['found'] for r in rows):>4}/{total:<4} | {sum(r['malformed'] for r in rows):>4} | "
        f"{'':>5} | {overall} |"
    )


if __name__ == "__main__":
    main()
