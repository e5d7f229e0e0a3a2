"""Writing a step's output rows to a part file: JSON lines, or Parquet for a job's final rows.

Reducers write a partition's rows here; a map-only step's map task writes its own rows the same way
(one part per map task, in the order its map yielded them). A part is written to a local file as
rows come (memory stays bounded), then to the store in one write, so a retry rewrites it whole.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from itertools import starmap
from typing import Any, BinaryIO

import msgspec

from ..job import Job, KeyValue
from ..storage import LocalStore, ObjectStore
from .combiner import freeze
from .direct import DirectFile

_CHUNK = 1 << 20
_ROWS = 1 << 16  # rows written at once by add_encoded_rows


class OutputRow(msgspec.Struct, gc=False):
    """A row as written (untracked by the cyclic collector: a row made to be written or read, in
    no cycle)."""

    key: Any
    value: Any


class RowCounters(msgspec.Struct, kw_only=True):
    """What a part file holds: its rows and bytes."""

    rows: int = 0
    bytes: int = 0


class LinesPart:
    """`{"key": ..., "value": ...}` lines (`direct`: past the page cache once past a buffer's
    size, engine/direct.py)."""

    def __init__(self, path: str, counters: RowCounters, direct: bool = False) -> None:
        self.out: BinaryIO | DirectFile
        self.out = DirectFile(path) if direct else open(path, "wb", buffering=1 << 20)  # noqa: SIM115 (closed by close())
        self.counters = counters
        self.encoder = msgspec.json.Encoder()

    def add(self, key: Any, value: Any) -> None:
        self._write(self.encoder.encode(OutputRow(key, value)) + b"\n", 1)

    def add_encoded(self, key_bytes: bytes, value: Any) -> None:
        """A row whose key is JSON already (a counting job's sums are never decoded)."""
        self._write(b'{"key":' + key_bytes + b',"value":' + self.encoder.encode(value) + b"}\n", 1)

    def add_encoded_rows(self, keys: list[bytes], values: list[int]) -> None:
        """Rows of keys in JSON already and integer values, as add_encoded writes them."""
        for at in range(0, len(keys), _ROWS):
            rows = zip(keys[at : at + _ROWS], values[at : at + _ROWS], strict=True)
            self._write(b"".join(map(b'{"key":%s,"value":%d}\n'.__mod__, rows)), min(_ROWS, len(keys) - at))

    def add_encoded_lines(self, data: bytes | memoryview, rows: int) -> None:
        """Rows written as add_encoded writes them, already joined."""
        self._write(data, rows)

    def add_pairs(self, pairs: Iterable[tuple[Any, Any]]) -> None:
        """Rows as add writes them; a batch of rows that writes its own lines (`json_lines`, as
        parse's Arrow rows do: analyses/parse_arrow.py) written so."""
        lines = getattr(pairs, "json_lines", None)
        written = lines() if lines is not None and len(pairs) else None  # type: ignore[arg-type]
        if written is not None:
            self._write(written, len(pairs))  # type: ignore[arg-type]
            return
        rows = list(starmap(OutputRow, pairs))
        if rows:
            self._write(self.encoder.encode_lines(rows), len(rows))

    def _write(self, data: bytes | memoryview, rows: int) -> None:
        self.out.write(data)
        self.counters.bytes += len(data)
        self.counters.rows += rows

    def close(self) -> None:
        self.out.close()


class ParquetPart:
    """The job's `output_columns`, a row group at a time (engine/parquet.py)."""

    def __init__(self, path: str, job: Job, counters: RowCounters) -> None:
        from .parquet import ParquetRows  # pyarrow is imported only by jobs that write Parquet

        self.path, self.counters = path, counters
        self.writer = ParquetRows(path, job)

    def add(self, key: Any, value: Any) -> None:
        self.writer.add(key, value)
        self.counters.rows += 1

    def add_encoded(self, key_bytes: bytes, value: Any) -> None:
        from .combiner import decode_key

        self.add(decode_key(key_bytes), value)

    def add_encoded_rows(self, keys: list[bytes], values: list[int]) -> None:
        for key_bytes, value in zip(keys, values, strict=True):
            self.add_encoded(key_bytes, value)

    def add_pairs(self, pairs: Iterable[tuple[Any, Any]]) -> None:
        """Rows in bulk; a batch that gives its own columns (`output_columns`, as parse's Arrow
        rows do) written from them."""
        columns = getattr(pairs, "output_columns", None)
        if columns is not None:
            self.writer.add_many([], columns())
            self.counters.rows += len(pairs)  # type: ignore[arg-type]
            return
        pairs = list(pairs)
        self.writer.add_many(pairs)
        self.counters.rows += len(pairs)

    def close(self) -> None:
        self.writer.close()
        self.counters.bytes = os.path.getsize(self.path)


Part = LinesPart | ParquetPart


def put_part(
    store: ObjectStore,
    key: str,
    fill: Callable[[Part], None],
    job: Job,
    output_format: str,
    counters: RowCounters,
    unread: bool = False,
) -> None:
    """A part file in `output_format` ("jsonl" or "parquet") filled by `fill(part)` on local disk,
    then written to the store under `key` in one write. An `unread` part (one the job never reads
    back) of JSON lines for a local store, which links the file where it is, is written past the
    page cache (engine/direct.py)."""
    fd, path = tempfile.mkstemp(prefix="logmr-part-", dir=os.environ.get("LOGMR_SPILL_DIR") or None)
    os.close(fd)
    try:
        if output_format == "parquet":
            part: Part = ParquetPart(path, job, counters)
        else:
            part = LinesPart(path, counters, direct=unread and isinstance(store, LocalStore))
        try:
            fill(part)
        finally:
            part.close()
        store.put_file(key, path)
    finally:
        os.unlink(path)


def read_parts(
    store: ObjectStore, keys: list[str], job: Job | None = None, output_format: str = "jsonl"
) -> Iterator[KeyValue]:
    """Every (key, value) row of these part files, part by part, streamed: JSON lines read a chunk
    at a time, a Parquet part copied to local disk (its footer is read first) and read a row group
    at a time."""
    for key in keys:
        if output_format == "parquet":
            yield from _parquet_rows(store, key, job)
            continue
        with store.open_read(key) as stream:
            for line in _lines(stream):
                row = _decode_row(line)
                yield freeze(row.key), row.value


_decode_row = msgspec.json.Decoder(OutputRow).decode


def _lines(stream: BinaryIO) -> Iterator[bytes]:
    carry = b""
    while chunk := stream.read(_CHUNK):
        lines = (carry + chunk).split(b"\n")
        carry = lines.pop()
        yield from (line for line in lines if line)
    if carry:
        yield carry


def _parquet_rows(store: ObjectStore, key: str, job: Job | None) -> Iterator[KeyValue]:
    from .parquet import iter_parquet_rows

    with tempfile.TemporaryFile(dir=os.environ.get("LOGMR_SPILL_DIR") or None) as local:
        with store.open_read(key) as stream:
            while chunk := stream.read(_CHUNK):
                local.write(chunk)
        local.seek(0)
        for row_key, value in iter_parquet_rows(local, job):
            yield freeze(row_key), value
