"""The local runtime: the same four tasks on one machine, map and reduce tasks in a process pool."""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import msgspec

from ..engine import tasks
from ..engine.finalize import write_result, write_result_copy
from ..engine.planner import load_splits
from ..engine.spec import DEFAULT_RETRIES, JobSpec, Split, work_prefix
from ..jobstate import JobRecord, JobRecorder, JobRecordNotFoundError, JobStore, SqliteJobStore
from ..jobstate.base import phase_name
from ..jobstate.recorder import error_text
from ..storage import LocalStore, ObjectStore
from .early_pool import start_pool_early
from .pool import (
    DEFAULT_TASK_TIMEOUT,
    InlineTasks,
    JobCancelledError,
    JobFailedError,
    TaskTimeoutError,
    WorkerPool,
    run_phase,
    start_pool_for,
)
from .progress import Progress, ProgressCallback

__all__ = [
    "DEFAULT_TASK_TIMEOUT",
    "JobCancelledError",
    "JobFailedError",
    "TaskTimeoutError",
    "default_workers",
    "local_job_store",
    "logmr_home",
    "run_local",
    "run_to_folder",
]


def logmr_home() -> Path:
    """Where logmr keeps its local state: $LOGMR_HOME (default ~/.local/share/logmr), a private
    folder (0700: job records and results hold log lines)."""
    home = Path(os.environ.get("LOGMR_HOME", "~/.local/share/logmr")).expanduser()
    home.mkdir(mode=0o700, parents=True, exist_ok=True)
    if home.stat().st_uid == os.getuid():
        home.chmod(0o700)
    return home


def local_job_store() -> JobStore:
    """Where `logmr run` and `logmr serve` keep job records: $LOGMR_HOME/jobs.db. Jobs left
    unfinished by a process that died are marked FAILED on opening."""
    store = SqliteJobStore(logmr_home() / "jobs.db")
    store.fail_orphans()
    return store


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


class _NoJobStore:
    """The job store of a run that keeps no record (run_local without `jobs`): it forgets."""

    def create(self, job: JobRecord) -> JobRecord:
        return job

    def get(self, job_id: str) -> JobRecord:
        raise JobRecordNotFoundError(f"no job {job_id!r} (this run keeps no job records)")

    def list(self, limit: int = 50, before: str | None = None) -> list[JobRecord]:
        return []

    def start_phase(self, job_id: str, phase: str, total: int | None = None) -> None:
        pass

    def task_done(self, job_id: str, phase: str, task: int, counters: dict[str, int]) -> bool:
        return True

    def finish(self, job_id: str, status: str, **fields: Any) -> None:
        pass

    def update(self, job_id: str, **fields: Any) -> None:
        pass


def run_local(
    spec: JobSpec,
    store: ObjectStore,
    workers: int | None = None,
    retries: int = DEFAULT_RETRIES,
    progress: ProgressCallback | None = None,
    jobs: JobStore | None = None,
    cancel: threading.Event | None = None,
    task_timeout: float | None = DEFAULT_TASK_TIMEOUT,
    inline: bool | None = None,
) -> dict[str, Any]:
    """Run a whole job with the local runtime; returns the result document (also in result.json).

    With `jobs`, the job's record there follows its progress, as on AWS. Setting `cancel` stops
    the job within a fraction of a second, its running tasks with it (JobCancelledError). A task
    running past `task_timeout` seconds is stopped and fails the job. `inline` runs the tasks in
    this process, one at a time, where neither applies mid-task: the default for workers=1 and
    for a built-in analysis with little to map (pool.start_pool_for).
    """
    job = tasks.job_for(spec)
    recorder = JobRecorder(jobs if jobs is not None else _NoJobStore(), spec.job_id)
    record = JobRecord.of(spec)
    recorder.ensure_created(record)

    def check() -> None:
        """Stop at the next task boundary once the job is cancelled."""
        if cancel is not None and cancel.is_set():
            raise JobCancelledError(f"job {spec.job_id} was cancelled")

    workers = workers or default_workers()
    start_early = None
    if workers == 1 if inline is None else inline:
        workers, start_pool = 1, lambda *_: InlineTasks()
    else:
        start_pool = partial(start_pool_for, workers, task_timeout, inline is None)
        if inline is None:  # (`logmr serve`'s jobs, in threads, get theirs from a fork server after the plan)
            start_early = partial(start_pool_early, workers, task_timeout)
    try:
        report = progress or (lambda _: None)
        run = _LocalRun(spec, store, workers, start_pool, retries, report, recorder, check, start_early)
        result, location = _run(run, len(job.steps()))
    except BaseException as error:
        if isinstance(error, JobCancelledError):
            recorder.cancelled("cancelled by request")
        elif isinstance(error, KeyboardInterrupt | SystemExit):
            recorder.cancelled("interrupted (the runner was stopped by a signal)")
        else:
            recorder.failed(error_text(error))
        with contextlib.suppress(OSError):  # what a failed or cancelled run wrote is of no use
            store.delete_prefix(work_prefix(spec.job_id))
        raise
    recorder.finished(result, location)
    return result


def _run(run: _LocalRun, steps: int) -> tuple[dict[str, Any], str]:
    """Run every step, then finalize; the result document and where its result.json is."""
    run.state.steps = steps
    try:
        maps = [run.step(step) for step in range(steps)]
    except BaseException:
        # On an error, a cancel or Ctrl-C, the workers stop at once instead of finishing their tasks.
        if run.pool is not None:
            run.pool.stop()
        raise
    if run.pool is not None:  # the idle workers end while this process finalizes (not waited for)
        run.pool.close()
    return run.finalize(next((count for count in maps if count), 0))


