"""The map task: read one split, parse its records, map, combine, and write one shuffle object."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from itertools import compress
from typing import Any

import msgspec

from ..formats import Batch
from ..formats.base import count_lines, keep_samples, split_block
from ..formats.reading import format_for
from ..job import Job, Step, is_count_job, load_job
from ..storage import ObjectStore
from .combiner import Combiner, CountCombiner, freeze
from .decompress import CorruptInputError
from .filters import RecordFilter
from .pieces import read_pieces
from .planner import KV_FORMAT
from .shuffle import write_shuffle
from .spec import InputProblem, JobSpec, MapCounters, Split, map_counters_key, shuffle_key


class _KeyValue(msgspec.Struct):
    key: Any
    value: Any


_decode_kv = msgspec.json.Decoder(_KeyValue).decode


def _make_combiner(job: Job, step: Step, spec: JobSpec, spill_dir: str | None) -> Combiner:
    if is_count_job(job):
        return CountCombiner(spec.partitions, spec.combine_max_keys, spill_dir, spec.combine_max_bytes)
    return Combiner(spec.partitions, step.combine, spec.combine_max_keys, spill_dir, spec.combine_max_bytes)


def _add_batch_counters(batch: Batch, counters: MapCounters) -> None:
    counters.lines += batch.lines
    counters.records += batch.records
    if batch.malformed:
        counters.malformed += batch.malformed
        counters.malformed_samples = keep_samples(counters.malformed_samples, batch.malformed_samples)


def _filtered(batch: Batch, keep: RecordFilter, fields: tuple[str, ...], counters: MapCounters) -> Batch:
    """The batch's records the filter keeps, as columns of the job's own fields."""
    mask, filtered, untimed = keep.mask(batch.columns, batch.records)
    counters.filtered += filtered
    counters.untimed += untimed
    columns = {name: list(compress(batch.columns[name], mask)) for name in fields}
    return Batch(columns=columns, records=batch.records - filtered - untimed, lines=batch.lines)


def _map_batches(
    job: Job,
    blocks: Iterator[bytes],
    split: Split,
    combiner: Combiner,
    counters: MapCounters,
    keep: RecordFilter | None,
) -> None:
    fmt = format_for(split.format, split.layout)
    fields = job.fields or ()
    parsed = tuple(dict.fromkeys(fields + keep.fields)) if keep else fields
    add_counts = getattr(combiner, "add_counts", None)
    # A counting job keyed on record fields (`count_fields`) has its group-by done by the parser
    # (unless records are filtered first).
    count_fields = getattr(job, "count_fields", None) if add_counts is not None and not keep else None
    for block in blocks:
        counters.bytes += len(block)
        if count_fields:
            batch, counts = fmt.count_block(block, count_fields, split.service)
            _add_batch_counters(batch, counters)
            add_counts(job.map_counts(counts))  # type: ignore[attr-defined]
            continue
        batch: Batch = fmt.parse_block(block, parsed, split.service)
        _add_batch_counters(batch, counters)
        if keep is not None and batch.records:
            batch = _filtered(batch, keep, fields, counters)
        if batch.records:
            out = job.map_batch(batch.columns)  # type: ignore[attr-defined]
            if add_counts is not None and isinstance(out, dict):
                add_counts(out)
            else:
                combiner.add_pairs(out.items() if isinstance(out, dict) else out)


def _map_records(
    job: Job,
    step: Step,
    blocks: Iterator[tuple[int, bytes]],
    split: Split,
    combiner: Combiner,
    counters: MapCounters,
    keep: RecordFilter | None,
) -> None:
    """Record by record; a `located` job's map also gets the input and the offset of the record's line."""
    fmt = format_for(split.format, split.layout)
    add, mapper, located = combiner.add, step.map, job.located
    for base, block in blocks:
        counters.bytes += len(block)
        counters.lines += count_lines(block)
        malformed: list[str] = []
        for record, line, offset in (
            fmt.records_at(block, base, split.service) if located else _unlocated(fmt, block, split)
        ):
            if record is None:
                malformed.append(line)
                continue
            counters.records += 1
            if keep is not None:
                kept, untimed = keep.keep(record)
                if not kept:
                    counters.untimed += untimed
                    counters.filtered += not untimed
                    continue
            for key, value in mapper(record, split.uri, offset) if located else mapper(record):
                add(key, value)
        if malformed:
            counters.malformed += len(malformed)
            counters.malformed_samples = keep_samples(counters.malformed_samples, malformed)


def _unlocated(fmt: Any, block: bytes, split: Split) -> Iterator[tuple[Any, str, None]]:
    for record, line in fmt.records(block, split.service):
        yield record, line, None


def _map_key_values(step: Step, blocks: Iterator[bytes], combiner: Combiner, counters: MapCounters) -> None:
    add, mapper = combiner.add, step.map
    for block in blocks:
        counters.bytes += len(block)
        for line in split_block(block):
            if not line:
                continue
            counters.lines += 1
            counters.records += 1
            pair = _decode_kv(line)
            for key, value in mapper(freeze(pair.key), pair.value):
                add(key, value)


def _until_damage(blocks: Iterator[tuple[int, bytes]], counters: MapCounters) -> Iterator[tuple[int, bytes]]:
    """The blocks read before a damaged input's damage; the damage is noted in the counters."""
    try:
        yield from blocks
    except CorruptInputError as error:
        counters.corrupt.append(InputProblem(uri=error.uri, reason=error.reason))


