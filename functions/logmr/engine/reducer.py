"""The reduce task: merge one partition of every map's shuffle object, reduce, write the part file."""

from __future__ import annotations

import contextlib
import heapq
import io
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import groupby
from typing import Any, NamedTuple

import msgspec
import zstandard

from ..job import Job, is_count_job, load_job
from ..job.job import TOP_N
from ..native import merge_counts
from ..storage import ObjectStore
from .combiner import decode_key, line_key, line_value
from .count_lines import summed_partition
from .count_summary import PartSummary, summarized_by_parts
from .encoded_counts import json_rows
from .encoded_counts import summed_lines as arrow_sums
from .rows import LinesPart, Part, RowCounters, put_part
from .shuffle import frame_lines, joined_batches, read_frames
from .spec import JobSpec, output_key, shuffle_key, summary_key

_decode = msgspec.json.Decoder().decode
DEFAULT_FAN_IN = 64
# A counting partition of at most this many lines (over every map) is summed in a dict, whole;
# from ARROW_MIN_LINES to ARROW_MAX_LINES, in Arrow (encoded_counts.py: past the first the import
# pays off; past the second its copies of the lines would hold more memory than the dict).
BULK_MAX_LINES = 1_000_000
ARROW_MIN_LINES = 50_000
ARROW_MAX_LINES = 500_000
# Runs are written and read once, on local disk: fast compression with a small window (128 KiB)
# keeps each open run's decompression memory small.
_RUN_PARAMETERS = zstandard.ZstdCompressionParameters.from_level(1, window_log=17)


class ReduceCounters(RowCounters, kw_only=True):
    partition: int
    keys: int = 0


def merge_fan_in() -> int:
    """How many sorted streams a reducer merges at once (LOGMR_MERGE_FAN_IN, default 64)."""
    return max(2, int(os.environ.get("LOGMR_MERGE_FAN_IN") or DEFAULT_FAN_IN))


@contextmanager
def _merged(
    store: ObjectStore, spec: JobSpec, step: int, partition: int, maps: int, frames: list[bytes] | None = None
) -> Iterator[Iterator[bytes]]:
    """Every map's lines of this partition in one sorted stream (lines sort by key as bytes).

    Each open stream holds its compressed segment and a decompression window, so memory grows with
    the streams merged at once: past `merge_fan_in()` map outputs, groups of them are merged into
    sorted runs on local disk first (zstd-compressed), and the runs are merged in turn. A group's
    frames are fetched READ_THREADS at a time (engine/shuffle.py read_frames), never more than the
    group at once: the memory held is the group's compressed frames, as before. `frames`: the
    maps' frames of this partition, read already.
    """
    fan_in = merge_fan_in()

    def segments(first: int, last: int) -> list[Iterator[bytes]]:
        keys = [shuffle_key(spec.job_id, step, m) for m in range(first, last)]
        return [frame_lines(frame) for frame in read_frames(store, keys, partition)]

    if frames is not None:
        yield heapq.merge(*map(frame_lines, frames))
        return
    if maps <= fan_in:
        yield heapq.merge(*segments(0, maps))
        return
    runs: list[str] = []
    try:
        for first in range(0, maps, fan_in):
            runs.append(_write_run(heapq.merge(*segments(first, min(first + fan_in, maps)))))
        while len(runs) > fan_in:
            merged = []
            for first in range(0, len(runs), fan_in):
                group = runs[first : first + fan_in]
                merged.append(_write_run(heapq.merge(*(_read_run(path) for path in group))))
                for path in group:
                    os.unlink(path)
            runs = merged
        yield heapq.merge(*(_read_run(path) for path in runs))
    finally:
        for path in runs:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)


def _write_run(lines: Iterator[bytes]) -> str:
    fd, path = tempfile.mkstemp(prefix="logmr-run-", dir=os.environ.get("LOGMR_SPILL_DIR") or None)
    # A compressor per run: compression contexts must not be shared between threads.
    compressor = zstandard.ZstdCompressor(compression_params=_RUN_PARAMETERS)
    with os.fdopen(fd, "wb") as out, compressor.stream_writer(out) as writer:
        for chunk, _ in joined_batches(lines):
            writer.write(chunk)
    return path


def _read_run(path: str) -> Iterator[bytes]:
    with open(path, "rb") as raw, zstandard.ZstdDecompressor().stream_reader(raw) as reader:
        yield from io.BufferedReader(reader, 1 << 16)


def _reduce_into(
    part: Part,
    merged: Iterator[bytes],
    reduce: Any,
    counting: bool,
    counters: ReduceCounters,
    summary: PartSummary | None = None,
) -> None:
    """A partition's rows into its part; a counting job's keys are never decoded (and its rows go
    to `summary` too, if given), and other jobs' rows are written as reduce yields them."""
    if counting:
        for key_bytes, count in _summed(merged):
            counters.keys += 1
            part.add_encoded(key_bytes, count)
            if summary is not None:
                summary.add(key_bytes, count)
        return
    for key_bytes, group in groupby(merged, key=line_key):
        counters.keys += 1
        values = (_decode(line_value(line, key_bytes)) for line in group)
        for key, value in reduce(decode_key(key_bytes), values):
            part.add(key, value)


