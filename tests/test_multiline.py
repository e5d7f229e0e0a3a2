"""Records that span lines (formats/multiline.py, engine/record_blocks.py): a stack trace is one
record with the line above it, whatever the splits, block sizes, compression or map path."""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from pathlib import Path

import pytest

from helpers import run_job
from loggers_corpus import CORPUS, corpus_files, expected_records, read_with_logmr, wrong_fields
from logmr.engine import record_blocks
from logmr.engine.planner import split_byte_ranges
from logmr.engine.reader import read_split
from logmr.engine.spec import Split
from logmr.formats import LogFormat, multiline
from logmr.formats.reading import learn_layout, reader_for

FIELDS = ["message", "level", "service", "timestamp"]
TRACE_FILES = [
    "log4j2_pattern.log",
    "jul_simpleformatter.log",
    "python_logging_default.log",
    "loguru_default.log",
    "zap_development.log",
]


@lru_cache(maxsize=16)
def _reader(head: bytes) -> tuple[LogFormat, list[list[str]] | None]:
    fmt = reader_for(head)
    return fmt, learn_layout(fmt.name, head)


def _records(path: Path, data: bytes, ranges: list[tuple[int, int]], block_size: int, **split) -> list[str]:
    """Every record's whole text, reading the file split by split."""
    fmt, layout = _reader(data[:65536])
    assert layout, "the file's records have a header"
    texts = []
    for i, (start, end) in enumerate(ranges):
        one = Split(index=i, uri=str(path), start=start, end=end, format=fmt.name, layout=layout, **split)
        for block in read_split(one, block_size=block_size):
            records = [record for record, _ in fmt.records(block)]
            texts.extend(record.raw for record in records)
            batch = fmt.parse_block(block, FIELDS)  # the block path agrees with the record path
            assert list(zip(*batch.columns.values(), strict=True)) == [
                tuple(getattr(r, name) for name in FIELDS) for r in records
            ]
    return texts


@pytest.mark.parametrize("name", TRACE_FILES)
def test_a_split_edge_anywhere_loses_or_doubles_no_record(tmp_path: Path, name: str) -> None:
    """Two splits cut at every byte of the file, and many splits of a few sizes, read the same
    records as one split; that many records are the corpus's expected ones, first lines too."""
    data = (CORPUS / name).read_bytes()
    path = tmp_path / name
    path.write_bytes(data)
    whole = _records(path, data, [(0, len(data))], 1 << 20)
    expected = expected_records(CORPUS / name)
    lines = data.decode().split("\n")
    assert [text.split("\n")[0] for text in whole] == [lines[want["line"] - 1].rstrip("\r") for want in expected]
    every = 1 if name in TRACE_FILES[:2] else 5  # every byte of two files, every fifth of the others
    for cut in range(1, len(data), every):
        assert _records(path, data, [(0, cut), (cut, len(data))], 64) == whole, cut
    for size, block_size in ((7, 1), (50, 13), (333, 4096)):
        assert _records(path, data, split_byte_ranges(len(data), size), block_size) == whole, (size, block_size)


def test_gzip_reads_the_same_records(tmp_path: Path) -> None:
    data = (CORPUS / "log4j2_pattern.log").read_bytes()
    plain, packed = tmp_path / "a.log", tmp_path / "a.log.gz"
    plain.write_bytes(data)
    packed.write_bytes(gzip.compress(data[:700]) + gzip.compress(data[700:]))  # two members
    one = _records(plain, data, [(0, len(data))], 1 << 20)
    size = packed.stat().st_size
    assert _records(packed, data, [(0, size)], 5, compression="gzip") == one
    assert len(one) == len(expected_records(CORPUS / "log4j2_pattern.log"))


def _capped_file(traces: int, frames: int) -> bytes:
    out = []
    for n in range(traces):
        out.extend(f"2026-11-30 12:00:0{n},000 INFO [main] com.example.App - step {k}" for k in range(8))
        out.append(f"2026-11-30 12:00:0{n},000 ERROR [main] com.example.App - failure {n}")
        out.append(f"java.lang.IllegalStateException: failure {n}")
        out.extend(f"\tat com.example.App.step{k}(App.java:{k})" for k in range(frames))
    return ("\n".join(out) + "\n").encode()


