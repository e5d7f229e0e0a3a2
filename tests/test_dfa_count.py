"""The one C pass that counts a block's lines (layer/native/dfa_count.c; formats/dfa_counts.py,
plain_counts.py, line_counts.counted_in_c) against the Arrow path it stands in for, and the
record path: the same counts, records, lines and lines handed back, on generated profiles with
characters RE2 and Python tell apart in their headers, CRs, byte order marks, blank lines, level
words that are none, records past the caps and bytes that are not UTF-8; and the blocks it leaves."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from logmr.formats import access_counts, access_kernel, dfa_counts, line_counts, plain_counts, plain_kernel
from logmr.formats.base import SECOND
from logmr.formats.columnar import block_lines
from logmr.formats.reading import reader_for
from logmr.native import dfa_count
from test_columnar import _kernel_counts, _record_counts
from test_plain_keys import _with_unicode

needs_c = pytest.mark.skipif(dfa_count is None, reason="logmr_native not built")


@pytest.fixture
def taken(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each C pass took its block; the kernels take blocks of any size."""
    monkeypatch.setattr(line_counts, "MIN_KERNEL_LINES", 1)
    monkeypatch.setattr(plain_counts, "MIN_KERNEL_LINES", 1)
    monkeypatch.setattr(plain_kernel, "MIN_KERNEL_LINES", 1)
    found, count = [], dfa_counts.count
    monkeypatch.setattr(plain_counts, "count", lambda *a, **k: found.append(count(*a, **k)) or found[-1])
    monkeypatch.setattr(line_counts, "count", lambda *a, **k: found.append(count(*a, **k)) or found[-1])
    monkeypatch.setattr(access_kernel, "MIN_KERNEL_LINES", 1)
    return found  # type: ignore[return-value]


def _both(fmt, block: bytes, fields: tuple[str, ...], monkeypatch: pytest.MonkeyPatch) -> tuple:
    """(the block counted with the C pass, without it): each as (counts, records, lines, malformed)."""

    def counted() -> tuple:
        batch, counts = fmt.count_block(block, fields, "default")
        return dict(counts), batch.records, batch.lines, batch.malformed

    with_c = counted()
    with monkeypatch.context() as off:
        off.setattr(line_counts, "counted_in_c", lambda *args: None)
        off.setattr(access_counts, "counted_in_c", lambda *args: None)
        off.setattr(plain_kernel, "count_headers", lambda *args: None)
        return with_c, counted()


_PROFILES = [
    "log4j2",
    "logback",
    "python-logging",
    "klog",
    "loghub-hdfs",
    "loghub-spark",
    "rfc5424",
    "aws-alb",
    "access-combined",
]


