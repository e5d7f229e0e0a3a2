"""logmr_native.KeyCounts and ascii_words (layer/native/key_counts.c): counts of byte keys held in C,
a list of texts' ASCII words and merge_counts's sums, checked against Python's own (bytes.split,
Counter, re.findall) and count_lines' lines and sums."""

from __future__ import annotations

import heapq
import re
import threading
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from logmr.engine.count_lines import encoded_partitions, summed_partition
from logmr.native import KeyCounts, ascii_words, merge_counts

pytestmark = pytest.mark.skipif(KeyCounts is None, reason="logmr_native is not built (scripts/setup.sh builds it)")

# Keys over a small alphabet (many repeats, many sharing their first 8 bytes) and any bytes.
_PLAIN = st.binary(min_size=1, max_size=20).map(lambda b: bytes(0x23 + c % 0x39 if c < 0xC0 else c for c in b))
_NEAR = st.text("ab#", min_size=1, max_size=14).map(str.encode)
_BLANKS = st.sampled_from([b" ", b"\n", b"\t", b"\r\n", b"\x0b\x0c", b"  \n "])


@st.composite
def _texts(draw: st.DrawFn) -> bytes:
    keys = draw(st.lists(st.one_of(_PLAIN, _NEAR, st.binary(min_size=1, max_size=12)), max_size=60))
    parts = [draw(_BLANKS) if draw(st.booleans()) else b""]
    for key in keys:
        parts += [key, draw(_BLANKS)]
    return b"".join(parts[:-1] if draw(st.booleans()) and len(parts) > 1 else parts)


@settings(max_examples=300, deadline=None)
@given(st.lists(_texts(), min_size=1, max_size=5), st.sampled_from([1, 2, 3, 8, 64]))
def test_keys_counted_as_python_splits_and_counts_them(texts: list[bytes], partitions: int) -> None:
    counts, expected = KeyCounts(), Counter()
    for text in texts:
        assert counts.add(text) == len(text.split())
        expected.update(text.split())
    assert dict(counts.items()) == expected
    assert len(counts) == len(expected)
    plain = all(b > 0x22 and b != 0x5C for key in expected for b in key)
    assert counts.partitions(partitions) == (encoded_partitions(dict(expected), partitions) if plain else None)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(_PLAIN, max_size=200), min_size=1, max_size=4), st.dictionaries(_PLAIN, st.integers(-5, 9**9)))
def test_counts_added_to_counted_keys(texts: list[list[bytes]], added: dict[bytes, int]) -> None:
    counts, expected = KeyCounts(), Counter()
    for keys in texts:
        counts.add(b" ".join(keys))
        expected.update(keys)
    counts.add_counts(added)
    for key, value in added.items():
        expected[key] += value
    assert dict(counts.items()) == dict(expected)  # (a key added with 0 is held)
    assert counts.partitions(5) == encoded_partitions(dict(expected), 5)


def test_many_keys_grow_the_table_and_clear_empties_it() -> None:
    words = [b"w%d" % (i % 50_000) for i in range(400_000)]
    counts = KeyCounts()
    small = counts.nbytes
    assert counts.add(b"\n".join(words)) == 400_000
    assert len(counts) == 50_000 and counts.nbytes > small + 50_000 * 32
    assert dict(counts.items()) == Counter(words)
    counts.clear()
    assert len(counts) == 0 and counts.items() == [] and counts.partitions(3) == [b"", b"", b""]
    assert counts.add(b"again") == 1 and counts.items() == [(b"again", 1)]


def test_bad_arguments_are_refused() -> None:
    counts = KeyCounts()
    counts.add(b"a")
    with pytest.raises(TypeError):
        counts.add("text")
    with pytest.raises(TypeError):
        counts.add_counts({"a": 1})
    with pytest.raises(TypeError):
        counts.add_counts([(b"a", 1)])
    with pytest.raises(OverflowError):
        counts.add_counts({b"a": 2**63})
    with pytest.raises(OverflowError):
        counts.add_counts({b"a": 2**63 - 1})  # (past 64 bits with the 1 counted)
    with pytest.raises(ValueError, match="partitions"):
        counts.partitions(0)
    assert counts.items() == [(b"a", 1)]


