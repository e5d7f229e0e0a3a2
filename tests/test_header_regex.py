"""formats/header_regex.py: the fast form of a header regex reads, on every header line it
matches, what the cut regex reads there (a split time: the parts TIME_PARTS gives its text), on
real tools' output, loghub samples, every text profile and lines made to tell them apart; and it
leaves no line it should read unmatched on the benchmark's profiles. The one pass of the whole
header's fast form tells the header lines the header's DFA tells, and reads what the cut reads."""

from __future__ import annotations

import re
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from helpers import REAL_TEXT_LOGS, learned_layout
from logmr.formats.base import SECOND
from logmr.formats.columnar import block_lines
from logmr.formats.header_cut import read_slots
from logmr.formats.header_regex import (
    LEVEL_RUN,
    OPTIONAL_ZONE,
    TIME_PARTS,
    drop_fraction,
    fast_header,
    kernel_header,
    one_pass_headers,
)
from logmr.formats.layout import Layout, compile_layout
from logmr.formats.plain_keys import header_groups
from logmr.formats.reading import reader_for
from logmr.formats.slots import LEVEL_WORDS
from logmr.formats.times import BY_KEY
from logmr.gen import generate_file

DATA = Path(__file__).parent / "data"
_FIELDS = [("service", "level"), (SECOND, "level"), ("host", "level"), ("level",), ("service",), (SECOND,)]


def _rows(regex: str, names: list[str], lines: pa.Array) -> list[dict | None]:
    named = re.sub(r"\(\?P<(\w+)>", lambda m: m[0] if m[1] in names else "(?:", regex)
    return pc.extract_regex(lines, named).to_pylist()


def _as_cut_reads(row: dict, time: str | None) -> dict:
    """A fast row as the cut regex reads it: a split time joined, its parts checked against TIME_PARTS."""
    if time is None or time + "a" not in row:
        return row
    head, fraction, tail = (row.pop(time + part) for part in "afb")
    row[time] = head + fraction + tail
    assert re.match(TIME_PARTS, row[time]).groups() == (head, fraction or None, tail)
    return row


def assert_fast_reads_the_same(layout: Layout, lines: pa.Array) -> tuple[int, int]:
    """On every ASCII header line the fast form matches, its groups are the cut regex's; how many
    rows it read, and how many it left to the cut regex."""
    compiled = compile_layout(layout)
    whole = kernel_header(compiled.layout)
    if whole is None:
        return 0, 0
    headers = lines.filter(pc.match_substring_regex(lines, re.sub(r"\(\?P<\w+>", "(?:", whole)))
    headers = headers.filter(pc.equal(pc.utf8_length(headers), pc.binary_length(headers)))
    read = left = 0
    for fields in _FIELDS:
        groups = header_groups(compiled, fields)
        names = tuple(dict.fromkeys((groups or {}).values()))
        fast = fast_header(compiled.layout, names, (groups or {}).get(SECOND)) if names else None
        if fast is None:
            continue
        cut = _rows(kernel_header(compiled.layout, read_slots(compiled.layout, names)), list(names), headers)
        for row, expected in zip(pc.extract_regex(headers, fast[0]).to_pylist(), cut, strict=True):
            if row is None:
                left += 1
            else:
                read += 1
                assert _as_cut_reads(row, (groups or {}).get(SECOND)) == expected
    return read, left


@pytest.mark.parametrize("path", REAL_TEXT_LOGS, ids=lambda p: p.name)
def test_the_fast_form_reads_what_the_cut_reads_on_real_tools_output(path: Path) -> None:
    learned = learned_layout(path)
    if learned is not None:
        assert_fast_reads_the_same(*learned)


_BENCH = ["log4j2", "logback", "python-logging", "klog", "loghub-spark", "loghub-hdfs"]


@pytest.mark.parametrize("profile", _BENCH)
def test_the_fast_form_reads_the_benchmarks_text_profiles_whole(tmp_path: Path, profile: str) -> None:
    path = tmp_path / "sample"
    generate_file(path, profile, 300_000, seed=7, workers=1)
    block = path.read_bytes()
    read, left = assert_fast_reads_the_same(reader_for(block[:65536]).layout, block_lines(block))
    assert read and not left


_ISO_LEVEL: Layout = (("time:iso", "sp"), ("level", "sp"), ("bracket", "sp"), ("dotted", "sp"), ("bracket", "sp"))
_ISO_WORD: Layout = (("time:iso", "sp"), ("word", "sp"), ("level", "sp"), ("dotted", "dash"))
_NASTY = [
    "2026-11-30 12:00:00,123 INFO [main] c.e.App [A.java:1] plain",
    "2026-11-30 12:00:00,123 UTC INFO [main] c.e.App [A.java:1] a zone before the level",
    "2026-11-30 12:00:00Z WARN [main] c.e.App [A.java:1] a glued zone",
    "2026-11-30 12:00:00.5 +01:00 error [main] c.e.App [A.java:1] an offset",
    "2026-11-30 12:00:00 GMT Warn [main] c.e.App [A.java:1] GMT, a capitalised level",
    "2026-11-30 12:00:00,123 debug2 [main] c.e.App [A.java:1] a level with a digit",
    "2026-11-30 12:00:00,123 WARNING [pool [1] x] c.e.S$Inner [B.java:2] nested brackets",
    "2026-11-30T12:00:00 ERR [] a.b-c.$d [x] err, T, an empty thread",
    "2026-11-30 12:00:00,123 UTC INFO c.e.App - a zone, or a word",
    "2026-11-30 12:00:00\tdebug3\t[a]\t\ta.b\t[b] tabs",
    "2026-11-30 12:00:00.123456789 INFO [a] a.b [b] nine digits",
]