@needs_c
@pytest.mark.parametrize("profile", _PROFILES)
@pytest.mark.parametrize("seed", range(2))
def test_the_c_pass_counts_what_arrow_and_the_record_path_count(
    tmp_path: Path, profile: str, seed: int, taken: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    block = _with_unicode(tmp_path / "sample", profile, seed)
    if seed:  # CRLF line ends, a byte order mark, a blank line
        block = b"\xef\xbb\xbf" + block.replace(b"\n", b"\r\n") + b"\r\n\r\n"
    fmt = reader_for((tmp_path / "sample").read_bytes()[:65536])
    for fields in (("service", "level"), (SECOND, "level")):
        with_c, arrow = _both(fmt, block, fields, monkeypatch)
        assert with_c == arrow, fields
        assert _kernel_counts(fmt, block, fields)[0] == _record_counts(fmt, block, fields), fields
    assert any(found is not None for found in taken)  # (the C pass took blocks: its counts were compared)


_HEADERS = [
    "2026-11-01 00:00:0{s},{ms:03d} {level} shop.{svc}: user {n} logged in",
    "2026-11-01 00:00:0{s},{ms:03d} {level} shop.{svc}: caf\u00e9 {n} \u6771\u4eac",  # (past ASCII after the header)
    "2026-11-01 00:00:0{s},{ms:03d} {level} sh\u00f6p.{svc}: a service past ASCII",
    "2026-11-01 00:00:0{s},{ms:03d} {level} shop.{svc}:no blank",
    "2026-11-01 00:00:0{s}.{ms:03d} {level} shop.{svc}: a dot fraction",
]
_OTHERS = ["", '  File "x.py", line 3, in f', "Traceback (most recent call last):", "\tat \u00fcber", "ValueError: x"]


@needs_c
@settings(max_examples=150, deadline=None)
@given(st.data())
def test_plain_blocks_count_alike_on_both_paths(data: st.DataObject) -> None:
    """Random python-logging records: the C pass takes a block or leaves it, and counts what Arrow
    counts where it takes it."""
    rng = random.Random(data.draw(st.integers(0, 2**32)))
    good = "\n".join(
        _HEADERS[0].format(s=i % 10, ms=i, level="INFO", svc="api", n=i) for i in range(200)
    )  # (the layout learned from these)
    fmt = reader_for(good.encode())
    lines = []
    for n in range(data.draw(st.integers(1, 300))):
        if n and rng.random() < 0.2:
            lines.append(rng.choice(_OTHERS))
            continue
        level = rng.choice(["INFO", "ERROR", "WARNING", "DEBUG", "CRITICAL"])
        lines.append(rng.choice(_HEADERS).format(s=rng.randrange(10), ms=rng.randrange(1000), level=level,
                                                 svc=rng.choice(["api", "db"]), n=n))  # fmt: skip
    ending = data.draw(st.sampled_from(["\n", "\r\n"]))
    block = ("\ufeff" if data.draw(st.booleans()) else "").encode() + ending.join(lines).encode()
    block += data.draw(st.sampled_from([b"", b"\n", b"\r\n", b"\n\xff\xfe\n"]))  # (bytes not UTF-8: left)
    fields = data.draw(st.sampled_from([("service", "level"), (SECOND, "level"), ("level",)]))
    old = plain_kernel.MIN_KERNEL_LINES, plain_counts.MIN_KERNEL_LINES
    plain_kernel.MIN_KERNEL_LINES = plain_counts.MIN_KERNEL_LINES = 1  # (hypothesis: no monkeypatch fixture)
    try:
        fused = plain_counts.count_headers(plain_kernel.compile_layout(fmt.layout), block, fields, "default")
        saved, plain_kernel.count_headers = plain_kernel.count_headers, lambda *args: None
        try:
            arrow = plain_kernel.count_plain(fmt.layout, block, fields, "default")
        finally:
            plain_kernel.count_headers = saved
    finally:
        plain_kernel.MIN_KERNEL_LINES, plain_counts.MIN_KERNEL_LINES = old
    if fused is not None:
        assert arrow is not None
        assert (fused[0].records, fused[0].lines, dict(fused[1])) == (arrow[0].records, arrow[0].lines, dict(arrow[1]))
    if b"\xff" in block:
        assert fused is None


def _python_logging(lines: list[str]) -> tuple:
    good = "\n".join(_HEADERS[0].format(s=i % 10, ms=i, level="INFO", svc="api", n=i) for i in range(200))
    fmt = reader_for(good.encode())
    return fmt, "\n".join(lines).encode() + b"\n"


@needs_c
def test_a_record_past_the_caps_or_a_block_opening_in_a_record_is_left(taken: list) -> None:
    header = _HEADERS[0].format(s=1, ms=2, level="INFO", svc="api", n=3)
    fmt, block = _python_logging([header] * 10)
    counted = plain_counts.count_headers(plain_kernel.compile_layout(fmt.layout), block, ("level",), None)
    assert counted is not None and counted[0].records == 10 and dict(counted[1]) == {("INFO",): 10}
    for lines in ([header, *["\tat frame"] * 600, header], ["\tat frame", header, header]):
        fmt, block = _python_logging(lines)
        assert plain_counts.count_headers(plain_kernel.compile_layout(fmt.layout), block, ("level",), None) is None
    # (a non-ASCII header line read in Python splits a long record: the Arrow path decides, not C)
    other = _HEADERS[2].format(s=1, ms=2, level="INFO", svc="a", n=1)
    fmt, block = _python_logging([header, *["\tat frame"] * 300, other, *["\tat frame"] * 300])
    assert plain_counts.count_headers(plain_kernel.compile_layout(fmt.layout), block, ("level",), None) is None
    assert plain_kernel.count_plain(fmt.layout, block, ("level",), None) is not None


def _dfa(regex: str) -> dfa_counts.Dfa:
    found = dfa_counts.table(regex)
    assert found is not None, regex
    return found


@needs_c
@pytest.mark.parametrize(
    "block",
    [
        b"",
        b"\n",
        b"\n\n",
        b"a",
        b"a\n",
        b"a\r\n",
        b"a\r",
        b"\xef\xbb\xbfa\nb",
        b"a\r\r\nb\n",
        b"a\n\rb\r\n\r\n",
        b"\r\na\n",
    ],
)
def test_its_lines_are_block_lines(block: bytes) -> None:
    found = dfa_count(block, None, [_dfa("^(?P<a>[a-z\\r]*)$")], None, None, ((0,),), None, None, 1)
    rows, hits, lines, handed, n_handed = found
    expected = block_lines(block).to_pylist()
    assert lines == len(expected) and hits + n_handed == lines
    texts = [text for (text,), n in rows for _ in range(n)]
    assert sorted(texts + (handed.decode().split("\n") if n_handed else [])) == sorted(expected)


@needs_c
def test_a_line_the_check_matches_leaves_the_block_and_rows_are_joined_groups() -> None:
    read, check = _dfa(r"^(?P<a>[0-9]{2}):(?P<b>[a-z]+)\.(?P<c>[0-9]+)$"), _dfa("^[0-9]{2}:")
    block = b"12:ab.3\n12:ab.4\n13:cd.5\nxx\n"
    rows, hits, lines, _, _ = dfa_count(block, None, [read], None, None, ((1, 0), (2,)), None, None, 0)
    assert (hits, lines) == (3, 4) and rows == [(("ab12", "3"), 1), (("ab12", "4"), 1), (("cd13", "5"), 1)]
    assert dfa_count(block + b"14:no dot\n", None, [read], check[:3], None, ((0,),), None, None, 0) is None
    fraction = (0, _dfa(r"^(?P<a>[0-9]{2}:[0-9]{2})\.[0-9]+(?P<b>Z?)$")[:3])
    times = b"12:30.5Z a\n12:30.25Z b\n12:31Z c\n"
    read = _dfa(r"^(?P<t>[^ ]+) (?P<x>[a-z])")
    rows = dfa_count(times, None, [read], None, None, ((0,),), fraction, None, 1)[0]
    assert rows == [(("12:30Z",), 2), (("12:31Z",), 1)]
    test = _dfa("^[0-9]{2}:[0-9]{2}Z")  # (a hit no read matches: a row of None)
    read = _dfa("^(?P<t>[0-9]{2}:[0-9]{2}Z) (?P<x>x)")
    assert dfa_count(times, test[:3], [read], None, None, ((0, 1),), None, None, 1)[:2] == ([((None,), 1)], 1)


@needs_c
def test_arguments_out_of_bounds_are_refused() -> None:
    read = _dfa("^(?P<a>[a-z]+)")
    two = _dfa("^(?P<a>[a-z]+)(?P<b>[0-9]*)")
    for args in (
        (b"a", None, [], None, None, ((0,),), None, None, 1),  # (no read)
        (b"a", None, [read, two], None, None, ((0,),), None, None, 1),  # (reads with other groups)
        (b"a", None, [read], None, None, ((1,),), None, None, 1),  # (a group it has not)
        (b"a", None, [read], None, None, (), None, None, 1),  # (no column)
        (b"a", None, [read], None, None, ((0,),), (1, two[:3]), None, 1),  # (the fraction's column)
        (b"a", None, [(read[0][:-1], *read[1:])], None, None, ((0,),), None, None, 1),  # (255 classes)
    ):
        with pytest.raises(ValueError):
            dfa_count(*args)


@needs_c
@pytest.mark.parametrize("seed", range(4))
def test_access_lines_are_counted_in_c_as_the_record_path_counts_them(seed: int, taken: list) -> None:
    """An access log block in one C pass: the lines the access regex reads counted by their time and
    status, the others (odd lines, non-ASCII ones) on the line path; a status `-` leaves the block."""
    from logmr.formats import get_format
    from logmr.formats.access import _ACCESS
    from logmr.formats.base import LogFormat, counted
    from test_access_kernel import _CLEAN, _COUNTED_FIELDS, _ODD, _block

    fmt = get_format("access")
    block = _block(seed, [*_CLEAN, *_ODD] if seed % 2 else _CLEAN)
    for fields in _COUNTED_FIELDS:
        found = access_counts.access_counts_in_c(fmt, block, _ACCESS.pattern, fields, "web")
        slow_batch, slow = counted(fields, lambda parsed: LogFormat.parse_block(fmt, block, parsed, "web"))
        assert found is not None and dict(found[1]) == dict(slow), fields
        assert (found[0].records, found[0].lines) == (slow_batch.records, slow_batch.lines)
        assert found[0].malformed == slow_batch.malformed
    dash = _block(seed, [*_CLEAN, '1.2.3.4 - - [01/Nov/2026:00:00:00 +0000] "GET / HTTP/1.1" - 1 "-" "x"'])
    assert access_counts.access_counts_in_c(fmt, dash, _ACCESS.pattern, ("level",), "web") is None