@dataclass
class _LocalRun:
    """One job's run on this machine: its steps' phases in the pool, reported as they go to the
    progress callback and the job's record."""

    spec: JobSpec
    store: ObjectStore
    workers: int
    start_pool: Callable[[JobSpec, list[Split]], InlineTasks | WorkerPool]  # started after the first plan
    retries: int
    report: ProgressCallback
    recorder: JobRecorder
    check: Callable[[], None]
    start_early: Callable[[JobSpec], WorkerPool | None] | None = None  # before the first plan (early_pool.py)
    pool: InlineTasks | WorkerPool | None = None
    state: Progress = field(default_factory=Progress)
    timings: dict[str, float] = field(default_factory=dict)
    started: float = field(default_factory=time.perf_counter)

    def step(self, step: int) -> int:
        """Plan, map and reduce one step; the number of its map tasks."""
        spec, state, recorder = self.spec, self.state, self.recorder
        state.step, state.phase = step, "plan"
        if self.pool is None and step == 0 and self.start_early is not None:
            self.pool = self.start_early(spec)
        if self.pool is not None:  # (else the first plan is not shown: a progress bar's thread waits for the fork)
            self.report(state)
        recorder.plan_started(step)
        t0 = time.perf_counter()
        payload = {"spec": msgspec.to_builtins(spec), "step": step, "workers": self.workers}
        plan = tasks.plan(payload, self.store)
        splits = load_splits(self.store, spec.job_id, step)
        self.timings[phase_name("plan", step)] = time.perf_counter() - t0
        if self.pool is None:  # started now: the plan tells what its workers will import
            self.pool = self.start_pool(spec, splits)
        state.phase, state.maps_total, state.maps_done = "map", plan["maps"], 0
        state.reduces_total, state.reduces_done = plan["reduces"], 0
        self.report(state)
        self.check()
        recorder.plan_done(step, plan["maps"])
        base = {"work_uri": self.store.uri, "job_id": spec.job_id, "step": step}
        self._phase("map", step, tasks.map_task, [{**base, "split": msgspec.to_builtins(s)} for s in splits])
        if not plan["reduces"]:  # a map-only step: its map tasks wrote its output
            return plan["maps"]
        state.phase = "reduce"
        self.check()
        recorder.reduce_started(step, spec.partitions)
        self.report(state)
        partitions = [{**base, "partition": p, "maps": plan["maps"]} for p in range(spec.partitions)]
        self._phase("reduce", step, tasks.reduce_task, partitions)
        return plan["maps"]

    def _phase(self, phase: str, step: int, task: Callable, payloads: list[dict[str, Any]]) -> None:
        t0 = time.perf_counter()
        done = self._map_done if phase == "map" else self._reduce_done
        assert self.pool is not None
        # A reduce task is short (a partition's sums): a worker is sent its next one before it
        # answers, instead of waiting for this process between them. Map tasks go to the first
        # worker free (the phase's balance).
        self.pool.ahead = 1 if phase == "reduce" else 0
        run_phase(self.pool, task, payloads, self.retries, f"{phase} task", lambda i, c: done(step, i, c), self.check)
        self.timings[phase_name(phase, step)] = time.perf_counter() - t0

    def _map_done(self, step: int, index: int, counters: dict) -> None:
        self.state.maps_done += 1
        if step == 0:
            self.state.records += counters["records"]
            self.state.bytes += counters["bytes"]
        self.check()
        self.recorder.map_done(step, index, counters)
        self.report(self.state)

    def _reduce_done(self, step: int, index: int, _: dict) -> None:
        self.state.reduces_done += 1
        self.check()
        self.recorder.reduce_done(step, index)
        self.report(self.state)

    def finalize(self, maps: int) -> tuple[dict[str, Any], str]:
        """Sum the counters, write result.json, drop the work files."""
        spec, state = self.spec, self.state
        state.phase = "finalize"
        self.report(state)
        self.recorder.finalize_started()
        t0 = time.perf_counter()
        self.timings["total"] = t0 - self.started
        result = tasks.finalize({"job_id": spec.job_id, "maps": maps, "timings": self.timings}, self.store)
        result["timings"]["finalize"] = time.perf_counter() - t0
        result["timings"]["total"] = time.perf_counter() - self.started
        location = write_result(self.store, spec.job_id, result)
        self.store.delete_prefix(work_prefix(spec.job_id))
        state.phase = "done"
        self.report(state)
        return result, location


def run_to_folder(spec: JobSpec, output_dir: str | os.PathLike[str], **kwargs: Any) -> dict[str, Any]:
    """Run a job with a work store inside `output_dir`, leaving its part files (part-*.jsonl or
    part-*.parquet) and result.json there."""
    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    for stale in [*out.glob("part-*.jsonl"), *out.glob("part-*.parquet")]:
        stale.unlink()
    work = out / ".logmr-work"
    store = LocalStore(work)
    try:
        result = run_local(spec, store, **kwargs)
        names = []
        for key in result["outputs"]:
            names.append(key.rsplit("/", 1)[-1])
            os.replace(work / key, out / names[-1])
        result["outputs"] = names
        result["output_dir"] = str(out.resolve())
        location = write_result_copy(out, result)
        if kwargs.get("jobs") is not None:  # the record pointed into the work folder, gone below
            kwargs["jobs"].update(spec.job_id, result_uri=location)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return result
