"""String keys given as UTF-8 text (words), counted in Arrow rather than one Python object each.

A block's keys, separated by ASCII whitespace, are split and counted by Arrow's C++ kernels
(`ascii_split_whitespace`, `value_counts`); while a task runs, the blocks' distinct keys are summed
by their `dictionary_encode` codes (sorted, then a cumulative sum read at the end of each code's
run), to bound the memory; for the shuffle lines, and a reduce's sums, the keys are sorted
together and each key's run summed (`arrow_sums.run_sums`: no hashing again).
The shuffle lines of plain keys (count_lines.py: no byte JSON escapes, nor the blank or `!`)
are written whole: each key's partition is the CRC-32 of its JSON, computed for all the keys at
once (zlib's table-driven CRC-32, one byte position at a time over the keys that long), the keys
sorted by Arrow, the `"key"\\tcount\\n` lines joined by it. The bytes are the ones
`count_lines.encoded_partitions` writes for the same counts. pyarrow alone (numpy is no
dependency), and no Python value made an Arrow scalar or array by pyarrow (that imports pandas,
where installed): every constant is read from an array built on a buffer.
"""

from __future__ import annotations

import zlib
from array import array
from itertools import pairwise
from typing import Any

from ..formats.arrow_sums import run_sums, sums_by_key, text_array, text_bytes
from ..formats.columnar import int64_array
from .count_lines import plain_keys

# Keys longer than this have their CRC-32 from zlib, one call each (few: a byte position costs a
# few Arrow calls over the keys at least that long).
_LONGEST_VECTORISED = 64


def _crc_table() -> array:
    """zlib's CRC-32 table: the register after one byte, for each byte value."""
    table = array("I")
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xEDB88320 if crc & 1 else crc >> 1
        table.append(crc)
    return table


_TABLE = _crc_table()


def _array(type_: Any, values: Any, length: int) -> Any:
    """An Arrow array of a fixed-width type on a buffer."""
    import pyarrow as pa

    return pa.Array.from_buffers(type_, length, [None, pa.py_buffer(values)])


def _uint32s(*values: int) -> Any:
    import pyarrow as pa

    return _array(pa.uint32(), array("I", values), len(values))


def _offsets(keys: Any) -> Any:
    """A large_string array's value offsets (Arrow int64, one more than the keys)."""
    import pyarrow as pa

    return pa.Array.from_buffers(pa.int64(), len(keys) + 1, [None, keys.buffers()[1]], offset=keys.offset)


def _crc_step(state: Any, byte: Any, table: Any, constants: Any) -> Any:
    """The CRC-32 registers after one more byte each (uint32 arrays)."""
    import pyarrow.compute as pc

    low, eight = constants[0], constants[1]
    return pc.bit_wise_xor(table.take(pc.bit_wise_and(pc.bit_wise_xor(state, byte), low)), pc.shift_right(state, eight))


def quoted_crc32(keys: Any) -> Any:
    """zlib.crc32 of each key in quotes (its JSON, for plain keys), for a large_string array:
    a uint32 array. Every key's register takes its bytes a position at a time; the keys sorted
    longest first, those that long are a prefix."""
    import pyarrow as pa
    import pyarrow.compute as pc

    offsets = _offsets(keys)
    lengths = pc.subtract(offsets[1:], offsets[:-1])
    size = offsets[-1].as_py()
    data = _array(pa.uint8(), keys.buffers()[2] if size else b"", size)
    order = pc.sort_indices(lengths, sort_keys=[("", "descending")])
    counted = pc.value_counts(lengths)
    per_length = dict(zip(counted.field("values").to_pylist(), counted.field("counts").to_pylist(), strict=True))
    long = sum(n for length, n in per_length.items() if length > _LONGEST_VECTORISED)
    starts, table = offsets.take(order), _uint32s(*_TABLE)
    constants = _uint32s(0xFF, 8, ~zlib.crc32(b'"') & 0xFFFFFFFF, ord('"'))
    state = _array(pa.uint32(), array("I", [constants[2].as_py()]) * (len(keys) - long), len(keys) - long)
    positions = int64_array(range(_LONGEST_VECTORISED))
    longer, finished = len(keys), []  # the keys longer than the position
    for position in range(min(max(per_length, default=0), _LONGEST_VECTORISED)):
        longer -= per_length.get(position, 0)
        if longer - long < len(state):
            finished.append(state[longer - long :])
            state = state[: longer - long]
        byte = pc.cast(data.take(pc.add(starts[long:longer], positions[position])), pa.uint32())
        state = _crc_step(state, byte, table, constants)
    state = _crc_step(pa.concat_arrays([state, *reversed(finished)]), constants[3], table, constants)
    text = keys.take(order[:long]).cast(pa.large_binary()).to_pylist()
    crc = array("I", (zlib.crc32(b'"', zlib.crc32(key, zlib.crc32(b'"'))) for key in text))
    in_order = pa.concat_arrays([_array(pa.uint32(), crc, long), pc.bit_wise_not(state)])
    return in_order.take(pc.sort_indices(order))


