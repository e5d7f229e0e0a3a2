"""A format whose reading of a block gives each record (or None: malformed) with the index of the
line it opens on among the block's lines (`split_block`'s; several records may share one: an
envelope's events, a compact XML line's elements): its records, their offsets and its columns, with
each record's line (`Batch.starts`, which a located job's offsets take), all from that one reading."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from .base import Batch, LogFormat, count_lines, line_offsets, records_batch, split_block
from .record import Record


class IndexedRecords(LogFormat):
    def read_lines(self, lines: list[str], default_service: str | None) -> Iterator[tuple[Record | None, int]]:
        """(record or None: malformed, the index of the line it opens on) for a block's lines."""
        raise NotImplementedError

    def read_block(
        self, block: bytes, lines: list[str], default_service: str | None
    ) -> Iterator[tuple[Record | None, int]]:
        """read_lines, for a format that reads a record's bytes too (the block and its lines)."""
        return self.read_lines(lines, default_service)

    def records(self, block: bytes, default_service: str | None = None) -> Iterator[tuple[Record | None, str]]:
        lines = split_block(block)
        for record, at in self.read_block(block, lines, default_service):
            yield record, lines[at]

    def records_at(self, block: bytes, base: int, default_service: str | None = None):
        """`records` with the byte offset of each record's line (an envelope's events: their object's)."""
        lines, offsets = split_block(block), line_offsets(block, base)
        for record, at in self.read_block(block, lines, default_service):
            yield record, lines[at], offsets[at]

    def parse_block(self, block: bytes, fields: Sequence[str], default_service: str | None = None) -> Batch:
        lines = split_block(block)
        found = list(self.read_block(block, lines, default_service))
        batch = records_batch(((record, lines[at]) for record, at in found), fields, count_lines(block))
        batch.starts = [at for record, at in found if record is not None]
        return batch
