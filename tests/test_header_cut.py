"""formats/header_cut.py: a header regex cut after the last slot a job reads reads the same groups
as the whole regex, on real tools' output, loghub samples, every text profile and lines made to
tell a cut from the whole; where a cut is not proven, it is not made."""

from __future__ import annotations

import re
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import REAL_TEXT_LOGS, learned_layout
from logmr.formats.base import SECOND
from logmr.formats.columnar import block_lines
from logmr.formats.header_cut import NOT_A_ZONE, ZONED_TIMES, fixed_spans, read_slots
from logmr.formats.header_regex import drop_fraction, fixed_groups, kernel_header
from logmr.formats.layout import Layout, compile_layout
from logmr.formats.plain_keys import header_groups
from logmr.formats.reading import reader_for
from logmr.formats.slots import LEVEL_WORDS
from logmr.formats.times import LAYOUTS
from logmr.gen import generate_file
from logmr.gen.catalog import PROFILES

DATA = Path(__file__).parent / "data"
_FIELDS = [("service", "level"), (SECOND, "level"), ("host", "level"), ("level",), ("service",)]


def _groups(regex: str, names: list[str], lines: pa.Array) -> list[dict | None]:
    named = re.sub(r"\(\?P<(\w+)>", lambda m: m[0] if m[1] in names else "(?:", regex)
    return pc.extract_regex(lines, named).to_pylist()


def assert_cut_reads_the_same(layout: Layout, lines: pa.Array) -> int:
    """The cut regex's groups equal the whole regex's on every ASCII header line; how many cuts."""
    compiled = compile_layout(layout)
    whole = kernel_header(compiled.layout)
    if whole is None:
        return 0
    headers = lines.filter(pc.match_substring_regex(lines, re.sub(r"\(\?P<\w+>", "(?:", whole)))
    headers = headers.filter(pc.equal(pc.utf8_length(headers), pc.binary_length(headers)))
    cuts = 0
    for fields in _FIELDS:
        groups = header_groups(compiled, fields)
        names = list(dict.fromkeys((groups or {}).values()))
        if not names:
            continue
        keep = read_slots(compiled.layout, names)
        cuts += keep < len(compiled.layout)
        assert _groups(kernel_header(compiled.layout, keep), names, headers) == _groups(whole, names, headers)
    return cuts


def assert_slices_read_the_same(layout: Layout, lines: pa.Array) -> int:
    """Where the groups a job reads are fixed spans (header_regex.fixed_groups), those slices of
    every ASCII header line are the whole regex's groups (a time's: its text without its
    fraction, as the kernel counts it); how many jobs read slices."""
    compiled = compile_layout(layout)
    whole = kernel_header(compiled.layout)
    if whole is None:
        return 0
    headers = lines.filter(pc.match_substring_regex(lines, re.sub(r"\(\?P<\w+>", "(?:", whole)))
    texts = headers.filter(pc.equal(pc.utf8_length(headers), pc.binary_length(headers))).to_pylist()
    sliced = 0
    for fields in _FIELDS:
        groups = header_groups(compiled, fields) or {}
        names, time = tuple(dict.fromkeys(groups.values())), groups.get(SECOND)
        spans = fixed_groups(compiled.layout, names, time) if names else None
        if spans is None:
            continue
        sliced += 1
        for text, expected in zip(texts, _groups(whole, list(names), pa.array(texts)), strict=True):
            read = {name: text[start:end] for name, start, end in spans}
            if time is not None and time not in read:
                read[time], expected[time] = read.pop(time + "a") + read.pop(time + "b"), drop_fraction(expected[time])
            assert read == expected, text
    return sliced


@pytest.mark.parametrize("path", REAL_TEXT_LOGS, ids=lambda p: p.name)
def test_a_cut_reads_what_the_whole_header_reads_on_real_tools_output(path: Path) -> None:
    learned = learned_layout(path)
    if learned is not None:
        assert_cut_reads_the_same(*learned)
        assert_slices_read_the_same(*learned)


@pytest.mark.parametrize("profile", [name for name, info in PROFILES.items() if info.family != "json"])
def test_a_cut_reads_what_the_whole_header_reads_on_every_text_profile(tmp_path: Path, profile: str) -> None:
    path = tmp_path / "sample"
    generate_file(path, profile, 300_000, seed=7, workers=1)
    block = path.read_bytes()
    fmt = reader_for(block[:65536])
    if not getattr(fmt, "layout", None):
        return
    cuts = assert_cut_reads_the_same(fmt.layout, block_lines(block))
    sliced = assert_slices_read_the_same(fmt.layout, block_lines(block))
    assert sliced or profile != "klog"  # (klog's level letter and time: slices)
    if profile in ("log4j2", "logback", "python-logging", "klog", "loghub-spark", "loghub-hdfs", "nginx-error"):
        assert cuts  # (the benchmark's plain profiles are cut, for one job at least)