def _map_piece(
    job: Job,
    step_index: int,
    spec: JobSpec,
    split: Split,
    blocks: Iterator[tuple[int, bytes]],
    combiner: Combiner,
    counters: MapCounters,
    keep: RecordFilter | None,
) -> None:
    """Map the (offset, block) pairs of one input of a split (read as the one-input `split`)."""
    step = job.steps()[step_index]
    if spec.skip_corrupt:
        blocks = _until_damage(blocks, counters)
    if split.format == KV_FORMAT:
        _map_key_values(step, (block for _, block in blocks), combiner, counters)
    elif step_index == 0 and spec.batch and job.fields is not None and hasattr(job, "map_batch"):
        _map_batches(job, (block for _, block in blocks), split, combiner, counters, keep)
    else:
        _map_records(job, step, blocks, split, combiner, counters, keep)


def run_map_task(
    spec: JobSpec,
    step_index: int,
    split: Split,
    store: ObjectStore,
    s3_client: Any | None = None,
    job: Job | None = None,
) -> MapCounters:
    """Run one map task; its shuffle object and counters land under deterministic keys."""
    job = job or load_job(spec.analysis, spec.options)
    step = job.steps()[step_index]
    counters = MapCounters()
    spill_dir = os.environ.get("LOGMR_SPILL_DIR") or None
    combiner = _make_combiner(job, step, spec, spill_dir)
    keep = RecordFilter(spec.where, spec.since, spec.until) if spec.filtered and step_index == 0 else None
    for piece in read_pieces(split, s3_client):
        if piece.problem is not None:
            counters.skipped.append(piece.problem)
            continue
        counters.files += piece.first
        _map_piece(job, step_index, spec, piece.split, piece.blocks, combiner, counters, keep)  # type: ignore[arg-type]
    counters.emitted = combiner.emitted
    fd, path = tempfile.mkstemp(prefix="logmr-shuffle-", dir=spill_dir)
    try:
        with os.fdopen(fd, "wb", buffering=1 << 20) as out:
            write_shuffle(combiner.partitions_sorted(), spec.partitions, out)
        counters.spills = combiner.spills
        store.put_file(shuffle_key(spec.job_id, step_index, split.index), path)
    finally:
        os.unlink(path)
    store.put_bytes(map_counters_key(spec.job_id, step_index, split.index), msgspec.json.encode(counters))
    return counters
