"""Running a phase's tasks: in worker processes (pebble's pool) or inline, with retries.

A worker that dies or runs a task past the time limit fails only that task; a task that fails is
run again up to `retries` times, except for errors a retry cannot fix; stop() ends every worker
at once (a cancel, Ctrl-C).
"""

from __future__ import annotations

import contextlib
import importlib
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, wait
from typing import Any

from ..engine import tasks
from ..engine.rates import task_bytes_per_s, throughput_table
from ..engine.spec import JobSpec, Split
from ..job import REGISTRY


class JobFailedError(RuntimeError):
    """A task failed on every attempt; the message names the task and its last error."""


class JobCancelledError(RuntimeError):
    """The job was cancelled while it ran."""


DEFAULT_TASK_TIMEOUT = 900.0  # seconds, as the map and reduce Lambdas' default timeout
_POLL_SECONDS = 0.2  # how often a waiting runner looks at its cancel flag
_PEBBLE_TICK = 0.01  # seconds between the looks of pebble's pool threads at the pool


class TaskTimeoutError(RuntimeError):
    """A task ran past the task time limit (its worker was stopped)."""


class InlineFuture(Future):
    """A task of the inline pool: it runs when the runner asks for the next finished task."""

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        super().__init__()
        self.call = (fn, args)

    def run(self) -> None:
        fn, args = self.call
        try:
            self.set_result(fn(*args))
        except Exception as error:  # handed to the retry logic like a worker's failure
            self.set_exception(error)


class InlineTasks:
    """Runs tasks in this process, one at a time (workers=1): simplest to debug, no pickling;
    a cancelled job stops after the task at hand, and no time limit applies."""

    task_timeout: float | None = None
    workers = 1

    def submit(self, fn: Callable[..., Any], payload: dict) -> Future:
        return InlineFuture(fn, (payload,))

    def wait(self, pending: dict[Future, int]) -> set[Future]:
        future = next(iter(pending))
        future.run()  # type: ignore[attr-defined]
        return {future}

    def broken(self, error: BaseException) -> bool:
        return False

    def stop(self) -> None:
        pass

    def close(self) -> None:
        pass


def _worker_started(job_sources: list[str]) -> None:
    """In a new worker: know the jobs registered in the runner (`logmr serve --jobs`), which a
    worker from the fork server would not, and die with the runner."""
    for source in job_sources:
        REGISTRY.register(source)
    _die_with_parent()


def _die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies (a SIGKILLed runner leaves no
    orphans). Elsewhere a worker notices its parent's end at its next task."""
    if sys.platform == "linux":
        import ctypes

        PR_SET_PDEATHSIG = 1
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


class WorkerPool:
    """Worker processes (pebble's ProcessPool): a worker that dies, or runs a task past the time
    limit, fails only its own task and is replaced; stop() ends every worker at once.

    On Linux, with no other thread running yet, workers are forked: they start in milliseconds
    with the engine already imported. Otherwise (a progress bar's thread, the server, macOS) they
    come from a fork server that imported the engine once, since forking a threaded process can
    deadlock.
    """

    def __init__(self, workers: int, task_timeout: float | None, preload: Sequence[str] = ()) -> None:
        """`preload`: modules the tasks will import, imported once here before the workers start
        (pyarrow for the text formats' kernels: 0.1 s of CPU in each worker otherwise)."""
        self.workers, self.task_timeout, self.preload = workers, task_timeout, tuple(preload)
        for name in self.preload:
            importlib.import_module(name)
        self.pool = self._start()

    def _start(self) -> Any:
        # Imported only when a job has workers: not by the Lambda functions, nor by a run whose
        # tasks run in its own process (multiprocessing alone is 0.01 s of CPU at a small run's start).
        import multiprocessing

        from pebble import CONSTS, ProcessPool

        # pebble's manager threads look at the pool every sleep_unit (0.1 s): closing the pool waited
        # for their next look, a twentieth of a second at the end of every run. Looking every 10 ms
        # costs the runner next to nothing (a few checks of two workers).
        CONSTS.sleep_unit = _PEBBLE_TICK

        if sys.platform == "linux" and threading.active_count() == 1:
            context = multiprocessing.get_context("fork")
        else:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["logmr.engine.tasks", *self.preload])
        pool = ProcessPool(
            max_workers=self.workers, initializer=_worker_started, initargs=(REGISTRY.sources(),), context=context
        )
        pool.schedule(int).result()  # start the workers now, before the caller starts any thread
        return pool

    def submit(self, fn: Callable[[dict], dict], payload: dict) -> Future:
        try:
            return self.pool.schedule(fn, args=(payload,), timeout=self.task_timeout)
        except RuntimeError:  # the pool broke (every worker died at once): start a new one
            self.stop()
            self.pool = self._start()
            return self.pool.schedule(fn, args=(payload,), timeout=self.task_timeout)

    def wait(self, pending: dict[Future, int]) -> set[Future]:
        done, _ = wait(pending, timeout=_POLL_SECONDS, return_when=FIRST_COMPLETED)
        return done

    def broken(self, error: BaseException) -> bool:
        """Whether a task failed because the pool broke (every worker died at once), not by its fault."""
        from concurrent.futures.process import BrokenProcessPool

        return isinstance(error, BrokenProcessPool)

    def stop(self) -> None:
        """End every worker now (terminate, then kill), dropping the tasks they run."""
        self.pool.stop()
        self.pool.join()

    def close(self) -> None:
        self.pool.close()
        self.pool.join()


