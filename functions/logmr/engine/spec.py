"""What a job is made of on the wire: its spec, its splits, and the storage keys of its data.

The same payloads travel between the local runner's processes and between Step Functions states,
so they are msgspec Structs that encode to small JSON objects.
"""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime
from typing import Any

import msgspec

from .rates import task_bytes_per_s

DEFAULT_SPLIT_SIZE = 64 * 1024 * 1024
DEFAULT_PARTITIONS = 8
DEFAULT_RETRIES = 2
#: How a job's final rows are written: JSON lines ({"key", "value"} per line) or Parquet.
OUTPUT_FORMATS = ("jsonl", "parquet")
JOB_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")
# Bounds on the work one job may ask for: a split smaller than MIN_SPLIT_SIZE costs more in task
# overhead than it reads, and every split is a task (a Lambda invocation and a Distributed Map item
# on AWS). LOGMR_MIN_SPLIT_SIZE / LOGMR_MAX_SPLITS change them (tests cut tiny files into many splits).
MIN_SPLIT_SIZE = 1024 * 1024
MAX_SPLIT_SIZE = 1024**4
MAX_SPLITS = 100_000
# The split size a job gets when it sets none (choose_split_size): TARGET_TASK_SECONDS of work for
# one map task (reading its bytes and mapping them at the rate bench/throughput.py measured for the
# job's analysis on its format, engine/rates.py), at least DEFAULT_SPLIT_SIZE and at most
# MAX_CHOSEN_SPLIT_SIZE, grown past TARGET_TASKS tasks so that an input of any size is read by at
# most about that many (each task is a Lambda invocation and a Distributed Map item, a few state
# transitions each).
TARGET_TASK_SECONDS = 10.0
TARGET_TASKS = 2_000
MAX_CHOSEN_SPLIT_SIZE = 8 * 1024**3


class JobLimitError(ValueError):
    """A job that asks for more work than the limits allow; the message says what to change."""


def min_split_size() -> int:
    return int(os.environ.get("LOGMR_MIN_SPLIT_SIZE", MIN_SPLIT_SIZE))


def max_splits() -> int:
    return int(os.environ.get("LOGMR_MAX_SPLITS", MAX_SPLITS))


def check_split_size(split_size: int) -> int:
    """The split size, if it lies between the minimum and 1TiB (JobLimitError otherwise)."""
    smallest = min_split_size()
    if split_size < smallest:
        raise JobLimitError(f"split size {split_size:,} bytes is below the minimum of {smallest:,} bytes")
    if split_size > MAX_SPLIT_SIZE:
        raise JobLimitError(f"split size {split_size:,} bytes is above the maximum of {MAX_SPLIT_SIZE:,} bytes (1TiB)")
    return split_size


