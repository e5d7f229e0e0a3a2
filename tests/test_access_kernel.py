"""formats/access_kernel.py: an access log block's columns read on RE2 are those of the record
path and of the one scan it stands in for, on lines made to tell them apart; blocks it must not
read (a line that is not an access log line, a non-ASCII line) are left to the scan."""

from __future__ import annotations

import random
from functools import partial

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from logmr.formats import access, access_counts, access_kernel, access_texts, get_format
from logmr.formats.access import _ACCESS
from logmr.formats.access_kernel import access_arrays, access_columns
from logmr.formats.base import LogFormat
from logmr.formats.latency import latency_ms as _latency_ms

_FIELDS = [
    ("status", "method", "path", "latency_ms", "bytes"),
    ("level", "timestamp", "message", "service", "host"),
    ("path",),
    ("bytes", "status"),
]
_PLAIN = '10.0.0.{n} - - [01/Nov/2026:00:00:{s:02d} +0000] "GET /api/v1/items/{n} HTTP/1.1" 200 {b} "-" "curl/8" 0.0{n}'
_ODD = [
    '1.2.3.4 - - [01/Nov/2026:00:00:00 +0000] "GET / HTTP/1.1" 200 12',  # common log format
    '1.2.3.4 - bob [01/Nov/2026:00:00:00 +0000] "POST /x?y=1 HTTP/1.1" 500 - "-" "a \\"quoted\\" agent" D=1234',
    '1.2.3.4 - - [01/Nov/2026:00:00:00 +0000] "GET /a b c d" 404 0 "r" "a" rt=0.5',  # four parts: no method
    '1.2.3.4 - - [01/Nov/2026:00:00:00 +0000] "-" 400 0 "-" "-"',  # one part: no path
    '1.2.3.4 - - [01/Nov/2026:00:00:00 +0000] "GET / HTTP/1.1" 200 7 "-" "x" "quoted extra" 0.1',
    '1.2.3.4 - - [01/Nov/2026:00:00:00 +0000] "GET / HTTP/1.1" 200 7 "-" "x"y 0.2',  # agent then a word
    '1.2.3.4 - - [01/Nov/2026:00:00:00 +0000] "GET /\\"q HTTP/1.1" 302 1 "-" "x"  request_time=0.003 ',
    "   ",
    "",
]


def _block(seed: int, odd: list[str]) -> bytes:
    rng = random.Random(seed)
    lines = []
    for n in range(200):
        if rng.random() < 0.2:
            lines.append(rng.choice(odd))
        else:
            lines.append(_PLAIN.format(n=n % 50, s=n % 60, b=rng.choice(["-", "0", "123", "0042"])))
    return ("\r\n" if seed % 2 else "\n").join(lines).encode() + b"\n"


@pytest.mark.parametrize("seed", range(6))
def test_the_columns_are_the_record_paths_and_the_scans(seed: int) -> None:
    fmt = get_format("access")
    block = _block(seed, _ODD[1:4] + _ODD[6:] if seed < 3 else _ODD)  # (seeds 3 to 5: no agent, or quotes after it)
    for fields in _FIELDS:
        taken = access_columns(block, _ACCESS.pattern, fields, _latency_ms, "web")
        assert taken is not None
        slow = LogFormat.parse_block(fmt, block, fields, "web")
        assert taken.columns == slow.columns, fields
        assert (taken.records, taken.lines, taken.malformed) == (slow.records, slow.lines, slow.malformed)
        arrays = access_arrays(block, _ACCESS.pattern, fields, _latency_ms)
        if not set(fields) & {"level", "service", "host"}:  # (those it does not give as arrays)
            assert {name: array.to_pylist() for name, array in arrays.columns.items()} == slow.columns
            assert (arrays.records, arrays.lines, arrays.arrow) == (slow.records, slow.lines, True)


@pytest.mark.parametrize(
    "odd",
    [
        "not an access log line",
        '1.2.3.4 - - [01/Nov/2026:00:00:00 +0000] "GET /ü HTTP/1.1" 200 1 "-" "x"',
        '1.2.3.4 - - [01/Nov/2026:00:00:00 +0000] "GET / HTTP/1.1" 200 99999999999999999999 "-" "x"',  # past 64 bits
    ],
)
def test_a_block_it_must_not_read_is_left_to_the_scan(odd: str, monkeypatch: pytest.MonkeyPatch) -> None:
    block = _block(1, [odd])
    assert access_columns(block, _ACCESS.pattern, _FIELDS[0], _latency_ms, "web") is None
    fmt = get_format("access")
    assert fmt.arrow_block(block, _FIELDS[0], "web") is None
    fast = fmt.parse_block(block, _FIELDS[0], "web")
    monkeypatch.setattr(access, "access_columns", lambda *args: None)
    assert fast.columns == fmt.parse_block(block, _FIELDS[0], "web").columns


