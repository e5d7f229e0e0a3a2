"""Plan: list a job's inputs and cut them into splits (engine/packing.py), write the manifest."""

from __future__ import annotations

from typing import Any

import msgspec

from ..job import Step
from ..storage import ObjectNotFoundError, ObjectStore
from .inputs import InputFile, resolve_inputs
from .packing import DETECT_BYTES, large_inputs, pack_splits, service_from_uri, split_byte_ranges
from .pruning import Pruned, prune
from .spec import (
    JobLimitError,
    JobSpec,
    Split,
    StepPlan,
    check_partitions,
    check_split_size,
    choose_split_size,
    manifest_key,
    max_splits,
    min_split_size,
    output_key,
    pruned_key,
    spec_key,
    store_uri,
)

LIST_PAGE = 1000  # keys per ListObjectsV2 page
KV_FORMAT = "kv"  # the {"key": ..., "value": ...} lines one step writes for the next
__all__ = ["DETECT_BYTES", "KV_FORMAT", "plan_splits", "plan_step", "service_from_uri", "split_byte_ranges"]


BALANCE_UNIT = 64 * 1024  # an even split size is rounded up to this
BALANCED_ROUNDS = 16  # past so many tasks per worker, an uneven last round matters little


def split_size_of(spec: JobSpec, total_bytes: int, fmt: str | None = None, workers: int = 1) -> int:
    """The split size of a job's step over `total_bytes` (engine/spec.py choose_split_size): the
    one it asks for, else aimed at a few seconds of its analysis on its format (`fmt`, else the
    spec's), cut so that `workers` processes each get a task, and evened out so that they get as
    many tasks of one size (244 MiB on 2 workers: 4 tasks of 61 MiB, not 3 of 64 and one of 52,
    where one worker waited for the other)."""
    size = choose_split_size(total_bytes, spec.split_size, spec.analysis, fmt or spec.format, workers)
    rounds = -(-total_bytes // size // workers)  # tasks per worker (the last round perhaps not full)
    if spec.split_size is not None or workers < 2 or total_bytes <= size or rounds > BALANCED_ROUNDS:
        return size
    even = -(-total_bytes // (rounds * workers) // BALANCE_UNIT) * BALANCE_UNIT
    return even if even >= min_split_size() else size


def _check_split_count(count: int, total_bytes: int) -> None:
    limit = max_splits()
    if count > limit:
        needed = -(-total_bytes // limit)
        raise JobLimitError(
            f"the inputs make more than {limit:,} map tasks: use a larger split size (at least {needed:,} bytes)"
        )


def plan_splits(spec: JobSpec, files: list[InputFile], s3_client: Any | None = None, workers: int = 1) -> list[Split]:
    """The splits of the input files, numbered in order (engine/packing.py): small or compressed
    inputs packed whole, large plain ones cut into byte ranges; JobLimitError past the job's limits.
    Its only requests: the head of each large plain input (at most one per split)."""
    check_partitions(spec.partitions)
    if spec.split_size is not None:
        check_split_size(spec.split_size)
    total_bytes = sum(item.size for item in files)
    splits: list[Split] = []
    for split in pack_splits(spec, files, split_size_of(spec, total_bytes, workers=workers), s3_client):
        splits.append(split)
        _check_split_count(len(splits), total_bytes)
    return splits


def _previous_outputs(spec: JobSpec, step: int, store: ObjectStore, workers: int) -> list[Split]:
    splits: list[Split] = []
    sizes = {output_key(spec.job_id, step - 1, p, final=False): 0 for p in range(spec.partitions)}
    for key in sizes:
        sizes[key] = store.size(key)
    split_size = split_size_of(spec, sum(sizes.values()), KV_FORMAT, workers)
    for key, size in sizes.items():
        for start, end in split_byte_ranges(size, split_size):
            splits.append(
                Split(index=len(splits), uri=store_uri(store.uri, key), start=start, end=end, format=KV_FORMAT)
            )
        _check_split_count(len(splits), sum(sizes.values()))
    return splits


def plan_step(
    spec: JobSpec,
    step: int,
    store: ObjectStore,
    s3_client: Any | None = None,
    steps: list[Step] | None = None,
    workers: int = 1,
) -> StepPlan:
    """Write the split manifest of one step (and the job spec, on the first) and describe it. A
    later step maps the previous step's output, or, with `inputs`, the first step's splits again
    (their manifest copied: the same splits, so the same records and offsets). `workers`: how many
    tasks the runner runs at once (the local runner's processes)."""
    kind = steps[step] if steps else None
    if step == 0:
        store.put_bytes(spec_key(spec.job_id), msgspec.json.encode(spec))
        files = resolve_inputs(spec.inputs, s3_client, spec.allowed_folders)
        files, pruned = prune(files, spec.since, spec.until)
        if pruned.files:
            store.put_bytes(pruned_key(spec.job_id), msgspec.json.encode(pruned))
        splits = plan_splits(spec, files, s3_client, workers)
        total = sum(item.size for item in files)
        # GET-class requests beside the store's: the listing's pages and the samples' heads
        reads = -(-len(files) // LIST_PAGE) + len(large_inputs(files, split_size_of(spec, total, workers=workers)))
    elif kind is not None and kind.inputs:
        splits, files, reads = load_splits(store, spec.job_id, 0), [], 0
    else:
        splits, files, reads = _previous_outputs(spec, step, store, workers), [], 0
    key = manifest_key(spec.job_id, step)
    store.put_bytes(key, msgspec.json.encode(splits))
    return StepPlan(
        job_id=spec.job_id,
        step=step,
        maps=len(splits),
        partitions=spec.partitions,
        bytes=sum(s.end - s.start for s in splits),
        manifest=key,
        files=len(files) if step == 0 else len({s.uri for s in splits}),
        reads=reads,
        reduces=0 if kind is not None and kind.reduce is None else spec.partitions,
    )


def load_splits(store: ObjectStore, job_id: str, step: int) -> list[Split]:
    return msgspec.json.decode(store.get_bytes(manifest_key(job_id, step)), type=list[Split])


def load_pruned(store: ObjectStore, job_id: str) -> Pruned:
    """What the time window left unread by the inputs' names."""
    try:
        return msgspec.json.decode(store.get_bytes(pruned_key(job_id)), type=Pruned)
    except ObjectNotFoundError:
        return Pruned()


def load_spec(store: ObjectStore, job_id: str) -> JobSpec:
    return msgspec.json.decode(store.get_bytes(spec_key(job_id)), type=JobSpec)