def test_threads_count_one_table_one_at_a_time() -> None:
    """The table is counted into without the GIL: calls from other threads meanwhile are refused,
    never interleaved; every call that returned counted its keys."""
    counts, counted, refused = KeyCounts(), [], []
    text = b" ".join(b"k%d" % i for i in range(200_000))

    def work() -> None:
        for _ in range(5):
            try:
                counted.append(counts.add(text))
            except RuntimeError:
                refused.append(1)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(counted) + len(refused) == 20
    assert sum(n for _, n in counts.items()) == sum(counted) and len(counts) == 200_000


_JSON_KEYS = st.binary(max_size=10).map(lambda b: b'"' + b.replace(b"\t", b"").replace(b"\n", b"") + b'"')


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.dictionaries(st.sampled_from([b'"a"', b'"ab"', b'"b"', b'""']) | _JSON_KEYS, st.integers(-3, 10**15)),
        max_size=6,
    ),
    st.integers(0, 25),
)
def test_shuffle_lines_merged_as_python_sums_them(maps: list[dict[bytes, int]], n: int) -> None:
    """A reduce's lines (`KEY\tVALUE\n`, each map's sorted) merged: the rows, keys, total and top
    n rows by (-count, key) of count_lines.summed_partition and heapq over the same lines."""
    segments = [b"".join(b"%s\t%d\n" % pair for pair in sorted(counts.items())) for counts in maps]
    keys, sums = summed_partition(segments)
    ranked = heapq.nsmallest(n, zip([-v for v in sums], keys, strict=True))
    rows = b"".join(b'{"key":%s,"value":%d}\n' % pair for pair in zip(keys, sums, strict=True))
    top = [(key, -rank) for rank, key in ranked]
    assert merge_counts(segments, n) == (rows, len(keys), sum(sums), top)
    assert merge_counts([memoryview(segment) for segment in segments], n) == (rows, len(keys), sum(sums), top)


@pytest.mark.parametrize(
    "lines",
    [
        b'"a"\t1',
        b'"a"\t01\n',
        b'"a"\t1.5\n',
        b'"a"1\n',
        b'"a"\t\n',
        b'"a"\t-\n',
        b'"a"\t1\t2\n',
        b'"a"\t1234567890123456789\n',
        b'"a"\t+1\n',
        b'"a"\t 1\n',
        b'"b"\t1\n"a"\t1\n',
    ],
)
def test_lines_c_does_not_merge_are_left_to_python(lines: bytes) -> None:
    """Lines not `KEY\tINTEGER\n` (a JSON integer of 18 digits at most), or out of order: None."""
    assert merge_counts([b'"a"\t1\n', lines], 3) is None


def test_sums_past_64_bits_are_left_to_python() -> None:
    big = b'"a"\t900000000000000000\n'
    assert merge_counts([big] * 10, 1)[2] == 9 * 10**18
    assert merge_counts([big] * 11, 1) is None  # (a key's sum past 2**63)
    assert merge_counts([b'"%d"\t900000000000000000\n' % k for k in range(11)], 1) is None  # (the total)


def test_merge_refuses_what_is_not_a_list_of_segments() -> None:
    assert merge_counts([], 5) == (b"", 0, 0, [])
    with pytest.raises(TypeError):
        merge_counts((b'"a"\t1\n',), 1)
    with pytest.raises(TypeError):
        merge_counts(["text"], 1)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(st.characters(codec="utf-8") | st.sampled_from("aZ_9 -.\n\t\u00e9\u6771"), max_size=30)))
def test_ascii_words_are_pythons_words_of_the_ascii_texts(texts: list[str]) -> None:
    """ascii_words: the ASCII texts' lowercased \\w+ words (blanks between), the others handed back."""
    words, others = ascii_words(texts)
    assert words.split() == re.findall(rb"\w+", "\n".join(t for t in texts if t.isascii()).lower().encode())
    assert others == [t for t in texts if not t.isascii()]
    assert len(words) == sum(len(t) + 1 for t in texts if t.isascii())


