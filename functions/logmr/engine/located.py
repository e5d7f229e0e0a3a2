"""A block's records as columns with each record's offset: the batch path of a `located` step.

A record's offset is where its first line starts in the uncompressed input (a byte order mark
skipped, CRLF counted as written), as `LogFormat.records_at` gives it on the record path. The
format parses the block into columns as for any batch; the offsets come from the block's lines:
when the block has no malformed line and as many records as non-blank lines, every non-blank line
is a record of its own (a record's first line is never blank, and a record of several lines would
make fewer records than lines), so the offsets are those lines' (as many records as lines, blank
or not: every line is one, and the block's text is not read again to find the blank ones). Where
records span lines or lines are malformed, the format may tell each record's first line
(`Batch.starts`: the plain layouts' header lines, a one-line format's lines that are records),
and the offsets are those lines'. Otherwise (records spanning lines untold, malformed lines) the
block is read record by record with `records_at`.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from itertools import compress
from typing import Any

from ..formats import Batch
from ..formats.ansi import raw_offsets, without_ansi
from ..formats.base import LogFormat, column_reader, count_lines, keep_samples, line_offsets, split_block
from ..formats.columnar import line_starts


def located_batch(fmt: LogFormat, raw: bytes, base: int, fields: Sequence[str], service: str | None) -> Batch:
    """The block's records as columns of `fields`, plus `offset`: each record's first line's
    offset in the input, for a block starting at byte `base` (on a record), read as read (`raw`)
    and parsed without its terminal colours (its lines are the same lines)."""
    block = raw if fmt.keeps_bytes else without_ansi(raw)
    batch = fmt.parse_block(block, fields, service)
    if batch.starts is not None and len(batch.starts) == batch.records:  # (records of several lines, bad lines)
        offsets = _line_offsets(raw, base)
        batch.columns["offset"] = [offsets[i] for i in batch.starts]
        return batch
    if not batch.malformed and block:
        # (a blank line is no record: as many records as the other lines is one record a line; not so
        # where a line of several events, an envelope's, and as many blank lines balance the count)
        offsets = list(compress(_line_offsets(raw, base), map(str.strip, split_block(block))))
        if len(offsets) == batch.records:
            batch.columns["offset"] = offsets
            return batch
    return records_batch(fmt, raw, base, fields, service)


def _line_offsets(raw: bytes, base: int) -> list[int]:
    """line_offsets(raw, base): in Arrow where pyarrow is loaded already (the text formats' kernels
    load it; a JSON job's tasks do not), a third of the CPU; else in Python."""
    found = line_starts(raw, base) if "pyarrow" in sys.modules else None
    return line_offsets(raw, base) if found is None else found


def records_at(
    fmt: LogFormat, block: bytes, raw: bytes, base: int, service: str | None
) -> Iterator[tuple[Any, str, int]]:
    """`fmt.records_at` of `block` (`raw`, the block as read, without its terminal colours), at
    the offsets of `raw`."""
    if block is raw:
        return fmt.records_at(block, base, service)
    found = list(fmt.records_at(block, base, service))
    offsets = raw_offsets([offset for _, _, offset in found], block, raw, base)
    return ((record, line, offset) for (record, line, _), offset in zip(found, offsets, strict=True))


def records_batch(fmt: LogFormat, raw: bytes, base: int, fields: Sequence[str], service: str | None) -> Batch:
    """The same columns, record by record (`records_at`)."""
    columns: dict[str, list[Any]] = {name: [] for name in (*fields, "offset")}
    appenders = [(columns[name].append, column_reader(name)) for name in fields]
    offsets = columns["offset"].append
    malformed: list[str] = []
    block = raw if fmt.keeps_bytes else without_ansi(raw)
    for record, line, offset in records_at(fmt, block, raw, base, service):
        if record is None:
            malformed.append(line)
            continue
        for append, read in appenders:
            append(read(record))
        offsets(offset)
    return Batch(
        columns=columns,
        records=len(columns["offset"]),
        lines=count_lines(block),
        malformed=len(malformed),
        malformed_samples=keep_samples([], malformed),
    )
