"""Plan: list a job's inputs, detect each file's format and cut byte-range splits."""

from __future__ import annotations

import re
from typing import Any

import msgspec

from ..formats import AUTO, binary_reason, detect_format, get_format
from ..formats.reading import learn_layout
from ..storage import ObjectNotFoundError, ObjectStore
from .inputs import InputError, InputFile, open_input, resolve_inputs, sniff_compression
from .pruning import Pruned, prune
from .reader import read_head
from .spec import (
    InputProblem,
    JobLimitError,
    JobSpec,
    Split,
    StepPlan,
    check_partitions,
    check_split_size,
    manifest_key,
    max_splits,
    output_key,
    pruned_key,
    skipped_key,
    spec_key,
    store_uri,
)

DETECT_BYTES = 64 * 1024
KV_FORMAT = "kv"  # the {"key": ..., "value": ...} lines one step writes for the next
_EXTENSIONS = re.compile(r"(\.(log|txt|json|jsonl|ndjson|gz|gzip|zst|zstd|\d+))+$", re.IGNORECASE)


def service_from_uri(uri: str) -> str:
    """The default service of a file's records: its name without log-ish extensions."""
    name = uri.rstrip("/").rsplit("/", 1)[-1]
    return _EXTENSIONS.sub("", name) or name


def split_byte_ranges(size: int, split_size: int) -> list[tuple[int, int]]:
    """[start, end) ranges of at most split_size bytes covering [0, size); one empty range for size 0."""
    if size <= 0:
        return [(0, 0)]
    return [(start, min(start + split_size, size)) for start in range(0, size, split_size)]


def _file_splits(item: InputFile, spec: JobSpec, first_index: int, s3_client: Any | None) -> list[Split] | InputProblem:
    """The splits of one file, or why it is left out (a binary file has no lines to read)."""
    with open_input(item.uri, 0, s3_client) as stream:
        head = stream.read(DETECT_BYTES)
    compression = sniff_compression(head[:4])
    if compression:  # the head to look at is the decompressed one (a plain file's is read already)
        head = read_head(item.uri, compression, DETECT_BYTES, s3_client)
    reason = binary_reason(head)
    if reason:
        return InputProblem(uri=item.uri, reason=reason)
    fmt = detect_format(head).name if spec.format == AUTO else get_format(spec.format).name
    layout = learn_layout(fmt, head)  # one layout per file, whatever its splits
    service = service_from_uri(item.uri)
    ranges = [(0, item.size)] if compression else split_byte_ranges(item.size, spec.split_size)
    return [
        Split(
            index=first_index + i,
            uri=item.uri,
            start=start,
            end=end,
            compression=compression,
            format=fmt,
            service=service,
            layout=layout,
        )
        for i, (start, end) in enumerate(ranges)
    ]


def _check_split_count(count: int, total_bytes: int) -> None:
    limit = max_splits()
    if count > limit:
        needed = -(-total_bytes // limit)
        raise JobLimitError(
            f"the inputs make more than {limit:,} map tasks: use a larger split size (at least {needed:,} bytes)"
        )


def plan_inputs(
    spec: JobSpec, files: list[InputFile], s3_client: Any | None = None
) -> tuple[list[Split], list[InputProblem]]:
    """The splits of every input file, numbered in order, and the files left out (binary ones).
    Only left-out files: InputError naming them; JobLimitError past the job's limits."""
    check_split_size(spec.split_size)
    check_partitions(spec.partitions)
    total_bytes = sum(item.size for item in files)
    _check_split_count(len(files), total_bytes)
    splits: list[Split] = []
    skipped: list[InputProblem] = []
    for item in files:
        planned = _file_splits(item, spec, len(splits), s3_client)
        if isinstance(planned, InputProblem):
            skipped.append(planned)
        else:
            splits.extend(planned)
            _check_split_count(len(splits), total_bytes)
    if skipped and not splits:
        named = "; ".join(f"{problem.uri} ({problem.reason})" for problem in skipped[:5])
        more = f"; and {len(skipped) - 5} more" if len(skipped) > 5 else ""
        raise InputError(f"no log files to read, every input was left out: {named}{more}")
    return splits, skipped


def plan_splits(spec: JobSpec, files: list[InputFile], s3_client: Any | None = None) -> list[Split]:
    """The splits of every input file that is not left out, numbered in order."""
    return plan_inputs(spec, files, s3_client)[0]


def _previous_outputs(spec: JobSpec, step: int, store: ObjectStore) -> list[Split]:
    splits = []
    sizes = {output_key(spec.job_id, step - 1, p, final=False): 0 for p in range(spec.partitions)}
    for key in sizes:
        sizes[key] = store.size(key)
    for key, size in sizes.items():
        for start, end in split_byte_ranges(size, spec.split_size):
            splits.append(
                Split(index=len(splits), uri=store_uri(store.uri, key), start=start, end=end, format=KV_FORMAT)
            )
        _check_split_count(len(splits), sum(sizes.values()))
    return splits


def plan_step(spec: JobSpec, step: int, store: ObjectStore, s3_client: Any | None = None) -> StepPlan:
    """Write the split manifest of one step (and the job spec, on the first) and describe it."""
    if step == 0:
        store.put_bytes(spec_key(spec.job_id), msgspec.json.encode(spec))
        files = resolve_inputs(spec.inputs, s3_client, spec.allowed_folders)
        files, pruned = prune(files, spec.since, spec.until)
        if pruned.files:
            store.put_bytes(pruned_key(spec.job_id), msgspec.json.encode(pruned))
        splits, skipped = plan_inputs(spec, files, s3_client)
        if skipped:  # for finalize, which may run elsewhere (another Lambda)
            store.put_bytes(skipped_key(spec.job_id), msgspec.json.encode(skipped))
    else:
        splits = _previous_outputs(spec, step, store)
    key = manifest_key(spec.job_id, step)
    store.put_bytes(key, msgspec.json.encode(splits))
    return StepPlan(
        job_id=spec.job_id,
        step=step,
        maps=len(splits),
        partitions=spec.partitions,
        bytes=sum(s.end - s.start for s in splits),
        manifest=key,
        files=len({s.uri for s in splits}),
    )


def load_splits(store: ObjectStore, job_id: str, step: int) -> list[Split]:
    return msgspec.json.decode(store.get_bytes(manifest_key(job_id, step)), type=list[Split])


def load_skipped(store: ObjectStore, job_id: str) -> list[InputProblem]:
    """The input files the planner left out, and why."""
    try:
        data = store.get_bytes(skipped_key(job_id))
    except ObjectNotFoundError:
        return []
    return msgspec.json.decode(data, type=list[InputProblem])


def load_pruned(store: ObjectStore, job_id: str) -> Pruned:
    """What the time window left unread by the inputs' names."""
    try:
        return msgspec.json.decode(store.get_bytes(pruned_key(job_id)), type=Pruned)
    except ObjectNotFoundError:
        return Pruned()


def load_spec(store: ObjectStore, job_id: str) -> JobSpec:
    return msgspec.json.decode(store.get_bytes(spec_key(job_id)), type=JobSpec)
