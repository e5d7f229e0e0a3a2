"""The four task entry points, taking and returning small JSON-able payloads.

The local runner calls these in worker processes; the Lambda handlers call the very same
functions with the same payloads from Step Functions.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import msgspec

from ..job import REGISTRY, Job, JobOptionsError, UnknownAnalysisError, load_job
from ..job.registry import restricted
from ..storage import ObjectStore, open_store
from .decompress import CorruptInputError
from .filters import RecordFilter
from .finalize import finalize_job
from .inputs import InputError
from .mapper import run_map_task
from .planner import load_spec, plan_step
from .reducer import run_reduce_task
from .spec import JobLimitError, JobSpec, Split
from .steps import check_steps

# Errors that come out the same on every attempt (the input or the job is wrong, not the machine):
# the local runner does not retry them, and the state machine's first retrier names them with
# MaxAttempts 0 (tests/test_template.py checks the two lists agree).
FINAL_ERRORS: tuple[type[Exception], ...] = (
    CorruptInputError,
    InputError,
    JobLimitError,
    UnknownAnalysisError,
    JobOptionsError,
)


@lru_cache(maxsize=8)
def _job(analysis: str, options_json: bytes, restricted: bool, sources: tuple[str, ...]) -> Job:
    return load_job(analysis, msgspec.json.decode(options_json))


def job_for(spec: JobSpec) -> Job:
    """The job of a spec, built once per process. Where jobs are restricted (the stack's functions,
    `logmr serve`'s workers: LOGMR_JOB_MODULES is set) only built-in and registered jobs load; a
    spec naming a file or another module fails here (job/registry.py)."""
    # The cache is keyed by what decides which jobs may load, so a job loaded where anything could
    # is not handed out once jobs are restricted (or the registry changed) in the same process.
    return _job(spec.analysis, msgspec.json.encode(spec.options), restricted(), tuple(REGISTRY.sources()))


#: Allocations between two runs of the cyclic garbage collector's youngest generation during a
#: task (Python's default: 700). A task allocates a few objects per record (parse: a row, its
#: params, its key), none of them in a cycle, and at 700 the collector took a fifth of parse's
#: assignment step; reference counting frees them either way. The count is of new objects still
#: alive (a freed one is taken off): above a 4 MiB block's (70,000 to 140,000 in parse's assignment
#: step, where 50,000 ran the collector three times a block: a seventh of the step), it seldom
#: runs; cyclic garbage, which only it frees, waits for at most this many objects.
TASK_GC_THRESHOLD = 200_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the cyclic collector every TASK_GC_THRESHOLD allocations while a task runs."""
    before = gc.get_threshold()
    gc.set_threshold(TASK_GC_THRESHOLD, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


#: glibc's malloc maps an allocation over 128 KiB straight from the kernel and hands it back when
#: freed, and gives back the free memory at the heap's top past 128 KiB (both limits rise by
#: themselves only after the first large free, and only so far). A map task makes a few 4 MiB
#: buffers per block (read, joined, made one JSON array): each came as fresh pages the kernel
#: zeroed (a pino services task over 64 MiB: 0.07 s of its 0.27 s in the kernel; 0.02 s with
#: these limits). Above these sizes glibc behaves as before; a process keeps at most
#: _TRIM_THRESHOLD of free heap.
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # mallopt's parameters (malloc.h)
_MMAP_THRESHOLD = 32 * 2**20
_TRIM_THRESHOLD = 64 * 2**20


@lru_cache(maxsize=1)
def reuse_freed_memory() -> None:
    """Let this process's malloc keep and reuse a task's large buffers (glibc on Linux; elsewhere
    nothing changes)."""
    if sys.platform != "linux":
        return
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return
    mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD)  # (setting either turns glibc's moving limits off)
    mallopt(_M_TRIM_THRESHOLD, _TRIM_THRESHOLD)


@lru_cache(maxsize=8)
def _store(uri: str) -> ObjectStore:
    return open_store(uri)


def plan(payload: dict[str, Any], store: ObjectStore | None = None) -> dict[str, Any]:
    """{"work_uri", "spec": JobSpec, "step", "workers"?} -> StepPlan (the manifest is written to the
    store); `workers`: the tasks the runner runs at once (the local runner's processes, default 1)."""
    spec = msgspec.convert(payload["spec"], JobSpec)
    steps = job_for(spec).steps()  # fail fast on a bad analysis or options
    check_steps(steps)
    if spec.filtered:
        RecordFilter(spec.where, spec.since, spec.until)  # and on a bad condition or window
    store = store or _store(payload["work_uri"])
    step = payload.get("step", 0)
    return msgspec.to_builtins(plan_step(spec, step, store, steps=steps, workers=payload.get("workers", 1)))


def map_task(payload: dict[str, Any], store: ObjectStore | None = None) -> dict[str, Any]:
    """{"work_uri", "job_id", "step", "split": Split} -> MapCounters."""
    reuse_freed_memory()
    store = store or _store(payload["work_uri"])
    spec = load_spec(store, payload["job_id"])
    split = msgspec.convert(payload["split"], Split)
    with fewer_collections():
        counters = run_map_task(spec, payload.get("step", 0), split, store, job=job_for(spec))
    return msgspec.to_builtins(counters)


def reduce_task(payload: dict[str, Any], store: ObjectStore | None = None) -> dict[str, Any]:
    """{"work_uri", "job_id", "step", "partition", "maps"} -> ReduceCounters."""
    reuse_freed_memory()
    store = store or _store(payload["work_uri"])
    spec = load_spec(store, payload["job_id"])
    with fewer_collections():
        counters = run_reduce_task(
            spec, payload.get("step", 0), payload["partition"], payload["maps"], store, job=job_for(spec)
        )
    return msgspec.to_builtins(counters)


def finalize(payload: dict[str, Any], store: ObjectStore | None = None) -> dict[str, Any]:
    """{"work_uri", "job_id", "maps", "timings"} -> the result document."""
    store = store or _store(payload["work_uri"])
    spec = load_spec(store, payload["job_id"])
    return finalize_job(spec, store, payload["maps"], payload.get("timings"), job=job_for(spec))
