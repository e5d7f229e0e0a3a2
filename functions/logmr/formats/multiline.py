"""Records that span lines: a header line and the lines that continue it.

In a file whose layout gives its records a header (a plain-text file with a learned layout, see
`header.py`), a line that does not start like a record (a Java stack trace's `\\tat ...` and
`Caused by: ...`, a Python traceback, a Go panic's frames, a message's second line, a blank line
inside a trace) continues the record above it, as Filebeat's `multiline` with `negate: true,
match: after` and Fluent Bit's java/python/go multiline parsers join them.

Bounded: a record holds at most MAX_RECORD_LINES lines and MAX_RECORD_CHARS characters (its
lines' text with one newline each, after decoding). The first line that would pass either cap
starts a record of its own, as does every non-header line after it until the next header (an
orphan line: each is a record, message whole, as a line before a file's first header is). A
blank orphan line is no record.

A format whose rule needs the line above (CRI's partial lines: a line continues the record above
when that line is a `P` piece of its stream) marks its predicate `pairwise`; it is called with
the line and the line above (None at the data's first line).

The rule looks back at most one capped record, so a reader of a byte range decides which records
it owns from at most LOOKBACK_BYTES before its start (see `engine/reader.py`): a record spans no
more bytes than that (a character is at most 4 bytes in UTF-8, and a line adds at most a CR).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import compress, pairwise
from operator import itemgetter, not_
from typing import Any

from .columnar import int64_array

MAX_RECORD_LINES = 500  # Filebeat's multiline.max_lines default
MAX_RECORD_CHARS = 256 * 1024
LOOKBACK_BYTES = 4 * MAX_RECORD_CHARS + MAX_RECORD_LINES

StartsRecord = Callable[[str], bool]


def within_caps(lines: int, chars: int) -> bool:
    """Whether a record of `lines` lines and `chars` characters (newlines counted) is allowed."""
    return lines <= MAX_RECORD_LINES and chars <= MAX_RECORD_CHARS


def pairwise_starts(lines: Sequence[str], starts: Callable[..., bool]) -> list[bool]:
    """Which of a block's lines start records, by a `pairwise` predicate: each line with the line
    above (the block's first line with None above: the data's first line, or where a reader cut)."""
    return [bool(lines) and starts(lines[0])] + [starts(line, above) for above, line in pairwise(lines)]


def group_lines(lines: Sequence[str], headers: Sequence[bool]) -> list[tuple[int, int]]:
    """The records of a block's lines as (first, stop) line indices, in order. `headers[i]` says
    whether line i starts like a record. The block's first line starts a record (the reader
    cuts blocks there); a blank orphan line gives no record."""
    spans: list[tuple[int, int]] = []
    first: int | None = None  # the first line of the header record being grown
    count = chars = 0
    for i, line in enumerate(lines):
        size = len(line) + 1
        if headers[i]:
            if first is not None:
                spans.append((first, i))
            first, count, chars = i, 1, size
            continue
        if first is not None and within_caps(count + 1, chars + size):
            count, chars = count + 1, chars + size
            continue
        if first is not None:
            spans.append((first, i))
            first = None
        if line.strip():
            spans.append((i, i + 1))
    if first is not None:
        spans.append((first, len(lines)))
    return spans


def record_text(lines: Sequence[str]) -> tuple[str, str]:
    """(the record's whole text, its continuation lines' text) without trailing blank lines."""
    stop = len(lines)
    while stop > 1 and not lines[stop - 1].strip():
        stop -= 1
    return "\n".join(lines[:stop]), "\n".join(lines[1:stop])


def records_within_caps(lines: Any, starts: Any) -> bool:
    """Whether a block's records are its header lines (`starts`, Arrow booleans, over its lines,
    Arrow strings), each with the lines up to the next: every one within the caps."""
    import pyarrow as pa
    import pyarrow.compute as pc

    first = pc.indices_nonzero(starts).cast(pa.int64())
    if not len(first) or first[0].as_py() != 0:
        return False
    stop = pa.concat_arrays([first[1:], int64_array([len(lines)])])
    offsets = pa.Array.from_buffers(pa.int64(), len(lines) + 1, [None, lines.buffers()[1]], offset=lines.offset)
    count = pc.subtract(stop, first)
    size = pc.add(pc.subtract(pc.take(offsets, stop), pc.take(offsets, first)), count)
    return pc.max(count).as_py() <= MAX_RECORD_LINES and pc.max(size).as_py() <= MAX_RECORD_CHARS


def header_rows(
    lines: list[str], rows: list[tuple[str, ...]], other: int, continued: list[int]
) -> tuple[list[tuple[str, ...]], list[int]] | None:
    """The header rows and their lines' indices, when they are exactly the records' first rows:
    no blank line, and every run of continuation lines follows a header and fits the caps with
    it (else None). Work per run of continuation lines, not per line."""
    if continued[0] == 0 or "" in lines:
        return None
    run = 0
    while run < len(continued):
        first = last = continued[run]
        run += 1
        while run < len(continued) and continued[run] == last + 1:
            last, run = last + 1, run + 1
        count = last - first + 2  # the header and its continuation lines
        if not within_caps(count, sum(map(len, lines[first - 1 : last + 1])) + count):
            return None
    firsts = list(compress(range(len(rows)), map(not_, map(itemgetter(other), rows))))
    return [rows[i] for i in firsts], firsts


def first_rows(lines: list[str], rows: list[tuple[str, ...]], other: int) -> tuple[list[tuple[str, ...]], list[int]]:
    """The row of each record's first line and that line's index, the block's lines grouped into
    records (`rows` has one row per non-empty line; a row whose `other` group is set did not fit
    the header)."""
    row_of, headers = [], []
    found = iter(rows)
    for line in lines:
        row = next(found) if line else None
        row_of.append(row)
        headers.append(row is not None and not row[other])
    firsts = [first for first, _ in group_lines(lines, headers)]
    return [row_of[first] for first in firsts], firsts