_ISO_WORD: Layout = (("time:iso", "sp"), ("word", "sp"), ("level", "sp"), ("dotted", "dash"))
_ISO_LEVEL: Layout = (("time:iso", "sp"), ("level", "sp"), ("bracket", "sp"), ("dotted", "sp"), ("bracket", "sp"))
_NASTY = [
    "2026-11-30 12:00:00,123 UTC INFO c.e.App - a zone, or a word",
    "2026-11-30 12:00:00 +0100 WARN c.e.App - an offset, or a word",
    "2026-11-30 12:00:00Z GMT ERROR c.e.App - both",
    "2026-11-30 12:00:00.5 Z warning c.e.App - ",
    "2026-11-30 12:00:00,123 UTC INFO [main] c.e.App [A.java:1] a zone before the level",
    "2026-11-30 12:00:00,123 +01:00 WARNING [pool [1] x] c.e.S$Inner [B.java:2] nested brackets",
    "2026-11-30 12:00:00 warn [] a.b-c.$d [x] an empty thread",
    "2026-11-30 12:00:00 err [a] a.b [b] [c] err, not error",
    "2026-11-30 12:00:00 ERRORS [a] a.b [b] not a level",
    "2026-11-30 12:00:00\tdebug3\t[a]\t\ta.b\t[b] tabs",
]


@pytest.mark.parametrize("layout", [_ISO_WORD, _ISO_LEVEL])
def test_a_cut_reads_the_same_on_lines_made_to_tell_it_from_the_whole(layout: Layout) -> None:
    assert_cut_reads_the_same(layout, pa.array(_NASTY))


def test_a_zone_that_the_next_slot_could_start_is_never_cut_off() -> None:
    """After an ISO time, `UTC` is its zone or the next word: only the whole regex knows which."""
    assert read_slots(_ISO_WORD, ["s0"]) == len(_ISO_WORD)
    assert read_slots(_ISO_WORD, ["s2"]) == len(_ISO_WORD)
    assert read_slots(_ISO_LEVEL, ["s0", "s1"]) == 2
    line = pa.array([_NASTY[0]])
    naive = kernel_header(_ISO_WORD, 1)
    assert _groups(naive, ["s0"], line) != _groups(kernel_header(_ISO_WORD), ["s0"], line)


def test_the_kinds_a_zone_may_precede_never_start_like_a_zone() -> None:
    words = LEVEL_WORDS.split("|")
    assert not [word for word in words if word[0].lower() in "zug+-"]
    assert "level" in NOT_A_ZONE and {t.key for t in LAYOUTS} >= ZONED_TIMES
    # a bracketed time ends at its bracket: no time matches `]` (its classes left out: no `]`,
    # negated class, `.` or `\D`-like class)
    classes = [re.sub(r"\[[^\]^][^\]]*\]", "", t.pattern) for t in LAYOUTS]
    assert not [rest for rest in classes if re.search(r"[\[\]]|(?<!\\)\.|\\[DSW]", rest)]


_SPANNED = [
    (r"^(?P<a>[VDIWEF])(?:)(?P<t>(?P<ta>\d{4} \d\d:\d\d:\d\d)(?P<tf>\.\d+)(?P<tb>))(?:[ \t]+)(?P<p>\d+)", "a ta tb"),
    (r"^(?:a|b)(?P<x>c)(?:[xy]z|ab)(?P<y>\d{2})(?P<z>q*)", "x y"),
    (r"^(?:a|bb)(?P<x>c)(?:(?P<y>d))?(?P<z>)", "z"),
    (r"^(?P<w>\w+) (?P<x>[0-9]{3})", ""),
]


@pytest.mark.parametrize(("pattern", "spanned"), _SPANNED)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_fixed_spans_are_the_groups_spans_in_every_match(pattern: str, spanned: str, data: st.DataObject) -> None:
    """header_cut.fixed_spans against Python's own match: a group spans the same characters in
    every match (after items of one width), or it has no fixed span (after a run, in a branch or
    an optional group, or a run itself)."""
    names = list(re.compile(pattern).groupindex)
    for name in names:
        assert (fixed_spans(pattern, [name]) is not None) == (name in spanned.split())
    spans = fixed_spans(pattern, spanned.split()) if spanned else {}
    text = data.draw(st.from_regex(pattern))
    found = re.match(pattern, text)
    assert found is not None and spans is not None
    assert {name: text[start:end] for name, (start, end) in spans.items()} == {name: found[name] for name in spans}
