"""logfmt's columnar kernel (formats/logfmt_kernel.py) against the line-by-line path: the same
counts and the same columns, on real tools' output, the generator's logfmt profiles and nasty
lines (Go-quoted escapes, CRLF, a BOM, bytes that are not UTF-8, missing and duplicate keys,
Docker's keys, separators Python's `\\s` has and RE2's lacks)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import assert_services_read_where_asked, block_and_record_paths
from logmr.analyses.timeline import Timeline
from logmr.formats import get_format, logfmt_shapes
from logmr.formats.base import SECOND, LogFormat
from logmr.formats.logfmt import _PAIR, LogfmtFormat
from logmr.formats.logfmt_shapes import learn_shapes, match_shapes, read_regex, shape_regex
from logmr.gen import generate_file

DATA = Path(__file__).parent / "data"
FMT = get_format("logfmt")
COUNT_FIELDS = [("service", "level"), (SECOND, "level"), ("level", "host", "service"), ("message",), ("status",)]
COLUMN_FIELDS = [
    ("service", "text"),
    ("message",),
    ("message", "service", "level"),
    ("raw",),
    ("timestamp", "level", "host"),
    ("status", "method", "path", "latency_ms", "bytes"),
    ("service", "level", "status", "path", "text"),
]


@pytest.fixture(autouse=True)
def _kernel_on_small_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logfmt_shapes, "MIN_KERNEL_LINES", 1)


def _record_counts(block: bytes, fields: tuple[str, ...]) -> Counter:
    timeline = Timeline({"interval": 1})
    counts: Counter = Counter()
    for record, _ in FMT.records(block, "default"):
        if record is not None:
            counts[tuple(timeline.bucket(record.timestamp) if f == SECOND else getattr(record, f) for f in fields)] += 1
    return counts


def _kernel_counts(block: bytes, fields: tuple[str, ...]) -> tuple[Counter, int, int, list[str]]:
    timeline = Timeline({"interval": 1})
    batch, counts = FMT.count_block(block, fields, "default")
    bucketed: Counter = Counter()
    for key, n in counts.items():
        bucketed[tuple(timeline.bucket(v) if f == SECOND else v for f, v in zip(fields, key, strict=True))] += n
    return bucketed, batch.records, batch.malformed, batch.malformed_samples


def assert_kernel_exact(block: bytes) -> None:
    """count_block and parse_block give what the record path gives, field set by field set."""
    slow = LogFormat.parse_block(FMT, block, ("raw",), "default")
    assert_services_read_where_asked(FMT, block)
    for fields in COUNT_FIELDS:
        counts, records, malformed, samples = _kernel_counts(block, fields)
        assert counts == _record_counts(block, fields), fields
        assert (records, malformed, samples) == (slow.records, slow.malformed, slow.malformed_samples), fields
    for fields in COLUMN_FIELDS:
        fast, slow = FMT.parse_block(block, fields, "default"), LogFormat.parse_block(FMT, block, fields, "default")
        assert fast.columns == slow.columns, fields
        assert (fast.records, fast.lines, fast.malformed, fast.malformed_samples) == (
            slow.records,
            slow.lines,
            slow.malformed,
            slow.malformed_samples,
        ), fields


def _kernel_lines(block: bytes) -> int:
    found = match_shapes(block, _PAIR)
    return 0 if found is None else sum(matched.true_count for _, matched in found.shapes)


@pytest.mark.parametrize("name", ["logrus_text.log", "slog_text.log"])
def test_the_kernel_reads_go_loggers_as_the_record_path_does(name: str) -> None:
    block = (DATA / "loggers" / name).read_bytes()
    assert _kernel_lines(block) > 0
    assert_kernel_exact(block)


@pytest.mark.parametrize("profile", ["logrus-text", "slog-text"])
def test_the_kernel_takes_the_generators_logfmt_and_reads_it_exactly(tmp_path: Path, profile: str) -> None:
    """Not a fallback in disguise: the kernel itself reads nearly every line of these files."""
    path = tmp_path / "sample"
    generate_file(path, profile, 400_000, seed=5, workers=1)
    block = path.read_bytes()
    lines = block.count(b"\n")
    ascii_lines = sum(line.isascii() for line in block.split(b"\n")[:-1])
    assert _kernel_lines(block) == ascii_lines > 0.9 * lines
    assert assert_services_read_where_asked(FMT, block)
    assert_kernel_exact(block)


# Lines the kernel must read exactly as Python does, or leave to it.
NASTY = [
    'time="2026-11-30T12:00:00Z" level=info msg="said \\"hi\\" then\\n\\ttabbed \\x41 \\u00e9 \\U0001F600 \\101" a=1',
    'time="2026-11-30T12:00:00Z" level=info msg="a backslash \\\\" a=1',
    'time="2026-11-30T12:00:00Z" level=info msg="unterminated a=1',
    'time="2026-11-30T12:00:00Z" level=info msg="closed"x a=1',
    "time=2026-11-30T12:00:00Z level=info msg= a=1",
    "time=2026-11-30T12:00:00Z level=info msg=a=b=c a=1",
    'time=2026-11-30T12:00:00Z level=info msg=plain"quote a=1',
    "time=2026-11-30T12:00:00.123456Z level=info msg=x a=1",
    'time="2026-11-30T12:00:00,5+01:00" level=info msg=x a=1',
    "time=1793491200123 level=info msg=x a=1",
    "time=2026-11-30T12:00:00Z level=info level=error msg=duplicate a=1",
    "time=2026-11-30T12:00:00Z msg=no-level status=503 a=1",
    "time=2026-11-30T12:00:00Z level= msg=empty-level service= app=cart",
    'time=2026-11-30T12:00:00Z level=info msg=x service="" app=cart',
    "time=2026-11-30T12:00:00Z lvl=E message=x logger=a.b host=h-1",
    "time=2026-11-30T12:00:00Z SeverityLevel=3 msg=x a=1",
    "time=2026-11-30T12:00:00Z level=info msg=x type=platform.report",
    "instant=x @timestamp=2026-11-30T12:00:00Z log.level=warn msg=x",
    "instant=x TimeGenerated=2026-11-30T12:00:00Z SeverityLevel=x status=503 msg=x",
    'time=2026-11-30T12:00:00.5Z" level=info msg=x a=1',
    'log="{\\"level\\":\\"error\\",\\"msg\\":\\"inner\\"}\\n" stream=stdout time=2026-11-30T12:00:00Z',
    "log=plain stream=stderr time=2026-11-30T12:00:00Z",
    'log="text\\n" time=2026-11-30T12:00:00Z level=info',
    "time=2026-11-30T12:00:00Z\tlevel=info\x0bmsg=x\x1ca=1",
    "  time=2026-11-30T12:00:00Z level=info msg=x a=1  ",
    "time=2026-11-30T12:00:00Z level=info msg=x\u00a0a=1",
    "time=2026-11-30T12:00:00Z level=info msg=München a=1",
    "time=2026-11-30T12:00:00Z level=info msg=x a=1\r",
    "time=2026-11-30T12:00:00Z level=info bare words msg=x a=1",
    "time=2026-11-30T12:00:00Z level=info msg=x a=1 trailing",
    "=value level=info",
    "not logfmt at all",
    "",
    "   ",
    "time=2026-11-30T12:00:00Z level=info msg=" + "long" * 20_000 + " a=1",
]


@pytest.mark.parametrize("ending", ["\n", "\r\n"])
@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_nasty_lines_read_as_the_record_path_reads_them(ending: str, bom: bytes) -> None:
    """Each nasty line in a block where its own shape is learned, then all of them in one block."""
    for nasty in NASTY:
        lines = [nasty, "time=2026-11-30T12:00:00Z level=info msg=x a=1", nasty, nasty]
        assert_kernel_exact(bom + ending.join(lines).encode() + ending.encode())
    lines = [line for nasty in NASTY for line in (nasty, nasty, f"time=2026-11-30T12:00:0{len(nasty) % 10}Z x=1")]
    assert_kernel_exact(bom + ending.join(lines).encode() + ending.encode())


@pytest.mark.parametrize("sep", [c for c in map(chr, range(0x3001)) if c.isspace() and c != "\n"])
def test_every_character_of_pythons_whitespace_separates_pairs(sep: str) -> None:
    """A shape learned from `level=info msg=2` never reads `level=info msg=2<sep>a=3` as two pairs."""
    lines = ["level=info msg=2", f"level=info msg=2{sep}a=3", f"level=info{sep}msg=2", f"level=info msg=2{sep}"] * 3
    assert_kernel_exact("\n".join(lines).encode())


def test_a_block_with_bytes_that_are_not_utf8_reads_as_the_record_path() -> None:
    good = b"time=2026-11-30T12:00:00Z level=info msg=x service=a\n" * 50
    for bad in (b"time=2026-11-30T12:00:00Z level=info msg=\xff service=a\n", b"\xfe\xff level=x\n"):
        for block in (good + bad, bad + good, good + bad + good):
            assert_kernel_exact(block)


def test_docker_keys_are_never_a_shape() -> None:
    line = "log=x stream=stdout time=2026-11-30T12:00:00Z"
    assert learn_shapes([line] * 5, _PAIR) == []
    assert learn_shapes(["log=x time=2026-11-30T12:00:00Z"] * 5, _PAIR) == [("log", "time")]


@pytest.mark.parametrize("keys", [("a", "b"), ("log.level", "@t", "x-y", "a", "a"), ("k",)])
def test_a_shape_regex_matches_alike_in_python_and_re2(keys: tuple[str, ...]) -> None:
    import pyarrow.compute as pc

    from logmr.formats.columnar import block_lines

    values = ['"q \\" x"', "plain", "", 'a"b', '"open', '"x"y', "=", "ü"]
    lines = [" ".join(f"{k}={values[(i + j) % len(values)]}" for j, k in enumerate(keys)) for i in range(len(values))]
    arrow = block_lines("\n".join(lines).encode())
    re2 = pc.match_substring_regex(arrow, shape_regex(keys)).to_pylist()
    python = [re.fullmatch(shape_regex(keys), line) is not None for line in lines]
    assert re2 == python
    assert not re.fullmatch(shape_regex(("log.level", "@t")), "log_level=1 xt=2")  # keys match as written


@pytest.mark.parametrize("captured", [("a",), ("b", "a"), ("c",), ("a", "c")])
def test_a_shape_read_up_to_its_last_captured_value_gives_the_whole_regexs_groups(captured: tuple[str, ...]) -> None:
    import pyarrow.compute as pc

    from logmr.formats.columnar import block_lines

    keys = ("a", "b", "a", "c", "d")
    values = ['"q \\" x"', "plain", "", 'a"b', '"x y"', "=", '"a=1 b=2"', '""']
    lines = [" ".join(f"{k}={values[(i * j + j) % len(values)]}" for j, k in enumerate(keys)) for i in range(40)]
    whole, cut = shape_regex(keys, captured), read_regex(keys, captured)
    matched = [line for line in lines if re.fullmatch(whole, line)]
    assert len(matched) > 10 and len(cut) < len(whole)  # (the last pair, `d`, is never read)
    for line in matched:
        assert re.match(cut, line).groupdict() == re.fullmatch(whole, line).groupdict()
    arrow = block_lines("\n".join(matched).encode())
    assert pc.extract_regex(arrow, cut).to_pylist() == pc.extract_regex(arrow, whole).to_pylist()


_KEYS = ["time", "ts", "level", "lvl", "msg", "message", "service", "app", "host", "status", "a", "log", "stream"]
_VALUES = [
    "x",
    "",
    '""',
    '"two words"',
    '"esc \\" \\\\ \\n \\u00e9"',
    '"open',
    "a=b",
    'q"x',
    "2026-11-30T12:00:00.5Z",
    '"2026-11-30T12:00:00.25+01:00"',
    "ERROR",
    "503",
    "é",
]
_SEPARATORS = [" ", "  ", "\t", "\x1c", "\u00a0", " bare "]


@settings(max_examples=150, deadline=None)
@given(
    shapes=st.lists(
        st.lists(st.tuples(st.sampled_from(_KEYS), st.sampled_from(_VALUES)), min_size=1, max_size=6),
        min_size=1,
        max_size=4,
    ),
    separators=st.lists(st.sampled_from(_SEPARATORS), min_size=1, max_size=3),
    repeats=st.integers(1, 4),
    crlf=st.booleans(),
)
def test_random_logfmt_reads_as_the_record_path(
    shapes: list[list[tuple[str, str]]], separators: list[str], repeats: int, crlf: bool
) -> None:
    lines = []
    for n, pairs in enumerate(shapes):
        for repeat in range(repeats):
            sep = separators[(n + repeat) % len(separators)] if repeat else " "
            lines.append(sep.join(f"{key}={value}" for key, value in pairs))
    assert_kernel_exact(("\r\n" if crlf else "\n").join(lines).encode())


def test_parse_s_fields_are_read_without_a_record_a_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """parse's `fields.pid` (a line's `pid` value, unquoted) and `fields.time` (always None: a
    `time` key is a timestamp's) are read on the kernel and the line path as the record path
    reads them: numbers, quoted text with escapes, no pid, and a Docker-like line."""
    from logmr.analyses.parse import Parse

    pids = ["42", '"w 7"', '"a\\"b"', None, "", "0x1f"]
    lines = [
        f'time=2026-12-01T00:00:{n % 60:02d}Z level=info msg="m {n}"' + (f" pid={pid}" if pid is not None else "")
        for n, pid in enumerate(pids * 30)
    ] + ['log="text line" stream=stdout time=2026-12-01T00:00:00Z pid=9', "not logfmt at all"]
    block = ("\n".join(lines) + "\n").encode()
    batch, reference = block_and_record_paths(LogfmtFormat(), block, Parse.ROW_FIELDS, monkeypatch)
    assert batch.columns == reference.columns and batch.records == reference.records
    assert batch.columns["fields.pid"][:6] == ["42", "w 7", 'a"b', None, "", "0x1f"]
    assert set(batch.columns["fields.time"]) == {None}
