"""The local runner's worker processes: each runs one task at a time, sent down its own pipe.

No thread: the runner waits on every worker's answer pipe and process sentinel in one select, so
a worker that dies (an OOM kill, a segfault, `os._exit`) fails only the task it ran and is
replaced, a task past its time limit has its worker stopped and replaced, and stop() ends every
worker at once. Replaces pebble's pool, whose import (asyncio with it), manager threads and
10 ms ticks cost a short run 0.05-0.08 s before and after its tasks.
"""

from __future__ import annotations

import contextlib
import importlib
import math
import signal
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from typing import Any

from ..job import REGISTRY

_POLL_SECONDS = 0.2  # how long a wait lasts at most, so that the runner looks at its cancel flag
_END_SECONDS = 3.0  # how long a stopped worker has to end after SIGTERM, before SIGKILL
#: A task sent to a busy worker (WorkerPool.ahead) is at most this big pickled, so that it fits in its
#: pipe's buffer (64 KiB on Linux): the runner never waits on a worker that is itself sending.
_AHEAD_BYTES = 16 * 1024


class WorkerDiedError(RuntimeError):
    """A worker process ended while it ran a task."""

    def __init__(self, exitcode: int | None) -> None:
        super().__init__(f"its worker process died (exit code {exitcode})")
        self.exitcode = exitcode


class WorkerTraceback(Exception):
    """Where a task failed in its worker (the failure's __cause__)."""


class WorkerTask(Future):
    """A task sent to a worker; its result() waits by driving the pool."""

    def __init__(self, pool: WorkerPool, call: tuple[Callable[[dict], dict], dict]) -> None:
        super().__init__()
        self.pool, self.call = pool, call

    def result(self, timeout: float | None = None) -> Any:
        deadline = math.inf if timeout is None else time.monotonic() + timeout
        while not self.done() and time.monotonic() < deadline:
            self.pool.step(min(_POLL_SECONDS, deadline - time.monotonic()))
        return super().result(0)


class _Worker:
    """A worker process, the ends of its two pipes the runner holds, the tasks it was sent (the
    first one running) and the running one's deadline. (A plain class: a dataclass's creation is
    a millisecond of every run's start.)"""

    __slots__ = ("answers", "deadline", "held", "inbox", "process")

    def __init__(self, process: Any, inbox: Any, answers: Any) -> None:
        self.process = process  # multiprocessing's Process
        self.inbox, self.answers = inbox, answers  # the ends it is sent tasks down and answers from
        self.held: deque[WorkerTask] = deque()
        self.deadline = math.inf


def serve(tasks: Any, answers: Any, job_sources: list[str], warm: tuple[str, ...] = ()) -> None:
    """A worker's life: import the `warm` modules, then run each task it is sent, answer (True,
    result) or (False, error, its traceback), until told to stop (None) or the runner is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the runner's to handle: it stops us
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _worker_started(job_sources)
    for name in warm:
        with contextlib.suppress(Exception):  # (a guess of what the tasks will use: they import what they do)
            importlib.import_module(name)
    while True:
        try:
            message = tasks.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        fn, payload = message
        try:
            answer: tuple = (True, fn(payload))
        except BaseException as error:  # a task's failure, whatever it is, is the runner's to judge
            answer = (False, error, traceback.format_exc())
        try:
            answers.send(answer)
        except OSError:  # the runner is gone or stopped listening
            return
        except Exception as error:  # an answer that does not pickle
            answers.send((False, RuntimeError(f"its answer could not be sent: {error!r}"), ""))


def _worker_started(job_sources: list[str]) -> None:
    """In a new worker: know the jobs registered in the runner (`logmr serve --jobs`), which a
    worker from the fork server would not, and die with the runner."""
    for source in job_sources:
        REGISTRY.register(source)
    _die_with_parent()


def _die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies (a SIGKILLed runner leaves no
    orphans). Elsewhere a worker notices its parent's end when its pipe closes."""
    if sys.platform == "linux":
        import ctypes

        PR_SET_PDEATHSIG = 1
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