_CLEAN = [  # lines the quote cut reads: the referer and the agent, no other quote
    '10.0.0.1 - - [01/Nov/2026:00:00:00 +0000] "GET /a?b=1 HTTP/1.1" 200 - "-" "curl/8"',
    '10.0.0.2 id u\\ser [01/Nov/2026:00:00:00 +0000] "POST /x\\\\y HTTP/1.0" 503 0042 "http://r/" "a b" D=1200',
    '10.0.0.3 - - [01/Nov/2026:00:00:00 +0000] "" 400 0 "" ""  rt=0.25 ',
    '10.0.0.4 - - [01/Nov/2026:00:00:00 +0000] "GET /a b c d" 404 7 "-" "x" 1.5',
]


@pytest.mark.parametrize("seed", range(4))
def test_blocks_cut_at_their_quotes_are_read_as_the_record_path(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """A block with LF endings is cut whole (`_by_block`), one with CRLF endings line by line."""
    taken = []
    cut = access_kernel._by_block if seed % 2 == 0 else access_kernel._by_quotes
    monkeypatch.setattr(access_kernel, cut.__name__, lambda *args: taken.append(cut(*args)) or taken[-1])
    block = _block(seed, _CLEAN)
    fmt = get_format("access")
    for fields in _FIELDS:
        slow = LogFormat.parse_block(fmt, block, fields, "web")
        assert access_columns(block, _ACCESS.pattern, fields, _latency_ms, "web").columns == slow.columns
        arrays = access_arrays(block, _ACCESS.pattern, fields, _latency_ms)
        if not set(fields) & {"level", "service", "host"}:
            assert {name: array.to_pylist() for name, array in arrays.columns.items()} == slow.columns
    assert taken and all(found is not None for found in taken)  # (never asked with the time read)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(['"', "\\", " ", "-", "a", "1", "]", "[", "200"]), max_size=6), st.integers(0, 3))
def test_a_line_the_quote_cut_takes_has_the_access_regexs_groups(noise: list[str], where: int) -> None:
    parts = ['1.2.3.4 - u [01/Nov/2026:00:00:00 +0000] "GET /', " HTTP/1.1", '" 200 12 "-', '" "agent', '" 0.5']
    parts[where] += "".join(noise)
    line = "".join(parts)
    shape = access_kernel._regexes(_ACCESS.pattern)[3]
    lines = pa.array([line], pa.large_string())
    cut = access_kernel._by_quotes(lines, shape)
    expected = _ACCESS.match(line)
    if cut is None:
        return
    assert line.count('"') == 6 and expected is not None
    got = {name: column.to_pylist()[0] for name, column in cut.items() if name != "time"}
    assert got == {"request": expected["request"], "status": expected["status"], "bytes": expected["bytes"]} | {
        "extra": expected["extra"]
    }


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(['"', "\\", " ", "-", "a", "1", "]", "[", "200", "\n", "\t", "\x0b", "\x1c"]), max_size=6),
    st.integers(0, 4),
    st.integers(0, 70),
    st.booleans(),
)
def test_a_block_cut_whole_has_the_access_regexs_groups_on_every_line(
    noise: list[str], where: int, at: int, one_width: bool
) -> None:
    """`_by_block` takes a block only where every line is one `_by_quotes` takes (its one regex
    over the block is that line regex on each line, none running across a newline), and gives
    each line the access regex's groups (the text after the agent of one length or of several,
    the last line with its newline or without)."""
    import pyarrow.compute as pc

    parts = ['1.2.3.4 - u [01/Nov/2026:00:00:00 +0000] "GET /', " HTTP/1.1", '" 200 12 "-', '" "agent', '" 0.500']
    parts[where] += "".join(noise)
    lines = [_PLAIN.format(n=n, s=n % 60, b=n) + ("0" if n < 10 and one_width else "") for n in range(70)]
    lines[at:at] = ["".join(parts)]
    block = "\n".join(lines).encode() + b"\n" * (at % 2)
    regexes = access_kernel._regexes(_ACCESS.pattern)
    cut = access_kernel._by_block(block, regexes[4])
    each = block.decode().removesuffix("\n").split("\n")
    assert (cut is not None) == pc.all(pc.match_substring_regex(pa.array(each), regexes[3])).as_py()
    if cut is None:
        return
    found = [_ACCESS.match(line) for line in each]
    got = {name: column.to_pylist() for name, column in cut.items() if name != "time"}
    assert got == {name: [match[name] for match in found] for name in ("request", "status", "bytes", "extra")}


