"""The local runner's worker processes (runners/workers.py) on their own: answers in any order,
errors that keep their type, answers that do not pickle, workers that die busy or idle, a task
past its time limit. (test_runtime.py runs whole jobs through them under the same failures.)"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from logmr.runners.workers import WorkerDiedError, WorkerPool, WorkerTraceback


def _square(payload: dict) -> dict:
    time.sleep(payload.get("sleep", 0))
    return {"square": payload["n"] ** 2, "pid": os.getpid()}


def _fail(payload: dict) -> dict:
    raise KeyError(payload["missing"])


def _unpicklable(payload: dict) -> dict:
    return {"lock": __import__("threading").Lock()}


def _die(payload: dict) -> dict:
    os._exit(payload["code"])


def _run_all(pool: WorkerPool, fn, payloads: list[dict]) -> list:
    tasks = [pool.submit(fn, payload) for payload in payloads]
    pending = dict.fromkeys(tasks, 0)
    while pending:
        for task in pool.wait(pending):
            pending.pop(task)
    return tasks


def test_every_task_runs_once_on_the_workers_with_its_own_answer() -> None:
    pool = WorkerPool(2, None)
    try:
        payloads = [{"n": n, "sleep": 0.05 if n % 3 == 0 else 0} for n in range(9)]
        tasks = _run_all(pool, _square, payloads)
        answers = [task.result() for task in tasks]
    finally:
        pool.close()
    assert [answer["square"] for answer in answers] == [n * n for n in range(9)]
    assert len({answer["pid"] for answer in answers}) == 2 and os.getpid() not in {a["pid"] for a in answers}


def test_a_failed_task_keeps_its_error_s_type_and_the_worker_s_traceback() -> None:
    pool = WorkerPool(1, None)
    try:
        [failed] = _run_all(pool, _fail, [{"missing": "host"}])
        error = failed.exception()
        assert isinstance(error, KeyError) and error.args == ("host",)
        assert isinstance(error.__cause__, WorkerTraceback) and "_fail" in str(error.__cause__)
        # an answer that does not pickle fails its task; the worker goes on
        [unsent, after] = _run_all(pool, _unpicklable, [{}]) + _run_all(pool, _square, [{"n": 3}])
        assert isinstance(unsent.exception(), RuntimeError) and "could not be sent" in str(unsent.exception())
        assert after.result()["square"] == 9
    finally:
        pool.close()


def test_a_worker_that_dies_fails_its_task_only_and_is_replaced() -> None:
    pool = WorkerPool(2, None)
    try:
        died, *others = _run_all(pool, _die, [{"code": 137}]) + _run_all(pool, _square, [{"n": n} for n in range(4)])
        assert isinstance(died.exception(), WorkerDiedError) and died.exception().exitcode == 137
        assert [task.result()["square"] for task in others] == [0, 1, 4, 9]
        # an idle worker killed from outside is replaced too
        idle = others[-1].result()["pid"]
        os.kill(idle, signal.SIGKILL)
        deadline = time.monotonic() + 30
        while idle in {worker.process.pid for worker in pool._workers}:
            assert time.monotonic() < deadline
            pool.step(0.05)
        assert [task.result()["square"] for task in _run_all(pool, _square, [{"n": 5}, {"n": 6}])] == [25, 36]
    finally:
        pool.close()


def test_a_task_past_its_time_limit_is_stopped_and_the_next_one_runs() -> None:
    pool = WorkerPool(1, 0.5)
    try:
        started = time.monotonic()
        slow, fast = _run_all(pool, _square, [{"n": 2, "sleep": 60}, {"n": 3}])
        assert isinstance(slow.exception(), TimeoutError) and time.monotonic() - started < 30
        assert fast.result()["square"] == 9
    finally:
        pool.close()


def test_close_and_stop_leave_no_worker() -> None:
    for end in ("close", "stop"):
        pool = WorkerPool(2, None)
        processes = [worker.process for worker in pool._workers]
        if end == "stop":
            pool.submit(_square, {"n": 1, "sleep": 60})
            pool.step(0.05)
        getattr(pool, end)()
        pool.join()  # (close does not wait for the exits)
        assert not any(process.is_alive() for process in processes), end


_POOL_IMPORTS = """
import sys
from logmr.runners.workers import WorkerPool
pool = WorkerPool(2, None)
task = pool.submit(len, [1, 2, 3])
unwanted = ("asyncio", "pebble", "concurrent.futures.process")
print(task.result(), *sorted(name for name in unwanted if name in sys.modules))
pool.close()
"""


def test_the_workers_start_without_asyncio() -> None:
    """Starting workers costs a short run its imports and forks only (pebble's pool imported
    asyncio: 0.03 s of CPU before the first task)."""
    done = subprocess.run([sys.executable, "-c", _POOL_IMPORTS], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["3"]


@pytest.mark.parametrize("workers", [1, 3])
def test_more_tasks_than_workers_queue_and_all_finish(workers: int) -> None:
    pool = WorkerPool(workers, 30)
    try:
        tasks = _run_all(pool, _square, [{"n": n} for n in range(10)])
        assert [task.result()["square"] for task in tasks] == [n * n for n in range(10)]
    finally:
        pool.close()


def test_tasks_sent_ahead_run_once_each_and_go_back_to_the_queue_when_their_worker_dies() -> None:
    """With `ahead`, a busy worker holds its next task in its pipe; if the worker dies (or its
    task runs past the limit) that task never started: it runs on another worker, not failed."""
    pool = WorkerPool(2, 2.0)
    pool.ahead = 1
    try:
        tasks = _run_all(pool, _square, [{"n": n} for n in range(12)])
        assert [task.result()["square"] for task in tasks] == [n * n for n in range(12)]
        died, *after = _run_all(pool, _die, [{"code": 3}]) + _run_all(pool, _square, [{"n": n} for n in range(6)])
        assert died.exception().exitcode == 3 and [task.result()["square"] for task in after] == [0, 1, 4, 9, 16, 25]
        # one worker: its second task waits in its pipe behind one that dies, then one too slow
        pool.stop()
        pool = WorkerPool(1, 1.0)
        pool.ahead = 1
        died, held = (pool.submit(_die, {"code": 5}), pool.submit(_square, {"n": 7}))
        slow, held_too = (pool.submit(_square, {"n": 1, "sleep": 60}), pool.submit(_square, {"n": 8}))
        assert len(pool._workers[0].held) == 2  # (sent ahead)
        assert held.result()["square"] == 49 and held_too.result()["square"] == 64
        assert isinstance(died.exception(), WorkerDiedError) and isinstance(slow.exception(), TimeoutError)
    finally:
        pool.stop()
