"""How well logmr splits text log headers from messages: loghub samples against their ground truth.

    .venv/bin/python bench/headers.py [FOLDER...] [--json]

Each FOLDER holds loghub systems, one subfolder per system with `<System>_2k.log` and
`<System>_2k.log_structured.csv` (default: tests/data/loghub; the systems not bundled are
fetched separately, see the report). For each system this does what a job does to one input:
the format is detected from the file's first 64 KiB and, for plain text, the header layout is
learned from the same sample (`formats.reading.reader_for`); every line is then parsed.

Per system, the share of lines where
- content: the message equals the ground truth `Content` (trailing whitespace aside);
- level: the normalised level equals the ground truth's `Level` (only lines whose `Level` is a
  level word: loghub's Linux keeps the host there);
- component: the record's service equals `Component` (or `Program`, Proxifier's name for it);
- time: the record's timestamp is the ground truth's time columns (`Month Date Day Time`, as
  present, joined by spaces), either as written or as logmr's normalised ISO 8601 of that text.
"n/a" where the ground truth has no such column.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "functions"))

from logmr.engine.planner import DETECT_BYTES  # noqa: E402
from logmr.formats import detect_format, normalize_level  # noqa: E402
from logmr.formats.base import split_block  # noqa: E402
from logmr.formats.record import _LEVEL_ALIASES  # noqa: E402

try:
    from logmr.formats.reading import reader_for
    from logmr.formats.times import normalize_time
except ImportError:  # before header inference existed: detection alone

    def reader_for(head: bytes):
        return detect_format(head)

    def normalize_time(text: str) -> str | None:
        return None


TIME_COLUMNS = ("Month", "Date", "Day", "Time")
METRICS = ("content", "level", "component", "time")


def _time_text(row: dict[str, str]) -> str | None:
    parts = [row[name].strip() for name in TIME_COLUMNS if row.get(name, "").strip()]
    return " ".join(parts) if parts else None


def _same_time(got: str | None, want: str) -> bool:
    if not got:
        return False
    got = " ".join(got.split())
    if got == want or got.strip("[]") == want:
        return True
    normal = normalize_time(want)
    return normal is not None and normal == got


def _line_scores(record, row: dict[str, str]) -> dict[str, bool | None]:
    level = row.get("Level", "").strip()
    component = row.get("Component", row.get("Program"))
    want_time = _time_text(row)
    return {
        "content": (record.message or "").rstrip() == row["Content"].rstrip(),
        "level": record.level == normalize_level(level) if level.lower() in _LEVEL_ALIASES else None,
        "component": record.service == component.strip() if component is not None else None,
        "time": _same_time(record.timestamp, " ".join(want_time.split())) if want_time else None,
    }


def score_system(folder: Path) -> dict:
    system = folder.name
    data = (folder / f"{system}_2k.log").read_bytes()
    with open(folder / f"{system}_2k.log_structured.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    fmt = reader_for(data[:DETECT_BYTES])
    lines = split_block(data)[: len(rows)]
    totals: dict[str, list[int]] = {name: [0, 0] for name in METRICS}
    for line, row in zip(lines, rows, strict=True):
        record = fmt.parse(line, None)
        if record is None:
            continue
        for name, ok in _line_scores(record, row).items():
            if ok is not None:
                totals[name][0] += ok
                totals[name][1] += 1
    scores = {name: (right / seen if seen else None) for name, (right, seen) in totals.items()}
    return {"system": system, "format": fmt.name, "lines": len(rows), **scores}


def _cell(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", default=[str(ROOT / "tests" / "data" / "loghub")])
    parser.add_argument("--json", action="store_true", help="print JSON lines instead of a table")
    args = parser.parse_args()
    for folder in map(Path, args.folders):
        systems = sorted(p for p in folder.iterdir() if p.is_dir() and (p / f"{p.name}_2k.log").exists())
        rows = [score_system(path) for path in systems]
        if args.json:
            for row in rows:
                print(json.dumps(row))
            continue
        print(f"\n{folder}\n")
        print("| system | format | lines | " + " | ".join(METRICS) + " |")
        print("|---|---|---|" + "---|" * len(METRICS))
        for row in rows:
            cells = " | ".join(_cell(row[name]) for name in METRICS)
            print(f"| {row['system']} | {row['format']} | {row['lines']} | {cells} |")


if __name__ == "__main__":
    main()
