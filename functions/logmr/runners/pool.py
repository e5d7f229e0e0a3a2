"""Running a phase's tasks: in worker processes (runners/workers.py) or inline, with retries.

A worker that dies or runs a task past the time limit fails only that task; a task that fails is
run again up to `retries` times, except for errors a retry cannot fix; stop() ends every worker
at once (a cancel, Ctrl-C).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from ..engine import tasks
from ..engine.rates import task_bytes_per_s, throughput_table
from ..engine.spec import JobSpec, Split
from .workers import WorkerDiedError, WorkerPool


class JobFailedError(RuntimeError):
    """A task failed on every attempt; the message names the task and its last error."""


class JobCancelledError(RuntimeError):
    """The job was cancelled while it ran."""


DEFAULT_TASK_TIMEOUT = 900.0  # seconds, as the map and reduce Lambdas' default timeout


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
    ahead = 0  # (WorkerPool's: tasks sent to a busy worker; one at a time here)

    def submit(self, fn: Callable[..., Any], payload: dict) -> Future:
        return InlineFuture(fn, (payload,))

    def wait(self, pending: dict[Future, int]) -> set[Future]:
        future = next(iter(pending))
        future.run()  # type: ignore[attr-defined]
        return {future}

    def stop(self) -> None:
        pass

    def close(self) -> None:
        pass

    def join(self) -> None:
        pass


#: A built-in analysis whose first step maps less than this (its bytes at the analysis's measured
#: rate on one core, engine/throughput.json) runs its tasks in this process unless asked not to:
#: starting the workers (multiprocessing imported, a fork each, every task's payload and result
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


def pooled_at_any_format(spec: JobSpec, size: int) -> bool:
    """Whether start_pool_for starts workers for `size` bytes of input whatever their format (its
    rule at the analysis's fastest measured rate on any format; a user's job always gets them)."""
    rates = throughput_table()["rates"].get(spec.analysis)
    if rates is None:
        return True
    return size / max(task_bytes_per_s(spec.analysis, fmt) for fmt in rates) >= INLINE_SECONDS


# Formats whose map tasks read blocks on the columnar kernels (formats/columnar.py, formats/access_kernel.py),
# with pyarrow.
_KERNEL_FORMATS = frozenset(("logfmt", "syslog", "apache_error", "plain", "access"))


def _preload(spec: JobSpec, splits: list[Split]) -> list[str]:
    """The modules every worker of this job would import: imported once, before they start. Only
    what the job uses: a JSON job's workers load no pyarrow for their kernels (a long one's may
    import it for its UTF-8 checks, formats/utf8.py), and pyarrow comes without pandas (engine/arrow.py)."""
    if spec.output_format == "parquet" or any(split.format in _KERNEL_FORMATS for split in splits):
        return ["logmr.engine.arrow"]
    return []


def _task_error(what: str, i: int, error: BaseException, attempts: int) -> str:
    if isinstance(error, WorkerDiedError):
        return f"{what} {i}: {error} on attempt {attempts}"
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
        for future in sorted(pool.wait(pending), key=pending.__getitem__):  # in task order: the first error told
            i = pending.pop(future)
            error = future.exception()
            if error is None:
                results[i] = future.result()
                on_done(i, results[i])
                continue
            if isinstance(error, TimeoutError):  # it would run past the limit again: no retry
                raise TaskTimeoutError(f"{what} {i} ran past the task time limit ({pool.task_timeout:g} s)")
            attempts[i] += 1
            if attempts[i] > retries or isinstance(error, tasks.FINAL_ERRORS):
                raise JobFailedError(_task_error(what, i, error, attempts[i])) from error
            pending[pool.submit(fn, payloads[i])] = i
    return results  # type: ignore[return-value]
