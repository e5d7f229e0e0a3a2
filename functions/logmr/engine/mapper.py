"""The map task: read one split, parse its records, map, combine, and write one shuffle object."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from itertools import compress
from typing import Any

import msgspec

from ..formats import Batch
from ..formats.ansi import without_ansi
from ..formats.base import count_lines, keep_samples, split_block
from ..formats.reading import along, format_for
from ..job import EncodedKeys, Job, Step, is_count_job, load_job
from ..storage import ObjectStore
from .carry import carrying, map_carried
from .combiner import Combiner, freeze
from .count_combiner import CountCombiner
from .filters import RecordFilter
from .located import located_batch, records_at
from .pieces import read_pieces, until_damage
from .planner import KV_FORMAT
from .rows import OutputRow, Part, RowCounters, put_part
from .shuffle import write_shuffle
from .spec import (
    JobSpec,
    MapCounters,
    Split,
    carry_key,
    digest_key,
    map_counters_key,
    output_key,
    shuffle_key,
)
from .steps import side_table

_decode_kv = msgspec.json.Decoder(OutputRow).decode  # (a previous step's {"key": ..., "value": ...} lines)


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


class _Mapping:
    """What one map task of a step calls: its record map and, where the block path applies, its
    batch map and the fields it reads (bound to the step's side table, when it has one)."""

    def __init__(self, job: Job, step: Step, first: bool, spec: JobSpec, side: Any = None) -> None:
        self.fields = step.fields if step.fields is not None else (job.fields if first else None)
        batch = step.map_batch or (getattr(job, "map_batch", None) if first else None)
        if step.side is not None:
            self.map = lambda *args: step.map(*args, side)
            self.map_batch = None if batch is None else (lambda columns: batch(columns, side))
        else:
            self.map, self.map_batch = step.map, batch
        if not spec.batch or self.fields is None:
            self.map_batch = None
        # A first step that carries columns for a later one reads its blocks with their offsets.
        self.carry, self.carried_to = (step.carry if first and self.map_batch else None), None
        self.located = step.located or self.carry is not None
        # Arrow arrays straight from a format's kernel (`arrow_block`), for a job that takes them.
        arrow = first and step.map_batch is None and step.side is None and not self.located
        self.map_arrow = getattr(job, "map_arrow", None) if arrow else None
        # A counting job keyed on record fields (`count_fields`) has its group-by done by the parser.
        self.count_fields = getattr(job, "count_fields", None) if first else None
        self.map_counts = getattr(job, "map_counts", None)


def _map_batches(
    mapping: _Mapping,
    blocks: Iterator[tuple[int, bytes]],
    split: Split,
    sink: Any,
    counters: MapCounters,
    keep: RecordFilter | None,
) -> None:
    fields = mapping.fields or ()
    parsed = tuple(dict.fromkeys(fields + keep.fields)) if keep else fields
    kept = (*fields, "offset") if mapping.located else fields
    add_counts = getattr(sink, "add_counts", None)
    count_fields = mapping.count_fields if add_counts is not None and not keep else None
    map_arrow = mapping.map_arrow if keep is None and mapping.map_batch is not None else None
    for fmt, base, raw in along(format_for(split.format, split.layout, split.uri), blocks):
        counters.bytes += len(raw)
        block = raw if mapping.located or fmt.keeps_bytes else without_ansi(raw)  # (located_batch: `raw` itself)
        if count_fields:
            batch, counts = fmt.count_block(block, count_fields, split.service)
            _add_batch_counters(batch, counters)
            add_counts(mapping.map_counts(counts))  # type: ignore[misc]
            continue
        if mapping.located:
            batch = located_batch(fmt, raw, base, parsed, split.service)
        else:
            arrow = fmt.arrow_block(block, parsed, split.service) if map_arrow else None
            batch = arrow or fmt.parse_block(block, parsed, split.service)
        _add_batch_counters(batch, counters)
        if keep is not None and batch.records:
            batch = _filtered(batch, keep, kept, counters)
        if batch.records:
            if mapping.located:
                batch.columns["file"] = [split.uri] * batch.records
            out = (map_arrow if batch.arrow else mapping.map_batch)(batch.columns)  # type: ignore[misc]
            if mapping.carry is not None:
                mapping.carried_to.add(split.uri, mapping.carry(batch.columns))
            if isinstance(out, EncodedKeys):
                _add_encoded_keys(sink, out.text)
            elif add_counts is not None and isinstance(out, dict):
                add_counts(out)
            else:
                sink.add_pairs(out.items() if isinstance(out, dict) else out)


def _add_encoded_keys(sink: Any, text: bytes) -> None:
    if hasattr(sink, "add_encoded_keys"):
        sink.add_encoded_keys(text)
    else:
        sink.add_pairs((key.decode(), 1) for key in text.split())


def _map_records(
    mapping: _Mapping,
    blocks: Iterator[tuple[int, bytes]],
    split: Split,
    sink: Any,
    counters: MapCounters,
    keep: RecordFilter | None,
) -> None:
    """Record by record; a `located` step's map also gets the input and the offset of the record's line."""
    add, mapper, located = sink.add, mapping.map, mapping.located
    for fmt, base, raw in along(format_for(split.format, split.layout, split.uri), blocks):
        counters.bytes += len(raw)
        block = raw if fmt.keeps_bytes else without_ansi(raw)
        counters.lines += count_lines(block)
        malformed: list[str] = []
        for record, line, offset in (
            records_at(fmt, block, raw, base, split.service) if located else _unlocated(fmt, block, split)
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


def _map_key_values(mapping: _Mapping, blocks: Iterator[bytes], combiner: Combiner, counters: MapCounters) -> None:
    add, mapper = combiner.add, mapping.map
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


def _map_piece(
    mapping: _Mapping,
    spec: JobSpec,
    split: Split,
    blocks: Iterator[tuple[int, bytes]],
    sink: Any,
    counters: MapCounters,
    keep: RecordFilter | None,
) -> None:
    """Map the (offset, block) pairs of one input of a split (read as the one-input `split`)."""
    if spec.skip_corrupt:
        blocks = until_damage(blocks, counters.corrupt)
    if split.format == KV_FORMAT:
        _map_key_values(mapping, (block for _, block in blocks), sink, counters)
    elif mapping.map_batch is not None:
        _map_batches(mapping, blocks, split, sink, counters, keep)
    else:
        _map_records(mapping, blocks, split, sink, counters, keep)


def _map_split(
    mapping: _Mapping,
    spec: JobSpec,
    split: Split,
    sink: Any,
    counters: MapCounters,
    keep: RecordFilter | None,
    s3_client: Any | None,
) -> None:
    for piece in read_pieces(split, s3_client):
        if piece.problem is not None:
            counters.skipped.append(piece.problem)
            continue
        counters.files += piece.first
        _map_piece(mapping, spec, piece.split, piece.blocks, sink, counters, keep)  # type: ignore[arg-type]


def run_map_task(
    spec: JobSpec,
    step_index: int,
    split: Split,
    store: ObjectStore,
    s3_client: Any | None = None,
    job: Job | None = None,
) -> MapCounters:
    """Run one map task; its shuffle object (or a map-only step's part file) and counters land
    under deterministic keys."""
    job = job or load_job(spec.analysis, spec.options)
    steps = job.steps()
    step = steps[step_index]
    counters = MapCounters()
    reads_inputs = step_index == 0 or step.inputs
    keep = RecordFilter(spec.where, spec.since, spec.until) if spec.filtered and reads_inputs else None
    side = side_table(steps, store, spec, step_index, job) if step.side else None
    if step.map_init is not None:
        step.map_init()
    mapping = _Mapping(job, step, reads_inputs, spec, side)
    if step.reduce is None:
        final = step_index == len(steps) - 1
        output_format = spec.output_format if final else "jsonl"
        key = output_key(spec.job_id, step_index, split.index, final, output_format)

        def fill(part: Part) -> None:
            carried = step.carried and map_carried(mapping, store, carry_key(spec.job_id, split.index), part, counters)
            if not carried:
                _map_split(mapping, spec, split, part, counters, keep, s3_client)

        # (a last step with digests: the job's summary reads them, never its rows)
        put_part(store, key, fill, job, output_format, RowCounters(), unread=final and step.digest is not None)
        if step.digest is not None:
            digest = msgspec.json.encode(list(step.digest(side)))
            store.put_bytes(digest_key(spec.job_id, step_index, split.index), digest)
    else:
        with carrying(mapping, store, carry_key(spec.job_id, split.index)):
            _map_and_shuffle(mapping, job, spec, step_index, split, store, counters, keep, s3_client)
    store.put_bytes(map_counters_key(spec.job_id, step_index, split.index), msgspec.json.encode(counters))
    return counters


def _map_and_shuffle(
    mapping: _Mapping,
    job: Job,
    spec: JobSpec,
    step_index: int,
    split: Split,
    store: ObjectStore,
    counters: MapCounters,
    keep: RecordFilter | None,
    s3_client: Any | None,
) -> None:
    """Map into the combiner, then write the task's shuffle object."""
    spill_dir = os.environ.get("LOGMR_SPILL_DIR") or None
    combiner = _make_combiner(job, job.steps()[step_index], spec, spill_dir)
    _map_split(mapping, spec, split, combiner, counters, keep, s3_client)
    counters.emitted = combiner.emitted
    fd, path = tempfile.mkstemp(prefix="logmr-shuffle-", dir=spill_dir)
    try:
        with os.fdopen(fd, "wb", buffering=1 << 20) as out:
            write_shuffle(combiner.sorted_chunks(), spec.partitions, out)
        counters.spills = combiner.spills
        store.put_file(shuffle_key(spec.job_id, step_index, split.index), path)
    finally:
        os.unlink(path)
