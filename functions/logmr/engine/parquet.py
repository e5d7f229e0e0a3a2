"""A job's final rows as Parquet: written in row groups as they come (memory stays bounded), read
back row by row for finalize. The columns are the job's `output_columns` (by default the key and
the value as JSON text); every part file of a job has the same schema, so DuckDB, polars and
pandas read a job's parts as one table (`read_parquet('.../part-*.parquet')`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

import msgspec
import pyarrow as pa
import pyarrow.parquet as pq

from ..job import Job, KeyValue

#: A row group is written past this many rows or about this many bytes of values.
ROW_GROUP_ROWS = 20_000
ROW_GROUP_BYTES = 8 * 2**20
_TYPES = {
    "string": pa.string(),
    "json": pa.string(),
    "int64": pa.int64(),
    "float64": pa.float64(),
    "bool": pa.bool_(),
    "list<string>": pa.list_(pa.string()),
}
_encode = msgspec.json.Encoder().encode
_decode = msgspec.json.Decoder().decode


def schema_of(job: Job) -> pa.Schema:
    """The Arrow schema of a job's output rows."""
    unknown = {kind for kind in job.output_columns.values() if kind not in _TYPES}
    if unknown:
        raise ValueError(f"{job.name or type(job).__name__}: unknown output column types {sorted(unknown)}")
    return pa.schema([(name, _TYPES[kind]) for name, kind in job.output_columns.items()])


class ParquetRows:
    """Writes a job's (key, value) rows to a Parquet file, a row group at a time."""

    def __init__(self, out: str | IO[bytes], job: Job) -> None:
        self.job = job
        self.schema = schema_of(job)
        self.json = [name for name, kind in job.output_columns.items() if kind == "json"]
        self.columns: dict[str, list[Any]] = {name: [] for name in job.output_columns}
        self.buffered = 0
        self.writer = pq.ParquetWriter(out, self.schema, compression="zstd")

    def add(self, key: Any, value: Any) -> None:
        row = self.job.output_row(key, value)
        for name in self.json:
            row[name] = _encode(row[name]).decode()
        self._add_row(row)

    def _add_row(self, row: dict[str, Any]) -> None:
        size = 0
        for name, column in self.columns.items():
            cell = row.get(name)
            column.append(cell)
            if isinstance(cell, str):
                size += len(cell)
        self.buffered += size + 8
        if len(next(iter(self.columns.values()))) >= ROW_GROUP_ROWS or self.buffered >= ROW_GROUP_BYTES:
            self._flush()

    def add_many(self, pairs: list[KeyValue], columns: dict[str, list[Any]] | None = None) -> None:
        """Rows in bulk, as the job gives them in columns (`Job.output_columns_of`, or
        `columns` given: then `pairs` may be empty), cut into row groups where `add` would cut
        them; row by row where it gives none, or where a cut falls on the bytes of values rather
        than the count of rows."""
        columns = columns if columns is not None else None if self.json else self.job.output_columns_of(pairs)
        if columns is None:
            for key, value in pairs:
                self.add(key, value)
            return
        texts = [name for name, kind in self.job.output_columns.items() if kind == "string"]
        at, count = 0, len(columns[next(iter(self.columns))])
        while at < count:
            end = min(count, at + ROW_GROUP_ROWS - len(next(iter(self.columns.values()))))
            size = sum(sum(map(len, filter(None, columns[name][at:end]))) for name in texts) + 8 * (end - at)
            if self.buffered + size >= ROW_GROUP_BYTES:
                for i in range(at, end):  # (the row add makes: `output_columns_of` gives output_row's values)
                    self._add_row({name: columns[name][i] for name in self.columns})
            else:
                for name, column in self.columns.items():
                    column.extend(columns[name][at:end])
                self.buffered += size
                if len(next(iter(self.columns.values()))) >= ROW_GROUP_ROWS:
                    self._flush()
            at = end

    def _flush(self) -> None:
        if next(iter(self.columns.values())):
            self.writer.write_batch(pa.RecordBatch.from_pydict(self.columns, schema=self.schema))
        self.columns = {name: [] for name in self.columns}
        self.buffered = 0

    def close(self) -> None:
        self._flush()
        self.writer.close()


def iter_parquet_rows(source: bytes | IO[bytes], job: Job) -> Iterator[KeyValue]:
    """The (key, value) rows of a Parquet part file (its bytes, or a seekable file), a batch at a time."""
    json_columns = [name for name, kind in job.output_columns.items() if kind == "json"]
    source = pa.BufferReader(source) if isinstance(source, bytes) else source
    for batch in pq.ParquetFile(source).iter_batches(batch_size=ROW_GROUP_ROWS // 10):
        for row in batch.to_pylist():
            for name in json_columns:
                row[name] = _decode(row[name])
            yield job.from_output_row(row)
