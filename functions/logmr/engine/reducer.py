"""The reduce task: merge one partition of every map's shuffle object, reduce, write the part file."""

from __future__ import annotations

import heapq
import os
import tempfile
from collections.abc import Iterator
from itertools import groupby
from typing import Any

import msgspec

from ..job import Job, is_count_job, load_job
from ..storage import ObjectStore
from .combiner import decode_key, line_key, line_value
from .shuffle import read_partition
from .spec import JobSpec, output_key, shuffle_key

_decode = msgspec.json.Decoder().decode


class OutputRow(msgspec.Struct):
    key: Any
    value: Any


class ReduceCounters(msgspec.Struct, kw_only=True):
    partition: int
    keys: int = 0
    rows: int = 0
    bytes: int = 0


def _merged(store: ObjectStore, spec: JobSpec, step: int, partition: int, maps: int) -> Iterator[bytes]:
    """Every map's lines of this partition in one sorted stream (lines sort by key as bytes)."""
    streams = [read_partition(store, shuffle_key(spec.job_id, step, m), partition) for m in range(maps)]
    return heapq.merge(*streams)


def run_reduce_task(
    spec: JobSpec, step_index: int, partition: int, maps: int, store: ObjectStore, job: Job | None = None
) -> ReduceCounters:
    """Reduce one partition of one step; the part file is rewritten whole on a retry."""
    job = job or load_job(spec.analysis, spec.options)
    steps = job.steps()
    reduce = steps[step_index].reduce
    counting = is_count_job(job)
    counters = ReduceCounters(partition=partition)
    encode = msgspec.json.Encoder().encode
    fd, path = tempfile.mkstemp(prefix="logmr-part-", dir=os.environ.get("LOGMR_SPILL_DIR") or None)
    try:
        with os.fdopen(fd, "wb", buffering=1 << 20) as out:
            for key_bytes, group in groupby(_merged(store, spec, step_index, partition, maps), key=line_key):
                counters.keys += 1
                if counting:
                    total = sum(_decode(line_value(line, key_bytes)) for line in group)
                    rows = [b'{"key":' + key_bytes + b',"value":' + encode(total) + b"}\n"]
                else:
                    key = decode_key(key_bytes)
                    values = (_decode(line_value(line, key_bytes)) for line in group)
                    rows = [encode(OutputRow(k, v)) + b"\n" for k, v in reduce(key, values)]
                for row in rows:
                    out.write(row)
                    counters.bytes += len(row)
                counters.rows += len(rows)
        final = step_index == len(steps) - 1
        store.put_file(output_key(spec.job_id, step_index, partition, final), path)
    finally:
        os.unlink(path)
    return counters
