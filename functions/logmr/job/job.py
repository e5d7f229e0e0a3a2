"""The job API: a MapReduce job is a small class with map, optional combine, and reduce.

    class ErrorsPerHost(CountJob):
        def map(self, record):
            if record.level == "ERROR":
                yield record.host, 1

Keys and values must be JSON-able; keys that are lists come back to reduce as tuples.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

import msgspec

from ..formats.record import Record
from .presentation import COUNT_VIEWS, TOP_VIEWS, View
from .top import Top

KeyValue = tuple[Any, Any]
TOP_N = 20


class JobOptionsError(ValueError):
    """Options a job cannot run with; the message says which and why."""


class NoOptions(msgspec.Struct, forbid_unknown_fields=True):
    """A job without options."""


@dataclass(frozen=True)
class Step:
    """One MapReduce round. The first step's map takes a Record; later steps' map take (key, value).

    A step that maps the job's inputs (the first, or one with `inputs=True`) may map a whole block
    at once: `map_batch(columns)` over `fields` (the first step defaults to the job's). `located`:
    its map is called as map(record, file, offset), and its batch's columns hold `file` and
    `offset` (the input's URI and the byte offset where each record's first line starts in the
    uncompressed input). A step without `reduce` is map-only: its map's (key, value) pairs are the
    step's output rows, written in order, one part per map task, with no shuffle. `side` builds
    what such a step's map gets as its last argument from the previous step's output rows (a side
    table: map(record, file, offset, side), map_batch(columns, side)), once per process: the
    step's tasks there share it. `map_init()`, as mrjob's mapper_init, is called at the start of
    each of the step's map tasks: a process's tasks share the job instance too, so what a task
    keeps of its own is set afresh there.
    A map-only last step's `digest(side)`, called when a task has mapped its split, gives a few
    rows the task leaves beside its part; the job's `summarize` then reads every task's digest
    rows (in task order) instead of the output rows, which it need not decode again. `carry`
    (the first step's) and `carried` (a later step's over the inputs) save that step reading the
    inputs again: engine/carry.py.
    """

    map: Callable[..., Iterable[KeyValue]]
    reduce: Callable[[Any, Iterable[Any]], Iterable[KeyValue]] | None = None
    combine: Callable[[Any, Iterable[Any]], Iterable[KeyValue]] | None = None
    map_batch: Callable[..., Any] | None = None
    fields: tuple[str, ...] | None = None
    located: bool = False
    #: Map the job's inputs again (the first step's splits), not the previous step's output.
    inputs: bool = False
    side: Callable[[Iterator[KeyValue]], Any] | None = None
    digest: Callable[[Any], Iterable[KeyValue]] | None = None
    #: The first step's: `carry(columns)`, called on a block's columns (with `offset` and `file`)
    #: once `map_batch` has had them, gives the columns a `carried` step maps instead.
    carry: Callable[[dict[str, list[Any]]], dict[str, list[Any]]] | None = None
    #: Map the first step's carried columns of the split, where its task wrote them.
    carried: bool = False
    #: Called at the start of each of the step's map tasks (the task's own state, set afresh).
    map_init: Callable[[], None] | None = None


class Job:
    """Base class of every job. Override `map` and `reduce` (and `combine` to shrink map output)."""

    #: Name shown in results; the registry name for built-in analyses.
    name: ClassVar[str] = ""
    description: ClassVar[str] = ""
    #: A msgspec Struct describing the job's options (validated when the job is built).
    Options: ClassVar[type[msgspec.Struct]] = NoOptions
    #: Record fields `map_batch` reads; None when the job only has a record-at-a-time `map`.
    fields: ClassVar[tuple[str, ...] | None] = None
    #: How the summary is shown, in the terminal and on the dashboard (job/presentation.py).
    presentation: ClassVar[list[View]] = TOP_VIEWS

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        try:
            self.options = msgspec.convert(options or {}, self.Options, strict=False)
        except msgspec.ValidationError as error:
            raise JobOptionsError(f"bad option for {self.name or type(self).__name__}: {error}") from None

    #: The columns of the job's output rows in Parquet (`--output-format parquet`), name -> type:
    #: "string", "int64", "float64", "bool", "list<string>", or "json" (the value as JSON text).
    #: By default the key and the value, each as JSON text (`output_row` makes a row of a pair).
    output_columns: ClassVar[dict[str, str]] = {"key": "json", "value": "json"}

    def output_row(self, key: Any, value: Any) -> dict[str, Any]:
        """One output (key, value) pair as a row of `output_columns`."""
        return {"key": key, "value": value}

    def output_columns_of(self, pairs: list[KeyValue]) -> dict[str, list[Any]] | None:
        """Many output pairs as columns of `output_columns` at once (Parquet output), or None to
        have each made a row by `output_row`."""
        return None

    def from_output_row(self, row: dict[str, Any]) -> KeyValue:
        """The (key, value) pair of a row of `output_columns` (the inverse of `output_row`)."""
        return row["key"], row["value"]

    def map(self, record: Record) -> Iterable[KeyValue]:
        """Yield (key, value) pairs for one record."""
        raise NotImplementedError(f"{type(self).__name__} must define map()")

    combine: Callable[[Any, Iterable[Any]], Iterable[KeyValue]] | None = None

    def reduce(self, key: Any, values: Iterable[Any]) -> Iterable[KeyValue]:
        """Yield output (key, value) pairs for one key and all its values."""
        raise NotImplementedError(f"{type(self).__name__} must define reduce()")

    def steps(self) -> list[Step]:
        """The MapReduce rounds; one by default."""
        return [Step(map=self.map, reduce=self.reduce, combine=self.combine)]

    def summarize(self, results: Iterator[KeyValue]) -> dict[str, Any]:
        """A small digest of the results for result.json and the terminal: the top rows by value."""
        return {"top": top_rows(results, TOP_N)}


@dataclass(frozen=True, slots=True)
class EncodedKeys:
    """What a CountJob's `map_batch` may return instead of a dict of counts: string keys as UTF-8,
    separated by ASCII whitespace (which no key holds), each occurrence counting one; the engine
    counts them without decoding them, splitting the text only as it counts."""

    text: bytes


class CountJob(Job):
    """A job whose values are numbers summed per key (the combiner and reducer are sums).

    The engine keeps these in a plain counter, which is much faster than generic combining. A
    CountJob whose map yields `(tuple of record fields), 1` may name those fields in `count_fields`:
    the parser then counts them itself, without building columns, and `map_counts` turns its
    counts per distinct combination of those fields into counts per key.
    """

    count_fields: ClassVar[tuple[str, ...] | None] = None

    def map_counts(self, counts: dict[tuple[Any, ...], int]) -> dict[Any, int]:
        """Counts per key from the parser's counts per combination of `count_fields` (the same
        by default: the fields are the key)."""
        return counts

    presentation: ClassVar[list[View]] = COUNT_VIEWS

    def combine(self, key: Any, values: Iterable[Any]) -> Iterable[KeyValue]:
        yield key, sum(values)

    def reduce(self, key: Any, values: Iterable[Any]) -> Iterable[KeyValue]:
        yield key, sum(values)

    def summarize(self, results: Iterator[KeyValue]) -> dict[str, Any]:
        total = distinct = 0
        top = Top(TOP_N)
        for key, value in _tally(results):
            total += value
            distinct += 1
            top.offer(_rank(key, value), [key, value])
        return {"top": list(top), "total": total, "distinct_keys": distinct}


def _tally(results: Iterator[KeyValue]) -> Iterator[KeyValue]:
    for key, value in results:
        if isinstance(value, int | float):
            yield key, value


def _rank(key: Any, value: Any) -> tuple[Any, bytes]:
    # Highest value first; ties broken by the key's JSON text so the order is deterministic.
    return (-value, msgspec.json.encode(key))


def _best(rows: list[KeyValue], n: int) -> list[KeyValue]:
    return sorted(rows, key=lambda kv: _rank(*kv))[:n]


def top_rows(results: Iterator[KeyValue], n: int) -> list[list[Any]]:
    """The n (key, value) rows with the largest numeric values (all rows when values are not numbers)."""
    rows: list[KeyValue] = []
    for key, value in results:
        rows.append((key, value))
        if len(rows) > 4 * n and all(isinstance(v, int | float) for _, v in rows):
            rows = _best(rows, n)
    if all(isinstance(v, int | float) for _, v in rows):
        rows = _best(rows, n)
    return [[k, v] for k, v in rows[:n]]


def is_count_job(job: Job) -> bool:
    """Whether the job sums its values with CountJob's own combine and reduce."""
    cls = type(job)
    return isinstance(job, CountJob) and cls.combine is CountJob.combine and cls.reduce is CountJob.reduce
