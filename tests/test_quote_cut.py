"""quote_cut.c's `quoted_columns` (an access log block cut at its quotes in C) against the Arrow cut
it replaced in access_kernel._by_block: the same request, status, bytes and extra text columns; and
its `doubled` (a byte twice in a row, 16 bytes at a time) against `bytes`' own search."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from logmr.formats import access_kernel
from logmr.formats.access import _ACCESS
from logmr.native import doubled, quoted_columns

needs_c = pytest.mark.skipif(quoted_columns is None, reason="logmr_native not built")

_TEXT = st.text(st.characters(min_codepoint=32, max_codepoint=126, blacklist_characters='"\\'), max_size=12)


@st.composite
def _line(draw: st.DrawFn) -> str:
    status = draw(st.sampled_from(["200", "404", "503"]))
    size = draw(st.sampled_from(["0", "-", "1234", "99999999999"]))
    extra = draw(st.sampled_from(["", " 0.123", " rt=0.5 x", "  D=12 "]))
    request, referer, agent = draw(_TEXT), draw(_TEXT), draw(_TEXT)
    second = draw(st.integers(10, 59))
    return f'1.2.3.4 - - [01/Nov/2026:00:00:{second} +0000] "{request}" {status} {size} "{referer}" "{agent}"{extra}'


@needs_c
@settings(max_examples=200, deadline=None)
@given(st.lists(_line(), min_size=64, max_size=120), st.booleans())
def test_the_cut_in_c_is_arrows(lines: list[str], newline: bool) -> None:
    block = "\n".join(lines).encode() + (b"\n" if newline else b"")
    shape = access_kernel._regexes(_ACCESS.pattern)[4]
    found = access_kernel._by_block(block, shape)
    saved, access_kernel.quoted_columns = access_kernel.quoted_columns, None  # (hypothesis: no monkeypatch)
    try:
        arrow = access_kernel._by_block(block, shape)
    finally:
        access_kernel.quoted_columns = saved
    assert found is not None and arrow is not None
    for name in ("request", "status", "bytes", "extra"):
        assert found[name].to_pylist() == arrow[name].to_pylist(), name


@needs_c
def test_a_line_without_six_quotes_leaves_the_block_and_slices_are_pythons() -> None:
    assert quoted_columns(b'a "b" 200 1 "c" "d"\na "b" 200 1 "c"\n') is None
    assert quoted_columns(b'a "b" 200 1 "c" "d" "e"\n') is None
    columns = quoted_columns(b'h "GET /" 2 "r" "a" x\nh "" 123 "" ""')  # (a short ` STATUS BYTES `: sliced as Python)
    texts = []
    for ends, data in columns:
        offsets = memoryview(ends).cast("q").tolist()
        texts.append([data[a:b].decode() for a, b in pairwise(offsets)])
    assert texts == [["GET /", ""], ["2 ", "123"], ["", ""], [" x", ""]]
    assert quoted_columns(b"") == [(bytes(8), b"")] * 4


@needs_c
@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=80), st.integers(0, 40), st.sampled_from([32, 61, 0, 255]))
def test_doubled_finds_a_byte_twice_in_a_row_as_bytes_in_does(text: bytes, shift: int, byte: int) -> None:
    """Every place two bytes may meet: inside a 16-byte step, across two, in the tail."""
    text = bytes([7]) * shift + text  # (the text's own bytes at every offset from a step's start)
    assert doubled(text, byte) == (bytes([byte, byte]) in text)
    for at in range(len(text) - 1):
        marked = text[:at] + bytes([byte, byte]) + text[at + 2 :]
        assert doubled(marked, byte)


@needs_c
def test_doubled_refuses_a_value_past_a_byte() -> None:
    with pytest.raises(ValueError):
        doubled(b"  ", 256)
