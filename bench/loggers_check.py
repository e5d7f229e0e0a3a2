"""How much of each real logger's output logmr reads right: tests/data/loggers against its expected fields.

    .venv/bin/python bench/loggers_check.py [--show FILE...] [--dir tests/data/loggers]

For every tests/data/loggers/<name>.log|.jsonl (a corpus of real loggers' output, see the README
there) this does what a job does to one plain input, with logmr's own code: the format is detected
from the first 64 KiB and, for plain text, the header layout learned from the same bytes
(`formats.reading.reader_for`, as the planner does; a file `binary_reason` rejects is reported
as skipped), the file is cut into blocks of whole lines by `engine.reader.iter_line_blocks`
(one split covering the file) and every non-blank line is parsed by the detected format's `parse`.
Each record of <name>.expected.jsonl is then compared with the record logmr made from the same
first line (none there: every field of that record counts as wrong):

- time: both as UTC instants truncated to the millisecond (a time without zone is UTC);
  expected null matches only a record whose timestamp is absent.
- level: equal; an expected null (the record has no level) matches logmr's default, INFO.
- service, host: equal strings, or both absent. logmr is given no default service: the engine
  would fill an absent one with the file name, which says nothing about the record.
- message: equal after stripping trailing whitespace.

"found" is the number of records logmr made from the file (every non-blank line it did not call
malformed): more than expected means lines of a multi-line record (stack traces) became records
of their own. "block" says whether `parse_block` (the columnar path most jobs use) gave the same
fields as `parse` line by line. Nothing of logmr is changed or configured.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "functions"))

from logmr.engine.planner import DETECT_BYTES  # noqa: E402
from logmr.engine.reader import iter_line_blocks  # noqa: E402
from logmr.formats import binary_reason  # noqa: E402
from logmr.formats.base import split_block  # noqa: E402
from logmr.formats.reading import reader_for  # noqa: E402
from logmr.formats.record import DEFAULT_LEVEL, parse_timestamp  # noqa: E402

FIELDS = ("time", "level", "service", "host", "message")
BLOCK_FIELDS = ["timestamp", "level", "service", "host", "message"]


def read_with_logmr(path: Path):
    """(format name, skip reason, {first line number: Record}, malformed count, parse_block agrees)."""
    data = path.read_bytes()
    head = data[:DETECT_BYTES]
    reason = binary_reason(head)
    if reason:
        return "-", reason, {}, 0, True
    fmt = reader_for(head)
    records, malformed, agrees = {}, 0, True
    line_no = 0
    for block in iter_line_blocks(io.BytesIO(data), 0, len(data)):
        in_block = []
        for line in split_block(block):
            line_no += 1
            if not line.strip():
                continue
            record = fmt.parse(line, None)
            if record is None:
                malformed += 1
                continue
            records[line_no] = record
            in_block.append(record)
        batch = fmt.parse_block(block, BLOCK_FIELDS, None)
        by_line = [tuple(getattr(r, f) for f in BLOCK_FIELDS) for r in in_block]
        by_block = list(zip(*(batch.columns[f] for f in BLOCK_FIELDS), strict=True)) if batch.records else []
        agrees = agrees and by_line == by_block
    return fmt.name, None, records, malformed, agrees


def instant(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    value = value.astimezone(UTC)
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def expected_instant(text: str | None) -> str | None:
    return None if text is None else instant(datetime.fromisoformat(text.replace("Z", "+00:00")))


def got_fields(record) -> dict:
    if record is None:
        return {}
    parsed = parse_timestamp(record.timestamp)
    return {
        # An unparsed timestamp is kept as text so that it never equals an instant or null.
        "time": instant(parsed)
        if parsed is not None
        else (None if not record.timestamp else f"unparsed:{record.timestamp}"),
        "level": record.level,
        "service": record.service,
        "host": record.host,
        "message": (record.message or "").rstrip(),
    }


def matches(name: str, want, got: dict) -> bool:
    if not got:
        return False
    if name == "time":
        return expected_instant(want) == got["time"]
    if name == "level":
        return got["level"] == (want if want is not None else DEFAULT_LEVEL)
    if name == "message":
        return (want or "").rstrip() == got["message"]
    return want == got[name]


def check(path: Path, show: bool) -> dict:
    expected_path = path.with_name(path.name.rsplit(".", 1)[0] + ".expected.jsonl")
    expected = [json.loads(line) for line in expected_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    fmt, skipped, records, malformed, agrees = read_with_logmr(path)
    right = dict.fromkeys(FIELDS, 0)
    for want in expected:
        got = got_fields(records.get(want["line"]))
        for name in FIELDS:
            ok = matches(name, want[name], got)
            right[name] += ok
            if show and not ok:
                shown = repr(got.get(name, "<no record>"))[:120]
                print(f"  {path.name}:{want['line']} {name}: want {repr(want[name])[:120]} got {shown}")
    return {
        "file": path.name,
        "format": fmt,
        "skipped": skipped,
        "found": len(records),
        "expected": len(expected),
        "malformed": malformed,
        "block": agrees,
        **{name: right[name] / len(expected) for name in FIELDS},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", default=str(ROOT / "tests" / "data" / "loggers"))
    parser.add_argument(
        "--show", nargs="*", default=None, help="print each wrong field of these files (all if none named)"
    )
    parser.add_argument("--json", action="store_true", help="print the rows as JSON lines instead of a table")
    args = parser.parse_args()
    folder = Path(args.dir)
    files = sorted(
        p for p in folder.iterdir() if p.suffix in (".log", ".jsonl") and not p.name.endswith(".expected.jsonl")
    )
    rows = []
    for path in files:
        show = args.show is not None and (not args.show or path.name in args.show)
        rows.append(check(path, show))
    if args.json:
        for row in rows:
            print(json.dumps(row))
        return
    header = (
        f"| {'file':<34} | {'format':<12} | found/exp | malf | block | " + " | ".join(f"{n:>7}" for n in FIELDS) + " |"
    )
    print(header)
    print("|" + "|".join("-" * (len(c)) for c in header.split("|")[1:-1]) + "|")
    for r in rows:
        fmt = r["format"] if not r["skipped"] else "skipped"
        cells = " | ".join(f"{r[n] * 100:>6.0f}%" for n in FIELDS)
        print(
            f"| {r['file']:<34} | {fmt:<12} | {r['found']:>4}/{r['expected']:<4} | {r['malformed']:>4} | "
            f"{'same' if r['block'] else 'DIFF':>5} | {cells} |"
        )
    total = sum(r["expected"] for r in rows)
    overall = " | ".join(f"{sum(r[n] * r['expected'] for r in rows) / total * 100:>6.0f}%" for n in FIELDS)
    print(
        f"| {'all ' + str(len(rows)) + ' files (record-weighted)':<34} | {'':<12} | "
        f"{sum(r['found'] for r in rows):>4}/{total:<4} | {sum(r['malformed'] for r in rows):>4} | "
        f"{'':>5} | {overall} |"
    )


if __name__ == "__main__":
    main()
