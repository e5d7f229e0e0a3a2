"""The local runtime under failure: workers that die, tasks past their time limit, cancels,
Ctrl-C and SIGKILL on `logmr run`, jobs left behind by a dead process, private state files."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest

from helpers import JOBS, read_rows, run_job
from logmr.engine.spec import JobSpec, new_job_id
from logmr.jobstate import CANCELLED, FAILED, SUCCEEDED, JobRecord, SqliteJobStore
from logmr.runners import JobCancelledError, JobFailedError, local_job_store, run_local, run_to_folder
from logmr.runners.local import TaskTimeoutError
from logmr.storage import LocalStore


def _gone(pid: int) -> bool:
    """No such process any more (a zombie waiting for init to reap it counts as gone)."""
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def _wait_for(condition, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)


def _sleeper(pid_file: Path, seconds: float = 600.0) -> tuple[str, dict]:
    return f"{JOBS}:Sleeper", {"pid_file": str(pid_file), "seconds": seconds}


def test_workers_dying_mid_task_leave_the_output_of_a_clean_run(tmp_path: Path, json_file: Path) -> None:
    """GIVEN a job whose worker process dies (os._exit) on the first attempt of two different map
    tasks WHEN it runs with the default retries THEN it succeeds with a clean run's exact output."""
    lines = json_file.read_text().splitlines()
    first, last = lines[0][-40:], lines[-1][-40:]
    markers = tmp_path / "markers"
    markers.mkdir()
    analysis = f"{JOBS}:DyingWordCount"
    settings = {"split_size": 150_000, "partitions": 3, "workers": 2}
    died, died_result = run_job(
        analysis, [json_file], tmp_path / "died", options={"markers": str(markers), "die_on": [first, last]}, **settings
    )
    clean, clean_result = run_job(
        analysis, [json_file], tmp_path / "clean", options={"markers": str(markers)}, **settings
    )
    assert sorted(p.name for p in markers.iterdir()) == ["died-0", "died-1"]  # two workers did die
    assert died_result["counters"]["splits"] > 2  # ... in two different tasks
    assert died == clean and sum(clean.values()) > len(lines)
    assert died_result["counters"]["records"] == clean_result["counters"]["records"] == len(lines)


def test_a_worker_dying_on_every_attempt_fails_the_job_with_its_cause(tmp_path: Path, json_file: Path) -> None:
    markers = tmp_path / "markers"
    markers.mkdir()
    options = {"markers": str(markers), "die_on": ['"']}
    with pytest.raises(JobFailedError, match=r"map task \d+: its worker process died \(exit code 137\)"):
        run_job(f"{JOBS}:DyingWordCount", [json_file], tmp_path / "out", options=options, workers=2, retries=0)


def test_a_task_past_its_time_limit_is_stopped_and_fails_the_job(tmp_path: Path, json_file: Path) -> None:
    analysis, options = _sleeper(tmp_path / "pid")
    jobs = SqliteJobStore(tmp_path / "jobs.db")
    spec = JobSpec(job_id=new_job_id("sleeper"), analysis=analysis, inputs=[str(json_file)], options=options)
    with pytest.raises(TaskTimeoutError, match=r"map task 0 ran past the task time limit \(1 s\)"):
        run_local(spec, LocalStore(tmp_path / "work"), workers=2, jobs=jobs, task_timeout=1)
    assert _gone(int((tmp_path / "pid").read_text()))
    record = jobs.get(spec.job_id)
    assert record.status == FAILED and "time limit" in record.error


