"""Reading tests/data/loggers (real loggers' output) the way a job does, and comparing each record
with the expected fields. Shared by tests/test_loggers.py and bench/loggers_check.py.

The format is detected from the first 64 KiB (`detect_format`, as the planner does; a file
`binary_reason` rejects is skipped), the file is cut into blocks of whole lines (whole records,
where records span lines) by `engine.reader.iter_blocks` (one split covering the file) and each
block is read by the format's `records` (the map task's record path: a record's first line names
it) and by its `parse_block` (the columnar path most jobs use), which must give the same fields.

Comparison rules:
- time: both as UTC instants truncated to the millisecond (a time without zone is UTC);
  expected null matches only a record whose timestamp is absent.
- level: equal; an expected null (the record has no level) matches logmr's default, INFO, and for
  a record with an HTTP status (an access log's) the level logmr gives by its status (5xx ERROR,
  4xx WARN, else INFO; formats/record.py `level_from_status`).
- service, host: equal strings, or both absent. logmr is given no default service: the engine
  would fill an absent one with the file name, which says nothing about the record.
- message: equal after stripping trailing whitespace.
- status, bytes, latency_ms (an access log's), where the expected record has them: equal
  (latency to a microsecond).
"""

from __future__ import annotations

import io
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from logmr.engine.decompress import UTF16, DecompressedStream
from logmr.engine.inputs import sniff_compression
from logmr.engine.planner import DETECT_BYTES
from logmr.engine.reader import iter_blocks
from logmr.formats import binary_reason
from logmr.formats.ansi import without_ansi
from logmr.formats.base import split_block
from logmr.formats.indexed import IndexedRecords
from logmr.formats.reading import reader_for
from logmr.formats.record import Record, level_from_status, parse_timestamp

CORPUS = Path(__file__).resolve().parent / "data" / "loggers"
FIELDS = ("time", "level", "service", "host", "message")
HTTP_FIELDS = ("status", "bytes", "latency_ms")
BLOCK_FIELDS = ["timestamp", "level", "service", "host", "message", *HTTP_FIELDS]


@dataclass
class Reading:
    """What logmr made of one corpus file."""

    format: str
    skipped: str | None = None
    # (first line number, index among the records of that line) -> record: a CloudWatch or Azure
    # envelope line holds several.
    records: dict[tuple[int, int], Record] = field(default_factory=dict)
    malformed: int = 0
    block_agrees: bool = True


def corpus_files(folder: Path = CORPUS) -> list[Path]:
    return sorted(
        p for p in folder.iterdir() if p.suffix in (".log", ".jsonl") and not p.name.endswith(".expected.jsonl")
    )


def expected_records(path: Path) -> list[dict]:
    expected_path = path.with_name(path.name.rsplit(".", 1)[0] + ".expected.jsonl")
    return [json.loads(line) for line in expected_path.read_text(encoding="utf-8").splitlines() if line.strip()]


def read_with_logmr(path: Path) -> Reading:
    data = path.read_bytes()
    if sniff_compression(data[:4]) == UTF16:  # (read as a job reads it: as UTF-8)
        data = DecompressedStream(io.BytesIO(data), UTF16, str(path)).read()
    head = data[:DETECT_BYTES]
    reason = binary_reason(head)
    if reason:
        return Reading(format="-", skipped=reason)
    fmt = reader_for(head)  # as the planner: the format, and for plain text its learned layout
    reading = Reading(format=fmt.name)
    first_line = 0  # number of the block's first line, less one
    for raw in iter_blocks(io.BytesIO(data), 0, len(data), fmt.starts_record):
        block = without_ansi(raw)  # (as a map task reads it)
        lines = split_block(block)
        at = 0
        in_block = []
        previous, index = None, 0
        for record, line in _records(fmt, block, lines):
            if isinstance(line, int):  # (a format that tells each record's line: lines alike are no guess)
                index = index + 1 if line + 1 == at else 0
                at = line + 1
            elif line is previous and len(line) > 1:  # another record of the same line
                index += 1
            else:
                while lines[at] is not line and lines[at] != line:
                    at += 1
                at += 1  # the next record starts on a later line (records may repeat a first line)
                previous, index = line, 0
            if record is None:
                reading.malformed += 1
                continue
            reading.records[(first_line + at, index)] = record
            in_block.append(record)
        first_line += len(lines)
        batch = fmt.parse_block(block, BLOCK_FIELDS, None)
        by_line = [tuple(getattr(r, f) for f in BLOCK_FIELDS) for r in in_block]
        by_block = list(zip(*(batch.columns[f] for f in BLOCK_FIELDS), strict=True)) if batch.records else []
        reading.block_agrees = reading.block_agrees and by_line == by_block
        fmt = fmt.after(raw)  # (as a map task: a W3C file's new `#Fields:` reads the blocks after it)
    return reading


def _records(fmt, block: bytes, lines: list[str]):
    """(record or None, its first line) of a block; (record or None, that line's index) from a
    format that reads each record with it (formats/indexed.py: an entry's first lines may repeat)."""
    if isinstance(fmt, IndexedRecords):
        return fmt.read_block(block, lines, None)
    return fmt.records(block, None)


def instant(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    value = value.astimezone(UTC)
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def expected_instant(text: str | None) -> str | None:
    return None if text is None else instant(datetime.fromisoformat(text.replace("Z", "+00:00")))


def got_fields(record: Record | None) -> dict:
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
        **{name: getattr(record, name) for name in HTTP_FIELDS},
    }


def matches(name: str, want, got: dict) -> bool:
    if not got:
        return False
    if name == "time":
        return expected_instant(want) == got["time"]
    if name == "level":
        return got["level"] == (want if want is not None else level_from_status(got["status"]))
    if name == "message":
        return (want or "").rstrip() == got["message"]
    if name == "latency_ms" and want is not None and got[name] is not None:
        return abs(want - got[name]) < 1e-3
    return want == got[name]


def wrong_fields(expected: list[dict], reading: Reading) -> list[tuple[int, str, object, object]]:
    """(line, field, wanted, got) for every expected field logmr did not read right."""
    wrong = []
    seen: Counter[int] = Counter()  # records expected so far on each line
    for want in expected:
        got = got_fields(reading.records.get((want["line"], seen[want["line"]])))
        seen[want["line"]] += 1
        for name in (*FIELDS, *(name for name in HTTP_FIELDS if name in want)):
            if not matches(name, want[name], got):
                wrong.append((want["line"], name, want[name], got.get(name, "<no record>")))
    return wrong