class WorkerPool:
    """`workers` processes running tasks one at a time each; tasks wait in a queue for a free one,
    or, with `ahead`, for a worker with fewer than `ahead` tasks waiting in its pipe.

    On Linux, with no other thread running, workers are forked: they start in milliseconds with
    the engine already imported. Otherwise (a progress bar's thread, the server, macOS) they come
    from a fork server that imported the engine once, since forking a threaded process can
    deadlock.
    """

    def __init__(
        self, workers: int, task_timeout: float | None, preload: Sequence[str] = (), warm: Sequence[str] = ()
    ) -> None:
        """`preload`: modules the tasks will import, imported once here before the workers start
        (pyarrow for the text formats' kernels: 0.1 s of CPU in each worker otherwise); `warm`:
        modules each worker imports as it starts (runners/early_pool.py: while this process plans)."""
        self.workers, self.task_timeout, self.preload, self.warm = workers, task_timeout, tuple(preload), tuple(warm)
        for name in self.preload:
            importlib.import_module(name)
        # Imported only when a job has workers (0.01 s of CPU at a small run's start otherwise).
        import multiprocessing
        import multiprocessing.connection
        import multiprocessing.reduction

        if sys.platform == "linux" and threading.active_count() == 1:
            self._context = multiprocessing.get_context("fork")
        else:
            self._context = multiprocessing.get_context("forkserver")
            self._context.set_forkserver_preload(["logmr.engine.tasks", __name__, *self.preload, *self.warm])
        self._select = multiprocessing.connection.wait
        self._dumps = multiprocessing.reduction.ForkingPickler.dumps  # (as Connection.send pickles)
        #: Tasks a busy worker is sent before it answers: short tasks (a reduce phase's) then run
        #: one after another without waiting for the runner between them (its wake-up, on busy
        #: cores); 0 leaves each task to the first worker free (the map phase's balance).
        self.ahead = 0
        self._queue: deque[WorkerTask] = deque()
        self._ending: list[Any] = []  # the processes of close(), for join()
        self._workers = [self._start() for _ in range(workers)]

    def _start(self) -> _Worker:
        task_reader, task_writer = self._context.Pipe(duplex=False)
        answer_reader, answer_writer = self._context.Pipe(duplex=False)
        args = (task_reader, answer_writer, REGISTRY.sources(), self.warm)
        process = self._context.Process(target=serve, args=args, name="logmr-worker", daemon=True)
        process.start()
        task_reader.close()
        answer_writer.close()
        return _Worker(process, task_writer, answer_reader)

    def submit(self, fn: Callable[[dict], dict], payload: dict) -> WorkerTask:
        task = WorkerTask(self, (fn, payload))
        self._queue.append(task)
        self._dispatch()
        return task

    def wait(self, pending: dict[Future, int]) -> set[Future]:
        """The tasks of `pending` that are done, after waiting for one at most _POLL_SECONDS."""
        if not any(task.done() for task in pending):
            self.step(_POLL_SECONDS)
        return {task for task in pending if task.done()}

    def step(self, timeout: float) -> None:
        """Wait up to `timeout` seconds for workers to answer or end; take their answers, fail
        the tasks of workers that died or ran past the time limit, and send queued tasks."""
        busy = [worker for worker in self._workers if worker.held]
        now = time.monotonic()
        timeout = max(0.0, min([timeout, *(worker.deadline - now for worker in busy)]))
        ready = self._select([worker.answers for worker in busy] + [w.process.sentinel for w in self._workers], timeout)
        for worker in list(self._workers):
            if worker.answers in ready:
                self._receive(worker)
            elif worker.process.sentinel in ready:
                self._replace(worker, None)
            elif worker.held and time.monotonic() >= worker.deadline:
                self._replace(worker, TimeoutError(f"the task ran past {self.task_timeout:g} s"))
        self._dispatch()

    def _dispatch(self) -> None:
        """Send queued tasks: a task to each idle worker, then `ahead` more to each busy one."""
        for depth in range(1 + self.ahead):
            for worker in self._workers:
                if len(worker.held) == depth and self._queue:
                    self._send(worker, self._queue[0], depth)

    def _send(self, worker: _Worker, task: WorkerTask, depth: int) -> None:
        try:
            data = self._dumps(task.call)
        except Exception as error:  # the task does not pickle
            self._queue.popleft()
            task.set_exception(error)
            return
        if depth and len(data) > _AHEAD_BYTES:
            return
        self._queue.popleft()
        if not worker.held:
            worker.deadline = self._deadline()
        worker.held.append(task)
        with contextlib.suppress(OSError):  # the worker is gone: its sentinel tells, and its task fails then
            worker.inbox.send_bytes(data)

    def _deadline(self) -> float:
        return time.monotonic() + self.task_timeout if self.task_timeout else math.inf

    def _receive(self, worker: _Worker) -> None:
        try:
            answer = worker.answers.recv()
        except (EOFError, OSError):  # the worker ended without answering
            self._replace(worker, None)
            return
        except Exception as error:  # an answer that does not unpickle here
            answer = (False, RuntimeError(f"its answer could not be read: {error!r}"), "")
        task = worker.held.popleft()
        worker.deadline = self._deadline() if worker.held else math.inf  # (the next one has started)
        if answer[0]:
            task.set_result(answer[1])
            return
        error = answer[1]
        error.__cause__ = WorkerTraceback(answer[2])
        task.set_exception(error)

    def _replace(self, worker: _Worker, error: BaseException | None) -> None:
        """End a worker (it died, or its task ran too long), fail its task, start another; the
        tasks sent ahead to it, never started, go back to the front of the queue."""
        _end([worker.process])
        if worker.held:
            worker.held.popleft().set_exception(error or WorkerDiedError(worker.process.exitcode))
            self._queue.extendleft(reversed(worker.held))
            worker.held.clear()
        _close(worker)
        self._workers[self._workers.index(worker)] = self._start()

    def stop(self) -> None:
        """End every worker now (terminate, then kill), dropping the tasks they run."""
        _end([worker.process for worker in self._workers])
        self._forget()

    def close(self) -> None:
        """Tell every worker to end once its task is done (none runs once a phase has ended),
        without waiting for their exits (a process with a task's heap takes milliseconds to
        end): join() waits, multiprocessing reaps them when it starts a process or at exit."""
        for worker in self._workers:
            with contextlib.suppress(OSError):
                worker.inbox.send(None)
        self._ending += [worker.process for worker in self._workers]
        self._forget()

    def join(self) -> None:
        """Wait for the workers told to end to have ended (ended by force after _END_SECONDS)."""
        for process in self._ending:
            process.join(_END_SECONDS)
        _end(self._ending)
        self._ending = []

    def _forget(self) -> None:
        for worker in self._workers:
            _close(worker)
            for task in worker.held:
                if not task.done():
                    task.set_exception(RuntimeError("the worker pool was stopped"))
        for task in self._queue:
            task.cancel()
        self._workers, self._queue = [], deque()


def _end(processes: list[Any]) -> None:
    """SIGTERM to the live ones, then SIGKILL to those still there after _END_SECONDS; reaped."""
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(_END_SECONDS)
        if process.is_alive():
            process.kill()
            process.join()


def _close(worker: _Worker) -> None:
    worker.inbox.close()
    worker.answers.close()