_TEXT_FIELDS = [("service", "text"), ("text",), ("raw", "service")]


@pytest.mark.parametrize("seed", range(4))
def test_patterns_lines_are_the_record_paths(seed: int) -> None:
    """patterns' columns (the lines as read, the default service) on LF blocks of clean and odd
    access log lines: the record path's, with each line's samples decoded alike."""
    fmt = get_format("access")
    block = _block(seed * 2, _CLEAN + _ODD[:7])
    for fields in _TEXT_FIELDS:
        taken = access_texts.access_texts(block, _ACCESS.pattern, fields, "web")
        assert taken is not None
        slow = LogFormat.parse_block(fmt, block, fields, "web")
        assert {name: list(column) for name, column in taken.columns.items()} == slow.columns
        assert (taken.records, taken.lines, taken.malformed) == (slow.records, slow.lines, slow.malformed)
        assert fmt.parse_block(block, fields, "web").columns.keys() == set(fields)


@pytest.mark.parametrize(
    "odd",
    [
        "not an access log line",
        '1.2.3.4 - - [01/Nov/2026:00:00:00 +0000] "GET /ü HTTP/1.1" 200 1 "-" "x"',  # not ASCII
        "",  # a blank line
        "   ",
    ],
)
def test_patterns_lines_a_kernel_must_not_read_are_left_to_the_record_path(odd: str) -> None:
    fmt = get_format("access")
    for block in (_block(0, [odd]), _block(1, _CLEAN)):  # (seed 1: CRLF endings)
        assert access_texts.access_texts(block, _ACCESS.pattern, ("service", "text"), "web") is None
        slow = LogFormat.parse_block(fmt, block, ("service", "text"), "web")
        assert fmt.parse_block(block, ("service", "text"), "web").columns == slow.columns


_COUNTED_FIELDS = [("service", "level"), ("second", "level"), ("timestamp", "status", "level"), ("level",)]


@pytest.mark.parametrize("seed", range(6))
def test_counts_in_arrow_are_the_record_paths(seed: int) -> None:
    """services' and timeline's keys counted from the kernel's arrays: the record path's counts
    (seconds as to_seconds reads them, levels from the status), LF and CRLF blocks, odd lines."""
    from logmr.formats.base import counted

    fmt = get_format("access")
    lines = [*_CLEAN, *_ODD[1:4]] if seed < 3 else [*_CLEAN, *_ODD]
    block = _block(seed, [line.replace("00:00:00", f"0{seed}:1{seed}:2{seed}") for line in lines])
    for fields in _COUNTED_FIELDS:
        taken = access_counts.access_counts(block, _ACCESS.pattern, fields, "web")
        assert taken is not None
        slow_batch, slow = counted(fields, lambda parsed: LogFormat.parse_block(fmt, block, parsed, "web"))
        assert taken[1] == slow, fields
        assert (taken[0].records, taken[0].lines) == (slow_batch.records, slow_batch.lines)
        assert fmt.count_block(block, fields, "web")[1] == slow


def test_counts_a_kernel_must_not_read_are_left_to_the_record_path() -> None:
    fmt = get_format("access")
    from logmr.formats.base import counted

    for odd in ("not an access log line", '1.2.3.4 - - [01/Nov/2026:00:00:00 +0000] "GET /ü HTTP/1.1" 200 1 "-" "x"'):
        block = _block(2, [odd])
        assert access_counts.access_counts(block, _ACCESS.pattern, ("second", "level"), "web") is None
        slow = counted(("second", "level"), partial(LogFormat.parse_block, fmt, block, default_service="web"))[1]
        assert fmt.count_block(block, ("second", "level"), "web")[1] == slow