def test_a_record_is_capped_and_the_rest_of_its_lines_count(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a cap of 5 lines, a header and 11 trace lines make one record of 5 lines and 7 of
    one line each (hand count); with a cap of 200 characters the trace's record is cut earlier.
    Split edges anywhere agree (the look-back, shrunk with the caps, is really used)."""
    monkeypatch.setattr(multiline, "MAX_RECORD_LINES", 5)
    data = _capped_file(3, 10)
    path = tmp_path / "capped.log"
    path.write_bytes(data)
    whole = _records(path, data, [(0, len(data))], 1 << 20)
    assert len(whole) == 3 * (8 + 1 + 7)
    assert whole[8].count("\n") == 4 and whole[9] == "\tat com.example.App.step3(App.java:3)"

    monkeypatch.setattr(multiline, "MAX_RECORD_CHARS", 200)
    monkeypatch.setattr(record_blocks, "LOOKBACK_BYTES", 4 * 200 + 5)
    whole = _records(path, data, [(0, len(data))], 1 << 20)
    # header 64 characters and a newline, exception 42 + 1, two frames 37 + 1 each: 4 lines,
    # 184 characters; a third frame would pass 200
    assert [text.count("\n") + 1 for text in whole[8:11]] == [4, 1, 1]
    assert len(whole) == 3 * (8 + 1 + 8)
    assert len(data) > 3 * record_blocks.LOOKBACK_BYTES
    for cut in range(1, len(data), 3):
        assert _records(path, data, [(0, cut), (cut, len(data))], 16) == whole, cut
    for size in (40, 97, 400, 1200):
        assert _records(path, data, split_byte_ranges(len(data), size), 64) == whole, size


@pytest.mark.parametrize("batch", [True, False])
def test_jobs_count_records_and_match_patterns_over_whole_records(tmp_path: Path, batch: bool) -> None:
    """services counts records (not lines); a pattern on a trace line finds its record once, and
    its sample is the whole record; wordcount counts the first line's message: both map paths."""
    data = (CORPUS / "log4j2_pattern.log").read_bytes()
    path = tmp_path / "app.log"
    path.write_bytes(data * 3)
    expected = expected_records(CORPUS / "log4j2_pattern.log")
    settings = {"split_size": 257, "batch": batch}
    rows, _ = run_job("services", [path], tmp_path / "services", **settings)
    assert sum(rows.values()) == 3 * len(expected)
    by_level: dict[str, int] = {}
    for want in expected:
        by_level[want["level"]] = by_level.get(want["level"], 0) + 3
    assert {level: sum(n for (_, lv), n in rows.items() if lv == level) for level in by_level} == by_level

    options = {"patterns": {"nfe": "NumberFormatException", "frames": r"at Shop\.main"}, "builtin": False}
    rows, _ = run_job("patterns", [path], tmp_path / "patterns", options=options, **settings)
    counts = {name: sum(v["count"] for (n, _), v in rows.items() if n == name) for name in options["patterns"]}
    assert counts == {"nfe": 3, "frames": 3}  # one trace record per copy holds both
    sample = next(v["samples"][0] for (n, _), v in rows.items() if n == "nfe")
    assert sample.startswith("20") and "Caused by: java.lang.NumberFormatException" in sample

    rows, _ = run_job("wordcount", [path], tmp_path / "words", **settings)
    assert "numberformatexception" not in json.dumps(list(rows))
    assert rows.get("failed", 0) >= 3


def test_a_header_longer_than_the_cap_takes_no_continuation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(multiline, "MAX_RECORD_CHARS", 200)
    monkeypatch.setattr(record_blocks, "LOOKBACK_BYTES", 4 * 200 + multiline.MAX_RECORD_LINES)
    head = [f"2026-11-30 12:00:00,000 INFO [main] com.example.App - step {k}" for k in range(8)]
    long = "2026-11-30 12:00:01,000 ERROR [main] com.example.App - " + "x" * 300
    lines = [*head, long, "\tat one(A.java:1)", "\tat two(A.java:2)", *head, "\tat three(A.java:3)"]
    data = ("\n".join(lines) + "\n").encode()
    path = tmp_path / "long.log"
    path.write_bytes(data)
    whole = _records(path, data, [(0, len(data))], 1 << 20)
    assert whole == [
        *head,
        long,
        "\tat one(A.java:1)",
        "\tat two(A.java:2)",
        *head[:-1],
        head[-1] + "\n\tat three(A.java:3)",
    ]
    for cut in range(1, len(data)):
        assert _records(path, data, [(0, cut), (cut, len(data))], 32) == whole, cut


def test_the_level_on_the_next_line_is_learned_only_where_nearly_every_header_has_one() -> None:
    jul = (CORPUS / "jul_simpleformatter.log").read_bytes()
    assert learn_layout("plain", jul)[-1] == ["nextlevel", "none"]
    lines = []
    for n in range(20):
        lines.append(f"Dec 01, 2026 1:55:0{n % 10} AM Shop main")
        lines.append("INFO: started" if n % 3 else "a message's second line")
    layout = learn_layout("plain", ("\n".join(lines) + "\n").encode())
    assert layout and ["nextlevel", "none"] not in layout
    record = next(r for r, _ in reader_for(jul).records(jul) if r.fields.get("stack"))
    assert (record.level, record.message, record.fields["source"]) == ("ERROR", "two-line message", "Shop main")
    assert record.fields["stack"] == "second line of the same message"


@pytest.mark.parametrize("strategy", [None, "lines", "patterns"])
def test_a_record_matches_a_pattern_when_one_of_its_lines_does(strategy: str | None) -> None:
    """Each line of a record is searched as a line (`^` its start, no match across two lines),
    on every engine; a record is reported once."""
    from logmr.analyses.linear import LinearPatterns

    sources = {"frame": r"^\tat ", "across": r"boom\n\tat", "word": "Caused", "start": r"^boom$"}
    texts = ["boom\n\tat A.run(A.java:1)\n\tat B.run(B.java:2)", "plain line", "x\nCaused by: y\nCaused", "boom"]
    got = dict(zip(sources, LinearPatterns(sources, strategy).matching_lines(texts), strict=True))
    assert got == {"frame": [0], "across": [], "word": [2], "start": [0, 3]}


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_every_logger_gives_its_expected_records(path: Path) -> None:
    """Every file of the corpus: as many records as expected, each at its expected first line,
    its time, level, service and host right (a trace line no longer makes records of its own,
    CRI's partial lines are joined; a CloudWatch S3 export of a Lambda's Text logs reads the
    `[LEVEL]` of the app's lines, an optional slot that Lambda's START/END/REPORT lines lack)."""
    expected = expected_records(path)
    reading = read_with_logmr(path)
    assert len(reading.records) == len(expected)
    lines = [want["line"] for want in expected]
    assert sorted(reading.records) == [(line, lines[:i].count(line)) for i, line in enumerate(lines)]
    wrong = [w for w in wrong_fields(expected, reading) if w[1] != "message"]
    assert wrong == []