def _prefixes(keys: Any) -> Any:
    """Each key's first 8 bytes (zeros past its end) as a big-endian uint64: where two differ, the
    keys compare as they do (a key shorter than 8 bytes is a prefix of those it ties with)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    zeros, empty = text_array([bytes(8), b""]).cast(pa.large_binary())
    heads = pc.binary_join_element_wise(pc.binary_slice(keys.cast(pa.large_binary()), 0, 8), zeros, empty)
    # (each head's bytes reversed: read as a little-endian integer, the big-endian one)
    heads = pc.binary_reverse(pc.binary_slice(heads, 0, 8)).cast(pa.binary(8))
    return pa.Array.from_buffers(pa.uint64(), len(keys), [None, heads.buffers()[1]], offset=heads.offset)


def key_order(keys: Any, *first: Any) -> Any:
    """The order of distinct keys (large_string) by their UTF-8 bytes, after the integer arrays
    `first`: their 8-byte prefixes sorted as integers, ties by the whole key (a string sort alone
    takes 2.5 times as long)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    columns = [*first, _prefixes(keys), keys]
    names = [str(k) for k in range(len(columns))]
    table = pa.RecordBatch.from_arrays(columns, names=names)
    return pc.sort_indices(table, sort_keys=[(name, "ascending") for name in names])


class EncodedCounts:
    """Counts of UTF-8 keys, held as Arrow arrays: distinct keys (large_string) and their counts."""

    def __init__(self) -> None:
        self._keys: list[Any] = []  # each of distinct keys
        self._counts: list[Any] = []
        self.entries = 0  # the keys held, over all the arrays (at least the distinct keys)
        self.distinct = 0  # the distinct keys when they were last merged

    def __len__(self) -> int:
        return self.entries

    @property
    def nbytes(self) -> int:
        return sum(keys.nbytes for keys in self._keys) + 8 * self.entries

    def add_text(self, text: bytes) -> int:
        """Count the keys of UTF-8 text, separated by ASCII whitespace; how many there were."""
        import pyarrow as pa
        import pyarrow.compute as pc

        counted = pc.value_counts(pc.ascii_split_whitespace(text_array([text])).values)
        keys, counts = counted.field("values"), counted.field("counts")
        words = pc.cast(pc.binary_length(keys), pa.bool_())  # (not the empty text before a leading blank)
        if words.false_count:
            keys, counts = keys.filter(words), counts.filter(words)
        self._add(keys, counts)
        return pc.sum(counts).as_py() or 0

    def add_counts(self, counts: dict[bytes, int]) -> None:
        """Add counts of UTF-8 keys."""
        self._add(text_array(list(counts)), int64_array(counts.values()))

    def _add(self, keys: Any, counts: Any) -> None:
        if len(keys):
            self._keys.append(keys)
            self._counts.append(counts)
            self.entries += len(keys)

    def merged(self) -> tuple[Any, Any]:
        """The distinct keys and their counts (Arrow arrays), what was added summed into one."""
        import pyarrow as pa
        import pyarrow.compute as pc

        if not self._keys:
            return text_array([]), int64_array([])
        self.distinct = self.entries
        if len(self._keys) > 1:  # (one dictionary over the arrays as chunks: their keys never copied together)
            found = pc.dictionary_encode(pa.chunked_array(self._keys)).chunks
            keys, codes = found[0].dictionary, pa.concat_arrays([chunk.indices for chunk in found])
            self._keys = found = []
            sums = sums_by_key(codes, pa.concat_arrays(self._counts))[1]
            self._keys, self._counts = [keys], [sums]
            self.entries = self.distinct = len(keys)
        return self._keys[0], self._counts[0]

    def items(self) -> list[tuple[bytes, int]]:
        """(key, count) pairs, as Python objects."""
        import pyarrow as pa

        keys, counts = self.merged()
        return list(zip(keys.cast(pa.large_binary()).to_pylist(), counts.to_pylist(), strict=True))

    def _sorted(self) -> tuple[Any, Any]:
        """The distinct keys in the order of their bytes (`key_order`), and their counts: the arrays'
        keys sorted together and each key's run summed (not hashed again, as `merged` would)."""
        import pyarrow as pa

        if len(self._keys) < 2:
            keys, counts = self.merged()
            order = key_order(keys)
            return keys.take(order), counts.take(order)
        keys, counts = pa.concat_arrays(self._keys), pa.concat_arrays(self._counts)
        order = key_order(keys)
        keys, counts = run_sums(keys.take(order), counts.take(order))
        self._keys, self._counts = [keys], [counts]
        self.entries = self.distinct = len(keys)
        return keys, counts

    def partitions(self, partitions: int) -> list[bytes] | None:
        """Each partition's sorted `"key"\\tcount\\n` lines, as `count_lines.encoded_partitions`
        writes them; None where a key is not plain (count_lines.plain_keys)."""
        import pyarrow.compute as pc

        keys, counts = self._sorted()
        offsets = _offsets(keys)
        if not len(keys) or not plain_keys([keys.buffers()[2][offsets[0].as_py() : offsets[-1].as_py()].to_pybytes()]):
            return None if len(keys) else [b""] * partitions
        crc, modulus = quoted_crc32(keys), _uint32s(partitions)[0]
        partition = pc.subtract(crc, pc.multiply(pc.divide(crc, modulus), modulus))
        order = pc.sort_indices(partition)  # (stable: each partition's keys stay sorted)
        lines = _joined_rows(b'"', keys.take(order), b'"\t', counts.take(order), b"\n")
        counted = pc.value_counts(partition)
        sizes = dict(zip(counted.field("values").to_pylist(), counted.field("counts").to_pylist(), strict=True))
        ends = [0]
        for part in range(partitions):
            ends.append(ends[-1] + sizes.get(part, 0))
        bounds, body = _offsets(lines).take(int64_array(ends)).to_pylist(), lines.buffers()[2]
        return [body[start:end].to_pybytes() for start, end in pairwise(bounds)]