def test_cancel_stops_running_tasks_at_once(tmp_path: Path, json_file: Path) -> None:
    """A cancel does not wait for the task at hand (it would sleep for 10 minutes)."""
    analysis, options = _sleeper(tmp_path / "pid")
    jobs = SqliteJobStore(tmp_path / "jobs.db")
    spec = JobSpec(job_id=new_job_id("sleeper"), analysis=analysis, inputs=[str(json_file)], options=options)
    cancel, raised = threading.Event(), []

    def run() -> None:
        try:
            run_local(spec, LocalStore(tmp_path / "work"), workers=2, jobs=jobs, cancel=cancel, inline=False)
        except JobCancelledError as error:
            raised.append(error)

    runner = threading.Thread(target=run)
    runner.start()
    _wait_for((tmp_path / "pid").exists)
    cancel.set()
    runner.join(timeout=60)
    assert not runner.is_alive() and raised
    assert _gone(int((tmp_path / "pid").read_text()))
    assert jobs.get(spec.job_id).status == CANCELLED
    assert not list((tmp_path / "work").rglob(f"*{spec.job_id}*")), "a cancelled run leaves its work files"


def _start_run(tmp_path: Path, json_file: Path, home: Path) -> subprocess.Popen:
    analysis, options = _sleeper(tmp_path / "pid")
    command = [sys.executable, "-m", "logmr.cli.main", "run", analysis, str(json_file), "-q", "-w", "2"]
    command += ["-o", str(tmp_path / "out"), "--option", f"pid_file={options['pid_file']}"]
    env = {**os.environ, "LOGMR_HOME": str(home)}
    # Its own session and process group, as a shell gives a foreground job.
    return subprocess.Popen(command, env=env, start_new_session=True, stderr=subprocess.PIPE, text=True)


def _group_gone(pgid: int) -> bool:
    try:
        members = [p for p in psutil.process_iter(["pid"]) if os.getpgid(p.pid) == pgid]
    except (ProcessLookupError, psutil.NoSuchProcess):
        return False  # a process went away while we looked: look again
    return all(_gone(p.pid) for p in members)


def test_ctrl_c_stops_logmr_run_and_leaves_no_process(tmp_path: Path, json_file: Path, logmr_home: Path) -> None:
    """Ctrl-C (SIGINT to the foreground process group) ends `logmr run` with status 130; its
    whole process group is gone, the job is recorded CANCELLED and no result is written."""
    run = _start_run(tmp_path, json_file, logmr_home)
    _wait_for((tmp_path / "pid").exists)
    started = time.monotonic()
    os.killpg(run.pid, signal.SIGINT)
    assert run.wait(timeout=60) == 130
    seconds = time.monotonic() - started
    _wait_for(lambda: _group_gone(run.pid), 10)
    assert "interrupted" in run.stderr.read()
    assert seconds < 10  # the task would have slept 10 minutes; the issue asks for 2 s (measured: ~0.3 s)
    [job] = local_job_store().list()
    assert job.status == CANCELLED and "interrupted" in job.error
    assert not (tmp_path / "out" / "result.json").exists() and not list((tmp_path / "out").glob("part-*"))


def test_sigkill_leaves_no_orphan_workers_and_the_job_is_failed_later(
    tmp_path: Path, json_file: Path, logmr_home: Path
) -> None:
    run = _start_run(tmp_path, json_file, logmr_home)
    _wait_for((tmp_path / "pid").exists)
    worker = int((tmp_path / "pid").read_text())
    os.kill(run.pid, signal.SIGKILL)
    run.wait(timeout=60)
    _wait_for(lambda: _gone(worker), 10)  # workers die with their parent
    jobs = local_job_store()  # the next `logmr run` or `logmr serve` finds the job orphaned
    [job] = jobs.list()
    assert job.status == FAILED and "ended before the job did" in job.error


