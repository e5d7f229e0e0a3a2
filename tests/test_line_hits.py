"""logmr_native.LineHits and hit_samples (layer/native/line_hits.c): a Hyperscan scan's matches kept
in C and mapped to their lines, and the lines found counted and sampled by key, against the Python
paths they replace (hyperscan_patterns._lines_of, TextBlock.kept_samples, base.keep_samples) and a
count by hand."""

from __future__ import annotations

import random
import struct
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from logmr.analyses.hyperscan_patterns import _lines_of
from logmr.formats.base import MAX_SAMPLE_CHARS, keep_samples
from logmr.formats.json_text import TextBlock
from logmr.native import LineHits, hit_samples

pytestmark = pytest.mark.skipif(LineHits is None, reason="the C kernels are built by scripts/setup.sh")

_LINE = st.text(alphabet="ab \t:é東😀\x00", max_size=12)


@settings(max_examples=300, deadline=None)
@given(
    lines=st.lists(_LINE, min_size=1, max_size=12),
    reports=st.lists(st.tuples(st.integers(0, 3), st.integers(1, 200)), max_size=40),
    past_cut=st.integers(0, 3),
)
def test_lines_of_matches_as_in_python(lines: list[str], reports: list[tuple[int, int]], past_cut: int) -> None:
    """Matches reported in any order (several per line, the same end twice, one ending on the
    newline itself) give each pattern's lines as _lines_of does, increasing and each once, leaving
    out those past `past`; the spans are each line's bytes. (No match ends at 0: a pattern that
    may match nothing runs on RE2.)"""
    data = ("\n".join(lines) + "\n").encode()
    past = max(len(data) - past_cut, 0)
    reports = [(k, min(end, len(data))) for k, end in reports]  # (a match ends inside the data)
    hits = LineHits()
    for k, end in reports:
        assert hits(k, 0, end, 0, None) is None
    found, begins, ends = hits.lines(data, past, 4)
    expected = _lines_of([(end, k) for k, end in reports], data, past, 4, {})
    assert found == [sorted(set(lines)) for lines in expected]
    begins, ends = memoryview(begins).cast("q"), memoryview(ends).cast("q")
    assert [data[b:e] for b, e in zip(begins, ends, strict=True)] == data.split(b"\n")


def test_a_scan_keeps_its_matches_in_c() -> None:
    """The patterns job's Hyperscan pass, with LineHits as its callback: the lines each pattern
    finds, equal to RE2's line by line, and the block's spans set for its samples."""
    from logmr.analyses.linear import LinearPatterns

    rng = random.Random(3)
    words = ["timed out", "ok", "München", "status=503", "Error", "x" * 40, "connection refused", "é"]
    lines = [" ".join(rng.choices(words, k=rng.randint(1, 6))) for _ in range(3000)]
    sources = {"timeout": r"(?i)timed? ?out", "munich": "München", "status": r"status=5\d\d", "word": r"\bError\b"}
    block = TextBlock.of_lines(lines)
    found = LinearPatterns(sources).matching_lines(block)
    assert found == LinearPatterns(sources, "lines").matching_lines(lines)
    assert block.spans is not None and len(block.spans[0]) == len(block.spans[1]) == 3000
    assert [block.line_bytes(i) for i in (0, 2999, -1)] == [lines[0].encode(), lines[-1].encode(), lines[-1].encode()]
    assert all(found)


@settings(max_examples=200, deadline=None)
@given(seed=st.integers(0, 10**6), limit=st.integers(1, 5), keyed=st.booleans())
def test_samples_by_key_as_keep_samples(seed: int, limit: int, keyed: bool) -> None:
    """Each key's count and samples equal keep_samples over its lines' texts: duplicates kept once,
    long lines (ASCII, non-ASCII, just past the cut) cut as text, any order of hits."""
    rng = random.Random(seed)
    pieces = ["a", "b b", "same", "é" * 300, "x" * (MAX_SAMPLE_CHARS - 2), "ü" * MAX_SAMPLE_CHARS, "東京😀", ""]
    lines = [" ".join(rng.choices(pieces, k=rng.randint(1, 3))) for _ in range(rng.randint(1, 40))]
    block = TextBlock.of_lines(lines)
    hits = [rng.randrange(len(lines)) for _ in range(rng.randint(1, 60))]
    keys = [rng.choice(["api", "db", None, 7]) for _ in hits] if keyed else None
    grouped = block.grouped_samples(hits, keys, limit)
    by_key: dict = {}
    for i, hit in enumerate(hits):
        by_key.setdefault(keys[i] if keyed else None, []).append(lines[hit])
    assert grouped == {key: (len(texts), keep_samples([], texts, limit)) for key, texts in by_key.items()}
    assert list(grouped) == list(by_key)  # (keys in the order first found)
    assert Counter(key for key in (keys or [None] * len(hits))) == Counter({k: v[0] for k, v in grouped.items()})