def summed_lines(segments: list[bytes]) -> tuple[Any, Any] | None:
    """The keys (JSON, sorted as their lines) and summed counts (Arrow arrays) of `key\\tvalue\\n`
    lines over the segments, or None where a value is not an integer (a key's JSON holds no tab)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    lines = pc.split_pattern(text_array([b"".join(segments)]), "\n").values
    pairs = pc.split_pattern(lines[: len(lines) - 1], "\t", max_splits=1)  # (the text after the last newline: none)
    del lines  # (each copy of the text let go as soon as the next is made: a partition may be large)
    first, second = int64_array([0, 1])
    keys, numbers = pc.list_element(pairs, first), pc.list_element(pairs, second)
    del pairs
    try:
        counts = pc.cast(numbers, pa.int64())
        order = key_order(keys)  # (every map's lines sorted together: a key's lines next to each other)
        return run_sums(keys.take(order), counts.take(order))
    except pa.ArrowInvalid:  # (a value that is no integer, or a sum past 64 bits)
        return None


def _joined_rows(before: bytes, keys: Any, between: bytes, counts: Any, after: bytes) -> Any:
    """`{before}{key}{between}{count}{after}` for each row (an Arrow large_string array)."""
    import pyarrow.compute as pc

    texts = text_array([b"", before, between, after])
    none, head, middle, tail = (texts[i] for i in range(4))
    return pc.binary_join_element_wise(head, keys, middle, pc.cast(counts, texts.type), tail, none)


def lines_of(keys: Any, counts: Any) -> bytes:
    """`key\\tcount\\n` lines of Arrow keys (JSON) and counts, as count_lines.lines_of writes them."""
    return text_bytes(_joined_rows(b"", keys, b"\t", counts, b"\n"))


def json_rows(keys: Any, counts: Any) -> memoryview:
    """`{"key":KEY,"value":COUNT}` lines of Arrow keys (JSON) and counts, as rows.LinesPart writes
    them: a view of Arrow's buffer (a partition's rows are not copied again)."""
    rows = _joined_rows(b'{"key":', keys, b',"value":', counts, b"}\n")
    offsets = _offsets(rows)
    return memoryview(rows.buffers()[2] if len(rows) else b"")[offsets[0].as_py() : offsets[-1].as_py()]


def top_rows(keys: Any, counts: Any, n: int) -> tuple[list[bytes], list[int]]:
    """The rows whose count is at least the n-th highest (every row that can rank among the top
    n, ties included), as Python lists."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if len(counts) > n:
        lowest = pc.min(counts.take(pc.select_k_unstable(counts, n, [("", "descending")])))
        kept = pc.greater_equal(counts, lowest)
        keys, counts = keys.filter(kept), counts.filter(kept)
    return keys.cast(pa.large_binary()).to_pylist(), counts.to_pylist()