@pytest.mark.parametrize("layout", [_ISO_LEVEL, _ISO_WORD])
def test_the_fast_form_reads_the_same_on_lines_made_to_tell_them_apart(layout: Layout) -> None:
    read, left = assert_fast_reads_the_same(layout, pa.array(_NASTY, pa.large_string()))
    if layout == _ISO_LEVEL:  # zones and a level with a digit left to the cut regex, the others read
        assert read and left


def test_the_rewrites_rest_on_the_slots_facts() -> None:
    """A level word is a run of letters (or ends with a digit), none starts like a zone; ISO
    8601's zone is the one the fast form drops."""
    for word in LEVEL_WORDS.replace("[1-5]", "").split("|"):
        assert re.fullmatch(LEVEL_RUN, word) and re.fullmatch(LEVEL_RUN, word.upper())
    assert OPTIONAL_ZONE in BY_KEY["iso"].pattern
    assert fast_header(_ISO_WORD, ("s2",), None) is None  # a word may be the zone: no fast form


def assert_one_pass_exact(layout: Layout, lines: pa.Array) -> int:
    """Where `one_pass_headers` reads lines, its header lines are the ASCII lines the header's DFA
    matches and its groups the cut regex's there; how many of `_FIELDS` it read."""
    compiled = compile_layout(layout)
    ascii_lines = pc.string_is_ascii(lines)
    dfa = pc.and_(ascii_lines, pc.match_substring_regex(lines, re.sub(r"\(\?P<\w+>", "(?:", kernel_header(layout))))
    taken = 0
    for fields in _FIELDS:
        groups = header_groups(compiled, fields) or {}
        names = tuple(dict.fromkeys(groups.values()))
        found = one_pass_headers(compiled.layout, names, groups.get(SECOND), lines, ascii_lines)
        if found is None:
            continue
        taken += 1
        fits, read = found
        assert fits.to_pylist() == dfa.to_pylist()
        cut = _rows(kernel_header(layout, read_slots(layout, names)), list(names), lines.filter(dfa))
        for row, expected in zip(read.to_pylist(), cut, strict=True):
            row = _as_cut_reads(row, groups.get(SECOND))
            assert {name: row[name] for name in names} == expected
    return taken


_NOT_HEADERS = [
    "2026-11-30 12:00:00,123 WARNINGS [main] c.e.App [A.java:1] a run that is no level word",
    "2026-11-30 12:00:00,123 Infos [main] c.e.App [A.java:1] another",
    "\tat com.example.Foo.bar(Foo.java:42)",
    "2026-11-30 12:00:00,123 INFO [main] c.e.Äpp [A.java:1] not ASCII",
    "",
]


@pytest.mark.parametrize("zoned", [False, True])
def test_the_one_pass_tells_the_headers_the_dfa_tells(zoned: bool) -> None:
    """Level runs that are no level word are no headers; a block with a header the whole fast
    form does not fit (a zone, a level with a digit) is not read in one pass."""
    fitting = [line for line in _NASTY if "zone" not in line and "offset" not in line and "GMT" not in line]
    fitting = [line for line in fitting if "debug2" not in line and "debug3" not in line]
    lines = (fitting + _NOT_HEADERS) * 5 + ([_NASTY[1]] if zoned else [])
    taken = assert_one_pass_exact(_ISO_LEVEL, pa.array(lines, pa.large_string()))
    assert bool(taken) is not zoned


@pytest.mark.parametrize("profile", _BENCH)
def test_the_one_pass_reads_the_benchmarks_text_profiles(tmp_path: Path, profile: str) -> None:
    path = tmp_path / "sample"
    generate_file(path, profile, 300_000, seed=7, workers=1)
    block = path.read_bytes()
    taken = assert_one_pass_exact(reader_for(block[:65536]).layout, block_lines(block))
    assert taken or profile == "klog"  # (klog's services read one letter: the DFA and the cut pay more)


def test_drop_fraction_drops_what_time_parts_finds() -> None:
    assert drop_fraction("2026-11-30 12:00:01,123") == "2026-11-30 12:00:01"
    assert drop_fraction("Nov 30 12:00:01.5 UTC") == "Nov 30 12:00:01 UTC"
    assert drop_fraction("2026-11-30 12:00:0\u0663,123") == "2026-11-30 12:00:0\u0663,123"  # (no ASCII HH:MM:SS)
    assert drop_fraction("12:00:01") == "12:00:01"
    assert drop_fraction(None) is None