def test_ascii_words_refuses_what_is_not_a_list_of_str() -> None:
    assert ascii_words(["a\ud800b", "Ok"]) == (b"ok ", ["a\ud800b"])  # (a lone surrogate: not ASCII)
    with pytest.raises(TypeError):
        ascii_words(["a", None])
    with pytest.raises(TypeError):
        ascii_words(("a",))


def test_the_empty_key_is_bytes_and_a_long_top_is_every_row() -> None:
    counts = KeyCounts()
    counts.add_counts({b"": 2})
    assert counts.items() == [(b"", 2)] and counts.partitions(2) in ([b'""\t2\n', b""], [b"", b'""\t2\n'])
    lines = b'\t5\n"a"\t1\n'
    assert merge_counts([lines], 2**61) == (
        b'{"key":,"value":5}\n{"key":"a","value":1}\n',
        2,
        6,
        [(b"", 5), (b'"a"', 1)],
    )


def test_python_code_run_inside_add_counts_cannot_change_what_it_reads() -> None:
    """A value's __index__ that empties the dict being added: the copy read is the one added."""
    counts, added = KeyCounts(), {}

    class Count:
        def __index__(self) -> int:
            added.clear()
            return 3

    added.update({b"k" * 100: Count(), b"j": 1})
    counts.add_counts(added)
    assert sorted(counts.items()) == [(b"j", 1), (b"k" * 100, 3)]


_VALUES = st.one_of(st.none(), st.sampled_from(["", "a", "INFO", "2026-11-30T12:00:01", "é東", "a\x00b", "x" * 300]))


@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(st.tuples(_VALUES, _VALUES, _VALUES), min_size=1, max_size=60),
    width=st.integers(1, 3),
    start=st.integers(0, 5),
    large=st.booleans(),
)
def test_rows_counted_in_c_as_arrow_counts_them(rows: list[tuple], width: int, start: int, large: bool) -> None:
    """count_rows (columnar.group_counts in C) gives the rows and counts Arrow's path gives, in the
    order first found: nulls, empty texts, non-ASCII, NULs, long values, sliced arrays (offsets into
    their buffers), string and large_string columns."""
    import pyarrow as pa

    from logmr.formats import columnar

    kind = pa.large_string() if large else pa.string()
    columns = [pa.array([row[c] for row in rows], kind)[start:] for c in range(width)]
    assume_rows = len(columns[0]) > 0
    found = list(columnar.group_counts(columns))
    c_count, columnar.count_rows = columnar.count_rows, None
    try:
        expected = list(columnar.group_counts(columns))
    finally:
        columnar.count_rows = c_count
    assert c_count is not None and found == expected
    if assume_rows:
        assert [row for row, _ in found] == list(dict.fromkeys(zip(*(c.to_pylist() for c in columns), strict=True)))


def test_count_rows_refuses_what_is_out_of_bounds() -> None:
    import struct

    from logmr.native import count_rows

    offsets = struct.pack("3q", 0, 1, 2)
    assert count_rows(2, [(0, None, offsets, b"ab", True)]) == [(("a",), 1), (("b",), 1)]
    with pytest.raises(ValueError):
        count_rows(3, [(0, None, offsets, b"ab", True)])  # (past the offsets)
    with pytest.raises(ValueError):
        count_rows(2, [(0, None, struct.pack("3q", 0, 1, 9), b"ab", True)])  # (past the data)
    with pytest.raises(ValueError):
        count_rows(2, [(0, b"", offsets, b"ab", True)])  # (a validity bitmap too short)
    with pytest.raises(ValueError):
        count_rows(1, [])
    with pytest.raises(TypeError):
        count_rows(1, [(0, None, offsets)])
    assert count_rows(1, [(0, None, offsets, b"\xff", True)]) is None  # (not UTF-8: Arrow's path)