#: A built-in analysis whose first step maps less than this (its bytes at the analysis's measured
#: rate on one core, engine/throughput.json) runs its tasks in this process unless asked not to:
#: starting the workers (pebble and asyncio imported, a fork each, every task's payload and result
#: sent across) took longer than such a job's work (a 2 MB services run: 0.1 s of its 0.5 s).
INLINE_SECONDS = 0.1


def start_pool_for(
    workers: int, task_timeout: float | None, may_inline: bool, spec: JobSpec, splits: list[Split]
) -> InlineTasks | WorkerPool:
    """The tasks' pool, once the first plan tells how much there is to do. A user's job always gets
    workers: its time limit holds and its crash fails a task, not this process."""
    if may_inline and spec.analysis in throughput_table()["rates"]:
        work = sum((s.end - s.start) / task_bytes_per_s(spec.analysis, s.format) for s in splits)
        if work < INLINE_SECONDS and not any(s.compression for s in splits):
            return InlineTasks()
    return WorkerPool(workers, task_timeout, _preload(spec, splits))


# Formats whose map tasks read blocks on the columnar kernels (formats/columnar.py, formats/access_kernel.py),
# with pyarrow.
_KERNEL_FORMATS = frozenset(("logfmt", "syslog", "apache_error", "plain", "access"))


def _preload(spec: JobSpec, splits: list[Split]) -> list[str]:
    """The modules every worker of this job would import: imported once, before they start. Only
    what the job uses: a JSON job's workers never load pyarrow, and pyarrow comes without pandas
    (engine/arrow.py)."""
    if spec.output_format == "parquet" or any(split.format in _KERNEL_FORMATS for split in splits):
        return ["logmr.engine.arrow"]
    return []


def _task_error(what: str, i: int, error: BaseException, attempts: int) -> str:
    from pebble import ProcessExpired

    if isinstance(error, ProcessExpired):
        return f"{what} {i}: its worker process died (exit code {error.exitcode}) on attempt {attempts}"
    tries = f"{attempts} attempts" if attempts > 1 else "1 attempt (a retry would fail the same way)"
    return f"{what} {i} failed after {tries}: {type(error).__name__}: {error}"


def run_phase(
    pool: InlineTasks | WorkerPool,
    fn: Callable[[dict], dict],
    payloads: list[dict],
    retries: int,
    what: str,
    on_done: Callable[[int, dict], None],
    check: Callable[[], None],
) -> list[dict]:
    """Run every payload, retrying a failed one (an error, or its worker's death) up to `retries`
    times; results in payload order. `check` raises to stop the phase (cancelled job)."""
    results: list[dict | None] = [None] * len(payloads)
    attempts = [0] * len(payloads)
    pending = {pool.submit(fn, payload): i for i, payload in enumerate(payloads)}
    while pending:
        check()
        for future in pool.wait(pending):
            i = pending.pop(future)
            error = future.exception()
            if error is None:
                results[i] = future.result()
                on_done(i, results[i])
                continue
            if isinstance(error, TimeoutError):  # it would run past the limit again: no retry
                raise TaskTimeoutError(f"{what} {i} ran past the task time limit ({pool.task_timeout:g} s)")
            if not pool.broken(error):  # a broken pool is not this task's fault
                attempts[i] += 1
                if attempts[i] > retries or isinstance(error, tasks.FINAL_ERRORS):
                    raise JobFailedError(_task_error(what, i, error, attempts[i])) from error
            pending[pool.submit(fn, payloads[i])] = i
    return results  # type: ignore[return-value]