def choose_split_size(
    total_bytes: int, requested: int | None = None, analysis: str = "", fmt: str = "auto", workers: int = 1
) -> int:
    """The split size of a job over `total_bytes` of input: the one requested (--split-size), else
    the bytes one map task reads and maps in TARGET_TASK_SECONDS at the measured rate of `analysis`
    on `fmt` (a format or analysis not measured, "auto" included: the slowest measured, as the
    estimate does), rounded down to a MiB and kept within [DEFAULT_SPLIT_SIZE,
    MAX_CHOSEN_SPLIT_SIZE]; grown to total / TARGET_TASKS (rounded up to a MiB, at most
    MAX_CHOSEN_SPLIT_SIZE) when it would make more than TARGET_TASKS tasks. With `workers` processes
    running tasks at once (the local runner), at most total / workers (rounded up to a MiB, at
    least the minimum split size): one task per worker rather than one core busy and the rest idle."""
    if requested is not None:
        return requested
    aimed = int(TARGET_TASK_SECONDS * task_bytes_per_s(analysis, fmt)) // 2**20 * 2**20
    spread = -(-total_bytes // TARGET_TASKS)
    wanted = min(MAX_CHOSEN_SPLIT_SIZE, max(DEFAULT_SPLIT_SIZE, aimed, -(-spread // 2**20) * 2**20))
    if workers > 1:
        shared = -(-total_bytes // workers)
        wanted = min(wanted, max(min_split_size(), -(-shared // 2**20) * 2**20))
    return wanted


#: Reduce tasks per job. On AWS the reduce items travel in the state (about 19 bytes each) and a
#: state holds at most 256 KiB: 10,000 leave room for everything else.
MAX_PARTITIONS = 10_000


def check_partitions(partitions: int) -> int:
    """The number of reduce partitions, if it lies between 1 and MAX_PARTITIONS (JobLimitError otherwise)."""
    if not 1 <= partitions <= MAX_PARTITIONS:
        raise JobLimitError(f"partitions must be between 1 and {MAX_PARTITIONS:,}, not {partitions:,}")
    return partitions


class InvalidJobIdError(ValueError):
    """A job id that could escape its storage prefix or is otherwise unusable."""


def validate_job_id(job_id: str) -> str:
    """The job id, if it is 1-128 letters, digits, '.', '_' or '-' (not starting with a symbol)."""
    if not isinstance(job_id, str) or not JOB_ID.fullmatch(job_id) or ".." in job_id:
        raise InvalidJobIdError(f"invalid job id {job_id!r}: use 1-128 letters, digits, '.', '_' or '-'")
    return job_id


def new_job_id(analysis: str) -> str:
    """A sortable, unique id such as `wordcount-20261126T040506-3f9a1c`."""
    stem = re.sub(r"[^A-Za-z0-9]+", "-", analysis.rsplit(":", 1)[-1]).strip("-").lower()[:40] or "job"
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    return f"{stem}-{stamp}-{os.urandom(3).hex()}"  # (secrets.token_hex's bytes, without its hashlib import)


class JobSpec(msgspec.Struct, kw_only=True):
    """Everything needed to run a job; written once by plan, read by every task."""

    job_id: str
    analysis: str
    inputs: list[str]
    options: dict[str, Any] = {}
    format: str = "auto"
    split_size: int | None = None  # None: chosen for the input (choose_split_size)
    partitions: int = DEFAULT_PARTITIONS
    combine_max_keys: int = 400_000
    combine_max_bytes: int = 256 * 2**20
    batch: bool = True
    skip_corrupt: bool = False  # read a damaged compressed input up to the damage instead of failing
    # Set by `logmr serve` (never by a request): every local input file must resolve inside these.
    allowed_folders: list[str] | None = None
    # Which records the job reads (engine/filters.py): conditions that must all hold, and a
    # half-open time window as UTC ISO 8601 (relative times resolved when the job was made).
    where: list[str] = []
    since: str | None = None
    until: str | None = None
    output_format: str = "jsonl"  # one of OUTPUT_FORMATS

    def __post_init__(self) -> None:
        if self.output_format not in OUTPUT_FORMATS:
            raise ValueError(f"unknown output format {self.output_format!r}: use {' or '.join(OUTPUT_FORMATS)}")

    @property
    def filtered(self) -> bool:
        return bool(self.where or self.since or self.until)


class SplitObject(msgspec.Struct, array_like=True):
    """A whole input of a split that packs several (or a compressed one): read from start to end,
    its compression from its first bytes, its format and layout from its head, its service from its
    name (engine/pieces.py). Encoded as a pair, [uri, size]: a split is one Distributed Map item, and
    an item's input is limited to 256 KiB."""

    uri: str
    size: int


class Split(msgspec.Struct, kw_only=True):
    """A byte range of one input; owns the lines that start inside [start, end). A split that packs
    whole inputs lists them in `objects` (`uri` is then the first one's, [start, end) spans their
    total size, `format` is the job's: AUTO to detect each one's)."""

    index: int
    uri: str
    start: int
    end: int
    compression: str | None = None
    format: str = "plain"
    service: str | None = None
    # The header layout learned for the split's file (plain text only; formats/header.py).
    layout: list[list[str]] | None = None
    objects: list[SplitObject] | None = None


class InputProblem(msgspec.Struct):
    """An input file not read (binary, say) or read only up to the damage, and why."""

    uri: str
    reason: str


class MapCounters(msgspec.Struct, kw_only=True):
    """What one map task read; `corrupt`: its inputs read only up to their damage (--skip-corrupt);
    `skipped`: its inputs left out (binary ones), each found when the task opened it."""

    lines: int = 0
    records: int = 0
    malformed: int = 0
    bytes: int = 0
    malformed_samples: list[str] = []
    emitted: int = 0
    spills: int = 0
    corrupt: list[InputProblem] = []
    skipped: list[InputProblem] = []
    files: int = 0  # inputs read as text
    filtered: int = 0  # records the job's conditions or window left out
    untimed: int = 0  # records a windowed job left out for want of a readable time
    carried: bool = False  # mapped the first step's carried columns, not the inputs (engine/carry.py)


class StepPlan(msgspec.Struct, kw_only=True):
    """The small answer of planning one step (the splits themselves are in the manifest)."""

    job_id: str
    step: int
    maps: int
    partitions: int
    bytes: int
    manifest: str
    files: int = 0
    reads: int = 0  # GET-class requests the plan made beside the work store's (listing, samples)
    reduces: int = 0  # the step's reduce tasks: its partitions, or none for a map-only step


def job_prefix(job_id: str) -> str:
    """Where a job's results live: its final outputs and result.json."""
    return f"jobs/{validate_job_id(job_id)}/"


def work_prefix(job_id: str) -> str:
    """Where a job's intermediate data lives (spec, manifests, shuffle, counters, step outputs):
    deleted after the job locally, expired by a lifecycle rule on S3."""
    return f"work/{validate_job_id(job_id)}/"


def spec_key(job_id: str) -> str:
    return work_prefix(job_id) + "job.json"


def manifest_key(job_id: str, step: int) -> str:
    return work_prefix(job_id) + f"steps/{step}/splits.json"


def pruned_key(job_id: str) -> str:
    """What the time window left unread by the inputs' names (pruning.Pruned), written only when some."""
    return work_prefix(job_id) + "steps/0/pruned.json"


def shuffle_key(job_id: str, step: int, map_index: int) -> str:
    return work_prefix(job_id) + f"steps/{step}/shuffle/map-{map_index:05d}.bin"


def map_counters_key(job_id: str, step: int, map_index: int) -> str:
    return work_prefix(job_id) + f"steps/{step}/counters/map-{map_index:05d}.json"


def digest_key(job_id: str, step: int, map_index: int) -> str:
    """The digest rows a map task of a map-only step leaves for the summary (Step.digest)."""
    return work_prefix(job_id) + f"steps/{step}/digests/map-{map_index:05d}.json"


def carry_key(job_id: str, map_index: int) -> str:
    """The columns a first-step map task keeps for a later step over the same split (engine/carry.py)."""
    return work_prefix(job_id) + f"steps/0/carry/map-{map_index:05d}.bin"


def summary_key(job_id: str, step: int, partition: int) -> str:
    """A reduce task's share of its job's summary, where finalize merges them (count_summary.py)."""
    return work_prefix(job_id) + f"steps/{step}/summaries/part-{partition:05d}.json"


def output_key(job_id: str, step: int, partition: int, final: bool, output_format: str = "jsonl") -> str:
    """A reduce task's part file: a job's final output (as JSON lines or Parquet), or an earlier
    step's (always JSON lines: the next step reads it)."""
    if final:
        return job_prefix(job_id) + f"output/part-{partition:05d}.{output_format}"
    return work_prefix(job_id) + f"steps/{step}/output/part-{partition:05d}.jsonl"


def result_key(job_id: str) -> str:
    return job_prefix(job_id) + "result.json"


def store_uri(store_root: str, key: str) -> str:
    """The URI of a key of a store, usable as a job input."""
    return store_root.rstrip("/") + "/" + key