def test_samples_give_way_to_python_where_a_text_is_not_utf8() -> None:
    """An item past the cut that is not well-formed UTF-8 before it (a lone surrogate's bytes, a
    cut sequence), or a kept text that is not UTF-8: None, the caller's Python path reads it."""
    spans = struct.pack("qq", 0, 0), struct.pack("qq", 600, 2)
    for bad in (b"\xed\xa0\x80" + b"a" * 597, b"a" * 10 + b"\xff" + b"a" * 589, b"\xe6\x9d" + b"a" * 598):
        assert hit_samples(bad, spans[0][:8], spans[1][:8], [0], None, 3, MAX_SAMPLE_CHARS) is None
    assert hit_samples(b"\xff\xfe", struct.pack("q", 0), struct.pack("q", 2), [0], None, 3, 500) is None
    cut = hit_samples(b"\xc3\xa9" * 600, struct.pack("q", 0), struct.pack("q", 1200), [0], None, 3, 500)
    assert cut == {None: (1, ["é" * 500])}


def test_bad_arguments_are_refused() -> None:
    hits = LineHits()
    with pytest.raises(ValueError):
        hits(70000, 0, 1, 0, None)  # (a pattern id past 16 bits)
    with pytest.raises(TypeError):
        hits(1, 0)
    with pytest.raises(TypeError):
        hits("a", 0, 1, 0, None)
    hits(5, 0, 1, 0, None)
    with pytest.raises(ValueError):
        hits.lines(b"a\n", 10, 2)  # (a match of pattern 5 among 2)
    one = struct.pack("q", 0), struct.pack("q", 1)
    with pytest.raises(IndexError):
        hit_samples(b"a", *one, [1], None, 3, 500)  # (no item 1)
    with pytest.raises(IndexError):
        hit_samples(b"a", one[0], struct.pack("q", 5), [0], None, 3, 500)  # (an item past the data)
    with pytest.raises(ValueError):
        hit_samples(b"a", *one, [0], ["k", "l"], 3, 500)  # (a key per hit)
    with pytest.raises(ValueError):
        hit_samples(b"a", *one, [0], None, 0, 500)
    with pytest.raises(TypeError):
        hit_samples(b"a", *one, [0], [[]], 3, 500)  # (an unhashable key)


def test_keys_that_change_the_callers_lists_are_held() -> None:
    """A key whose hash empties or rewrites the caller's lists (the review's crash, and its freed
    key): the kernel counts the lists as they were given."""
    one = struct.pack("q", 0), struct.pack("q", 1)
    keys: list = []

    class Clearing:
        def __hash__(self) -> int:
            keys.clear()
            return 1

    class Replacing:
        def __hash__(self) -> int:
            keys[0] = "x"
            return 2

    keys[:] = [Clearing(), "b"]
    grouped = hit_samples(b"a", *one, [0, 0], keys, 3, 500)
    assert sorted(count for count, _ in grouped.values()) == [1, 1]
    keys[:] = [Replacing()]
    (key,) = hit_samples(b"a", *one, [0], keys, 3, 500)
    assert isinstance(key, Replacing)


def test_spans_need_no_alignment_and_limits_hold() -> None:
    """Spans from any buffer of int64s (a memoryview one byte in: not aligned); a cut at no
    characters keeps an empty text; LineHits takes empty keyword arguments (not others)."""
    begins = memoryview(b"x" + struct.pack("qq", 0, 2))[1:]
    ends = memoryview(b"x" + struct.pack("qq", 1, 4))[1:]
    assert hit_samples(b"a\nbc", begins, ends, [1, 0], None, 3, 500) == {None: (2, keep_samples([], ["a", "bc"], 3))}
    assert hit_samples(b"abc", struct.pack("q", 0), struct.pack("q", 3), [0], None, 3, 0) == {None: (1, [""])}
    hits = LineHits()
    hits(0, 0, 1, 0, None, **{})
    with pytest.raises(TypeError):
        hits(0, 0, 1, 0, None, extra=1)