def _summed(lines: Iterator[bytes]) -> Iterator[tuple[bytes, Any]]:
    """(key JSON, the sum of its values) of `key\\tvalue\\n` lines sorted by key (a key's JSON
    holds no tab: JSON escapes it)."""
    key, total = None, 0
    for line in lines:
        tab = line.index(b"\t")
        value = _decode(line[tab + 1 : -1])
        if key is not None and line[:tab] == key:
            total += value
            continue
        if key is not None:
            yield key, total
        key, total = line[:tab], 0 + value  # (as sum() adds: from 0, left to right)
    if key is not None:
        yield key, total


class _Merged(NamedTuple):
    """A partition's lines merged in C (logmr_native.merge_counts): its rows, written, and its
    summary's share."""

    rows: bytes
    keys: int
    total: int
    top: list[tuple[bytes, int]]


def _bulk_sums(frames: list[bytes]) -> _Merged | tuple[Any, Any] | None:
    """A counting partition's keys (JSON, sorted) and sums, read whole (in C, or count_lines.py)
    when the maps' lines are at most BULK_MAX_LINES and their values integers; else None."""
    segments, lines = [], 0
    for frame in frames:
        if not frame:
            continue
        with zstandard.ZstdDecompressor().stream_reader(frame) as reader:
            chunks = []
            while chunk := reader.read(1 << 20):
                lines += chunk.count(b"\n")
                if lines > BULK_MAX_LINES:
                    return None
                chunks.append(chunk)
        segments.append(b"".join(chunks))
    merged = merge_counts(segments, TOP_N) if merge_counts is not None else None
    if merged is not None:  # (else a value C does not read, or a sum past 64 bits: Python's integers)
        return _Merged(*merged)
    if not ARROW_MIN_LINES <= lines <= ARROW_MAX_LINES:
        return summed_partition(segments)
    text = b"".join(segments)
    segments.clear()  # (one copy of the partition's lines held)
    return arrow_sums([text])


def _reduce_sums(part: Part, sums: Any, counters: ReduceCounters, summary: PartSummary | None) -> None:
    """A counting partition's summed rows (`_bulk_sums`) into its part and its summary."""
    if isinstance(sums, _Merged):
        counters.keys += sums.keys
        if isinstance(part, LinesPart):
            part.add_encoded_lines(sums.rows, sums.keys)
        else:  # (each row `{"key":KEY,"value":SUM}`: its KEY's bytes as they were)
            pairs = [line[7:-1].rpartition(b',"value":') for line in sums.rows.splitlines()]
            part.add_encoded_rows([key for key, _, _ in pairs], [int(value) for _, _, value in pairs])
        if summary is not None:
            summary.add_top(sums.total, sums.keys, sums.top)
        return
    keys, values = sums
    counters.keys += len(keys)
    if isinstance(keys, list):
        part.add_encoded_rows(keys, values)
        if summary is not None:
            summary.add_rows(keys, values)
        return
    if isinstance(part, LinesPart):  # (Arrow arrays: encoded_counts.py)
        part.add_encoded_lines(json_rows(keys, values), len(keys))
    else:
        part.add_encoded_rows(keys.cast("large_binary").to_pylist(), values.to_pylist())
    if summary is not None:
        summary.add_arrays(keys, values)


def run_reduce_task(
    spec: JobSpec, step_index: int, partition: int, maps: int, store: ObjectStore, job: Job | None = None
) -> ReduceCounters:
    """Reduce one partition of one step; the part file is rewritten whole on a retry. The last
    step's part is Parquet when the job asks for it, JSON lines otherwise. A counting job's
    partition is summed whole where it is small enough (`_bulk_sums`), else merged as streams."""
    job = job or load_job(spec.analysis, spec.options)
    steps = job.steps()
    counters = ReduceCounters(partition=partition)
    final = step_index == len(steps) - 1
    output_format = spec.output_format if final else "jsonl"
    summary = PartSummary() if final and summarized_by_parts(job) else None
    reduce, counting = steps[step_index].reduce, is_count_job(job)
    key = output_key(spec.job_id, step_index, partition, final, output_format)
    frames = sums = None
    if counting and maps <= merge_fan_in():
        frames = read_frames(store, [shuffle_key(spec.job_id, step_index, m) for m in range(maps)], partition)
        sums = _bulk_sums(frames)
    if sums is not None:
        put_part(store, key, lambda part: _reduce_sums(part, sums, counters, summary), job, output_format, counters)
    else:
        with _merged(store, spec, step_index, partition, maps, frames) as merged:

            def fill(part: Part) -> None:
                _reduce_into(part, merged, reduce, counting, counters, summary)

            put_part(store, key, fill, job, output_format, counters)
    if summary is not None:
        store.put_bytes(summary_key(spec.job_id, step_index, partition), summary.encode())
    return counters
