"""One job-state recorder on both runtimes: the same jobs recorded by the local runner and by the
Step Functions workflow (moto, the real handlers in process) read the same, step after step."""

from __future__ import annotations

from pathlib import Path

import pytest

from aws_harness import start_job, upload_folder
from helpers import JOBS, USER_JOBS, fail_once_on
from logmr.engine.spec import JobSpec, new_job_id
from logmr.jobstate import DynamoJobStore, JobRecord, JobRecorder, JobStore, SqliteJobStore
from logmr.jobstate.base import COUNTERS
from logmr.runners import run_to_folder

TWO_STEPS = ["map", "reduce", "plan_1", "map_1", "reduce_1", "finalize"]
TWO_STEP_TIMINGS = {"plan", "map", "reduce", "plan_1", "map_1", "reduce_1", "finalize", "total"}


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """Every start_phase and task_done call on either store, in order:
    (job_id, "start", phase, total) and (job_id, "done", phase, task, counted)."""
    seen: list[tuple] = []
    for cls in (SqliteJobStore, DynamoJobStore):

        def start_phase(self, job_id, phase, total=None, _original=cls.start_phase):
            seen.append((job_id, "start", phase, total))
            return _original(self, job_id, phase, total)

        def task_done(self, job_id, phase, task, counters, _original=cls.task_done):
            counted = _original(self, job_id, phase, task, counters)
            seen.append((job_id, "done", phase, task, counted))
            return counted

        monkeypatch.setattr(cls, "start_phase", start_phase)
        monkeypatch.setattr(cls, "task_done", task_done)
    return seen


def _phases_started(calls: list[tuple], job_id: str) -> list[str]:
    """The phases in the order they started (a reduce phase is started by each of its tasks on AWS)."""
    phases: list[str] = []
    for call in calls:
        if call[0] == job_id and call[1] == "start" and (not phases or phases[-1] != call[2]):
            phases.append(call[2])
    return phases


def _tasks_done(calls: list[tuple], job_id: str) -> list[tuple[str, int]]:
    """The (phase, task) of every task counted, in order."""
    return sorted((call[2], call[3]) for call in calls if call[0] == job_id and call[1] == "done" and call[4])


def _run_locally(analysis: str, inputs: list[str], jobs: JobStore, out: Path, **settings) -> str:
    spec = JobSpec(job_id=new_job_id("local"), analysis=analysis, inputs=inputs, **settings)
    run_to_folder(spec, out, workers=2, jobs=jobs)
    return spec.job_id


def test_a_two_step_job_is_recorded_alike_on_both_runtimes(aws, calls, sample_dir: Path, tmp_path: Path) -> None:
    clients, machine = aws
    upload_folder(clients, sample_dir)
    settings = {"split_size": 300_000, "partitions": 2}
    local_jobs = SqliteJobStore(tmp_path / "jobs.db")
    local_id = _run_locally(
        f"{JOBS}:TopLevelPerService", [str(sample_dir / "app.jsonl")], local_jobs, tmp_path / "out", **settings
    )
    aws_id, execution = start_job(clients, machine, "TopLevelPerService", ["s3://logs/incoming/app.jsonl"], **settings)
    assert execution["status"] == "SUCCEEDED", execution.get("cause")
    local = local_jobs.get(local_id)
    remote = DynamoJobStore("jobs", clients["dynamodb"]).get(aws_id)

    assert (local.status, local.phase, local.error) == (remote.status, remote.phase, remote.error)
    assert (local.status, local.phase, local.error) == ("SUCCEEDED", "done", None)
    # The same phases, under the same names, in the same order: each step's, then finalize.
    assert _phases_started(calls, local_id) == _phases_started(calls, aws_id) == TWO_STEPS
    assert set(local.phase_started) == set(remote.phase_started) == set(TWO_STEPS)
    # The same tasks counted, each once: two plans, every step's maps and reduces, finalize.
    done = _tasks_done(calls, local_id)
    assert done == _tasks_done(calls, aws_id)
    assert len(done) == len(set(done))
    maps = [sum(1 for phase, _ in done if phase == name) for name in ("map", "map_1")]
    assert maps[0] > 1 and maps[1] >= 1, maps
    assert [task for phase, task in done if phase == "plan"] == [0, 1]
    assert [(phase, task) for phase, task in done if phase.startswith("reduce")] == [
        ("reduce", 0),
        ("reduce", 1),
        ("reduce_1", 0),
        ("reduce_1", 1),
    ]
    assert [task for phase, task in done if phase == "finalize"] == [0]
    # The visible counters agree: totals and what the job read are the first step's.
    assert {k: local.counters[k] for k in COUNTERS} == {k: remote.counters[k] for k in COUNTERS}
    assert local.counters["splits_done"] == local.counters["splits_total"] == maps[0]
    assert local.counters["partitions_done"] == local.counters["partitions_total"] == 2
    lines = len((sample_dir / "app.jsonl").read_text().splitlines())
    assert local.counters["records"] == lines and local.counters["bytes"] > 0
    # On AWS, every invocation's usage is counted: each step's plan, maps and reduces, and finalize.
    assert remote.counters["lambda_requests"] == 2 + maps[0] + maps[1] + 2 * 2 + 1
    assert set(local.timings) == set(remote.timings) == TWO_STEP_TIMINGS
    assert local.summary == remote.summary and local.summary
    assert local.result_uri == str((tmp_path / "out").resolve() / "result.json")  # where `logmr run` left it
    assert remote.result_uri == f"s3://work/jobs/{aws_id}/result.json"
    assert local.cost is None and remote.cost["usd"] > 0