def test_only_jobs_of_dead_processes_are_failed(tmp_path: Path) -> None:
    jobs = SqliteJobStore(tmp_path / "jobs.db")
    jobs.create(JobRecord(job_id="mine", analysis="services", inputs=["x"]))  # this process: alive
    dead = subprocess.run(
        [
            sys.executable,
            "-c",
            f"from logmr.jobstate import *; SqliteJobStore({str(tmp_path / 'jobs.db')!r}).create("
            "JobRecord(job_id='theirs', analysis='services', inputs=['x']))",
        ],
        check=True,
    )
    assert dead.returncode == 0
    jobs.create(JobRecord(job_id="done", analysis="services", inputs=["x"]))
    jobs.finish("done", SUCCEEDED)
    assert jobs.fail_orphans() == ["theirs"]
    assert [jobs.get(j).status for j in ("mine", "theirs", "done")] == ["PENDING", FAILED, SUCCEEDED]


def test_only_unfinished_jobs_keep_an_owner_to_look_at(tmp_path: Path) -> None:
    """fail_orphans, at the start of every run, reads the owners of unfinished jobs only, not one
    row per job ever run: finish() drops a job's owner, and owners that older versions kept for
    finished jobs are dropped on the next look."""
    import sqlite3

    jobs = SqliteJobStore(tmp_path / "jobs.db")
    for job_id in ("a", "b", "old"):
        jobs.create(JobRecord(job_id=job_id, analysis="services", inputs=["x"]))
    jobs.finish("a", SUCCEEDED)
    with sqlite3.connect(tmp_path / "jobs.db") as db:  # "old" finished under an older version
        db.execute("UPDATE jobs SET doc = json_set(doc, '$.status', ?) WHERE job_id = 'old'", (SUCCEEDED,))
    assert jobs.fail_orphans() == []
    with sqlite3.connect(tmp_path / "jobs.db") as db:
        assert db.execute("SELECT job_id FROM owners").fetchall() == [("b",)]
    assert [jobs.get(j).status for j in ("a", "b", "old")] == [SUCCEEDED, "PENDING", SUCCEEDED]


def test_state_files_are_private(tmp_path: Path, json_file: Path, logmr_home: Path) -> None:
    logmr_home.chmod(0o755)  # as earlier versions left it
    spec = JobSpec(job_id=new_job_id("services"), analysis="services", inputs=[str(json_file)])
    run_to_folder(spec, tmp_path / "out", workers=1, jobs=local_job_store())
    assert stat.S_IMODE(logmr_home.stat().st_mode) == 0o700
    files = [p for p in logmr_home.iterdir() if p.name.startswith("jobs.db")]
    assert files and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in files), files
    assert read_rows(tmp_path / "out")


def test_errors_a_retry_cannot_fix_are_not_retried(tmp_path: Path) -> None:
    """A damaged input fails the same way on every attempt: one attempt, not 1 + --retries."""
    import gzip

    damaged = tmp_path / "app.log.gz"
    damaged.write_bytes(gzip.compress(b"".join(b"INFO request %d done\n" % i for i in range(50_000)))[:-64])
    with pytest.raises(JobFailedError, match=r"after 1 attempt \(a retry would fail the same way\): CorruptInput"):
        run_job("wordcount", [damaged], tmp_path / "out", workers=2, retries=2)


def test_a_small_built_in_job_starts_no_worker(tmp_path: Path, json_file: Path, monkeypatch) -> None:
    """A built-in analysis with less than INLINE_SECONDS of work to map runs its tasks in this
    process, with the answer its workers give; a larger one and a user's job get workers."""
    from logmr.runners import pool

    started, real = [], pool.WorkerPool
    monkeypatch.setattr(pool, "WorkerPool", lambda *args: started.append(args[0]) or real(*args))
    inline, _ = run_job("services", [json_file], tmp_path / "inline", workers=2)
    assert started == []
    run_job(f"{JOBS}:ErrorsPerHost", [json_file], tmp_path / "user", workers=2)
    assert started == [2]
    monkeypatch.setattr(pool, "INLINE_SECONDS", 0.0)
    pooled, _ = run_job("services", [json_file], tmp_path / "pooled", workers=2)
    assert started == [2, 2] and pooled == inline and sum(inline.values()) > 0
