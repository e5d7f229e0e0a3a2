"""A plain-text block's records of one or more lines as the pattern engines scan them: the block's
lines in one UTF-8 buffer, separated by newlines, as read (no Python string per line), and the
lines each record holds.

A record is its header line and the lines up to the next header, its trailing blank lines left
out (`multiline.record_text`, what `Record.text` is); a pattern finds a record when it finds one of
the record's lines (linear.py), so the lines are scanned once, together, and each line found is
mapped to its record.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from typing import Any

from ..native import hit_samples
from .columnar import int64_array
from .json_text import Spans, TextBlock

# A line that may be blank to Python (`str.strip`): it holds no ASCII character but blanks and controls.
_MAY_BE_BLANK = r"^[^!-~]*$"


class RecordTexts(TextBlock):
    """Record i is the lines starts[i] to stops[i] of `data` (where line n starts: `line_at`);
    a record is decoded only when asked for."""

    __slots__ = ("_base", "_later", "_offsets", "starts", "stops")

    def __init__(self, data: bytes, offsets: Any, starts: list[int], stops: list[int]) -> None:
        super().__init__(data, len(starts))
        self._offsets, self._base = offsets, offsets[0]  # the lines' offsets without their newlines
        self.starts, self.stops = starts, stops
        self._later: list[int] | None = None  # starts[1:], where no record has trailing blank lines

    def line_at(self, line: int) -> int:
        """Where line `line` starts in `data` (one line past the last: one past the data's end)."""
        return self._offsets[line] - self._base + line

    def _line(self, index: int) -> bytes:
        """The record's bytes (TextBlock's samples and items read a record here, not a line)."""
        offsets, base, start, stop = self._offsets, self._base, self.starts[index], self.stops[index]
        return self.data[offsets[start] - base + start : offsets[stop] - base + stop - 1]

    def item_spans(self) -> Spans | None:
        """Where each record begins and ends in `data` (from its lines' offsets, in Arrow)."""
        if self.spans is None and hit_samples is not None:
            import pyarrow as pa
            import pyarrow.compute as pc

            offsets = pa.Array.from_buffers(pa.int64(), len(self._offsets), [None, pa.py_buffer(self._offsets)])
            starts, stops = int64_array(self.starts), int64_array(self.stops)  # (no pa.array: pandas)
            begins = pc.add(pc.add(offsets.take(starts), starts), -self._base)
            ends = pc.add(pc.add(offsets.take(stops), stops), -self._base - 1)
            self.spans = (_int64_view(begins), _int64_view(ends))
        return self.spans

    def lines(self) -> TextBlock:
        """Every line of the block, trailing blank lines included."""
        return TextBlock(self.data, len(self._offsets) - 1)

    def records_of(self, found: Iterable[int]) -> list[int]:
        """The records that hold the lines `found` (increasing), each once; a record's trailing
        blank lines are none of its own."""
        starts, stops = self.starts, self.stops
        if self._later is None and stops[:-1] == starts[1:]:
            self._later = starts[1:]
        if self._later is not None:  # (starts[0] is 0: a line's record is how many later records start at or before it)
            return list(dict.fromkeys(map(partial(bisect_right, self._later), found)))
        records: list[int] = []
        for line in found:
            record = bisect_right(starts, line) - 1
            if line < stops[record] and (not records or records[-1] != record):
                records.append(record)
        return records

    def __iter__(self) -> Iterator[str]:
        return (self[index] for index in range(len(self)))


def _int64_view(values: Any) -> memoryview:
    return memoryview(values.buffers()[1]).cast("q")[values.offset : values.offset + len(values)]


class DeferredColumn(Sequence[Any]):
    """A column whose values are read only for the records asked for (`values_at`): patterns
    needs the services of the records its patterns find, a small share of a block's. Read as a
    sequence (a record filter), it reads every record's value once."""

    __slots__ = ("_all", "_count", "_read")

    def __init__(self, count: int, read: Callable[[list[int]], list[Any]]) -> None:
        self._count, self._read, self._all = count, read, None

    def values_at(self, indices: list[int]) -> list[Any]:
        """The values of the records `indices` (increasing), in that order."""
        if self._all is not None:
            return [self._all[i] for i in indices]
        return self._read(indices) if indices else []

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index):  # type: ignore[override]
        if self._all is None:
            self._all = self._read(list(range(self._count)))
        return self._all[index]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


#: The fields patterns reads (a record's service and text), which a format may give with the
#: services deferred.
PATTERN_FIELDS = frozenset(("service", "text"))


def are_pattern_fields(fields: Sequence[str]) -> bool:
    return len(fields) == len(PATTERN_FIELDS) and PATTERN_FIELDS.issuperset(fields)


def deferred_services(
    block: bytes, count: int, written: Callable[[int], bytes], services_of: Callable[[bytes], list[Any]]
) -> DeferredColumn:
    """The services of a block's `count` records, read only for those asked for: their lines as
    written (`written`: a record's bytes) read together as a block of their own by the format
    (`services_of`: a block's services); from the whole block when they do not read as as many
    records (a record read otherwise away from its neighbours)."""

    def read(indices: list[int]) -> list[Any]:
        found = services_of(b"\n".join(map(written, indices)) + b"\n")
        if len(found) != len(indices):
            every = services_of(block)
            return [every[i] for i in indices]
        return found

    return DeferredColumn(count, read)


def block_services(fmt: Any, default_service: str | None) -> Callable[[bytes], list[Any]]:
    """The services of a block's records as the format `fmt` reads them."""
    return lambda block: fmt.parse_block(block, ("service",), default_service).columns["service"]


def with_deferred_services(
    block: bytes, fields: Sequence[str], texts_of: Callable[[], Any], services_of: Callable[[bytes], list[Any]]
) -> Any:
    """patterns' columns for a format whose texts are its records' lines as written: the block's
    text column read alone (`texts_of`: a Batch, or None), as a TextBlock, and the services
    deferred (`deferred_services`); None for other fields, or where the texts are no TextBlock."""
    batch = texts_of() if are_pattern_fields(fields) else None
    texts = batch.columns["text"] if batch is not None else None
    if not isinstance(texts, TextBlock):
        return None
    batch.columns["service"] = deferred_services(block, batch.records, texts.line_bytes, services_of)
    return batch


def record_texts(data: bytes, lines: Any, headers: Any, starts: list[int]) -> RecordTexts:
    """The records of a block's lines (Arrow strings: `data`, the block with its lines separated
    by single newlines, split) that start at their header lines (`headers`, Arrow booleans;
    `starts`, their indices: the first is 0)."""
    import pyarrow.compute as pc

    offsets = memoryview(lines.buffers()[1]).cast("q")[lines.offset : lines.offset + len(lines) + 1]
    stops = [*starts[1:], len(lines)]
    texts = RecordTexts(data, offsets, starts, stops)
    if len(lines) == len(starts):  # every record a line
        return texts
    continued = pc.indices_nonzero(pc.invert(headers))
    candidates = continued.filter(pc.match_substring_regex(lines.take(continued), _MAY_BE_BLANK)).to_pylist()
    for line in reversed(candidates):  # (from the end: a record's run of trailing blank lines)
        record = bisect_right(starts, line) - 1
        if stops[record] == line + 1 and not data[texts.line_at(line) : texts.line_at(line + 1) - 1].decode().strip():
            stops[record] = line
    return texts