def test_a_retried_task_is_counted_once_on_both_runtimes(
    aws, calls, sample_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clients, machine = aws
    upload_folder(clients, sample_dir)
    lines = (sample_dir / "app.jsonl").read_text().splitlines()
    settings = {"split_size": 500_000, "partitions": 2}
    local_jobs = SqliteJobStore(tmp_path / "jobs.db")
    records = {}
    for runtime in ("local", "aws"):
        markers = tmp_path / runtime
        markers.mkdir()
        fail_once_on([lines[5], lines[-5]], monkeypatch, markers)
        if runtime == "local":
            job_id = _run_locally(
                f"{JOBS}:FlakyWordCount", [str(sample_dir / "app.jsonl")], local_jobs, tmp_path / "out", **settings
            )
            job = local_jobs.get(job_id)
        else:
            job_id, execution = start_job(
                clients, machine, f"{USER_JOBS}:FlakyWordCount", ["s3://logs/incoming/app.jsonl"], **settings
            )
            assert execution["status"] == "SUCCEEDED", execution.get("cause")
            job = DynamoJobStore("jobs", clients["dynamodb"]).get(job_id)
        assert len(list(markers.glob("failed-*"))) == 2, f"{runtime}: two map tasks failed once each"
        maps = [task for phase, task in _tasks_done(calls, job_id) if phase == "map"]
        assert maps == list(range(job.counters["splits_total"])) and len(maps) > 1
        assert job.counters["splits_done"] == job.counters["splits_total"]
        assert job.counters["records"] == len(lines), f"{runtime}: a retried map task is counted once"
        records[runtime] = {k: job.counters[k] for k in COUNTERS}
    assert records["local"] == records["aws"]


def test_a_task_reporting_twice_is_counted_once_and_steps_do_not_mix(job_store: JobStore) -> None:
    """A duplicate report (Step Functions runs a task at least once) changes nothing; a later
    step's task 0 is not the first step's task 0, and adds no totals or read counters."""
    job_store.create(JobRecord(job_id="job", analysis="wordcount", inputs=["x"]))
    recorder = JobRecorder(job_store, "job")
    read = {"records": 10, "bytes": 100, "malformed": 1, "lines": 11}
    recorder.plan_done(0, maps=2)
    assert recorder.map_done(0, 0, read) is True
    assert recorder.map_done(0, 0, read) is False
    recorder.reduce_started(0, partitions=1)
    assert recorder.reduce_done(0, 0) is True
    assert recorder.reduce_done(0, 0) is False
    recorder.plan_started(1)
    recorder.plan_done(1, maps=1)
    assert recorder.map_done(1, 0, read) is True
    recorder.reduce_started(1, partitions=1)
    assert recorder.reduce_done(1, 0) is True
    job = job_store.get("job")
    assert job.phase == "reduce_1" and job.status == "RUNNING"
    assert {k: job.counters[k] for k in COUNTERS} == {
        "splits_total": 2,
        "splits_done": 1,
        "partitions_total": 1,
        "partitions_done": 1,
        "records": 10,
        "bytes": 100,
        "malformed": 1,
        "filtered": 0,
        "untimed": 0,
    }
    assert set(job.phase_started) == {"map", "reduce", "plan_1", "map_1", "reduce_1"}
    recorder.finalize_started()
    timings = recorder.timings()
    assert set(timings) == TWO_STEP_TIMINGS and all(seconds >= 0 for seconds in timings.values())
    recorder.finished({"summary": {"n": 1}, "timings": timings}, "s3://work/jobs/job/result.json")
    recorder.failed("too late")  # a job keeps its first ending
    job = job_store.get("job")
    assert (job.status, job.phase, job.error, job.summary) == ("SUCCEEDED", "done", None, {"n": 1})
    assert job.timings == timings and job.cost is None


def test_the_sqlite_store_keeps_one_connection_per_thread_and_process(tmp_path: Path) -> None:
    """A failed transaction leaves the connection usable; another thread, or a forked child, opens
    its own (a SQLite connection must not cross a fork)."""
    import os
    import threading

    store = SqliteJobStore(tmp_path / "jobs.db")
    store.create(JobRecord.of(JobSpec(job_id="j1", analysis="services", inputs=["x"])))
    first = store._connection()
    with pytest.raises(RuntimeError), store._transaction() as db:
        db.execute("UPDATE jobs SET doc = doc WHERE job_id = 'j1'")
        raise RuntimeError("boom")
    assert store._connection() is first and not first.in_transaction
    store.update("j1", error="still writable")
    seen = []
    thread = threading.Thread(target=lambda: seen.append((store._connection() is not first, store.get("j1").error)))
    thread.start()
    thread.join()
    assert seen == [(True, "still writable")]
    child = os.fork()
    if child == 0:  # pragma: no cover (the child's outcome is its exit status)
        os._exit(0 if store._connection() is not first and store.get("j1").error == "still writable" else 1)
    assert os.waitpid(child, 0)[1] == 0
