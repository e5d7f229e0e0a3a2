"""Job state: the same behaviour from the SQLite store and the DynamoDB store (on moto); the
job_store fixture (conftest.py) is each of them."""

from __future__ import annotations

import pytest

from logmr.jobstate import (
    CANCELLED,
    FAILED,
    PENDING,
    RUNNING,
    SUCCEEDED,
    Job,
    JobExistsError,
    JobNotFoundError,
    JobStore,
)


def _job(job_id: str, created_at: str = "") -> Job:
    return Job(
        job_id=job_id, analysis="wordcount", inputs=["s3://logs/x"], options={"min_length": 2}, created_at=created_at
    )


def test_create_get_and_duplicate(job_store: JobStore) -> None:
    job_store.create(_job("job-1"))
    job = job_store.get("job-1")
    assert (job.status, job.phase, job.analysis, job.options) == (PENDING, "plan", "wordcount", {"min_length": 2})
    assert job.counters["records"] == 0 and job.created_at
    with pytest.raises(JobExistsError):
        job_store.create(_job("job-1"))
    with pytest.raises(JobNotFoundError):
        job_store.get("nope")


def test_task_counters_are_counted_once(job_store: JobStore) -> None:
    job_store.create(_job("job-2"))
    job_store.start_phase("job-2", "map", total=3)
    assert job_store.task_done("job-2", "map", 0, {"records": 10, "bytes": 100, "malformed": 1})
    assert not job_store.task_done("job-2", "map", 0, {"records": 10, "bytes": 100, "malformed": 1}), "a retry"
    assert job_store.task_done("job-2", "map", 1, {"records": 5, "bytes": 50, "malformed": 0})
    job_store.start_phase("job-2", "reduce", total=2)
    assert job_store.task_done("job-2", "reduce", 0, {})
    assert job_store.task_done("job-2", "map", 2, {"records": 1, "bytes": 1, "malformed": 0})
    job = job_store.get("job-2")
    assert job.status == RUNNING and job.phase == "reduce"
    assert set(job.phase_started) == {"map", "reduce"} and job.phase_started["map"] <= job.phase_started["reduce"]
    assert job.counters == {
        "splits_total": 3,
        "splits_done": 3,
        "partitions_total": 2,
        "partitions_done": 1,
        "records": 16,
        "bytes": 151,
        "malformed": 1,
    }


def test_finish_once_and_fields(job_store: JobStore) -> None:
    job_store.create(_job("job-3"))
    job_store.update("job-3", execution_arn="arn:aws:states:x", timings={"map": 1.5})
    job_store.finish("job-3", SUCCEEDED, summary={"top": [["a", 1]]}, result_uri="s3://w/jobs/job-3/result.json")
    job_store.finish("job-3", FAILED, error="late failure")  # an ended job keeps its first ending
    job_store.start_phase("job-3", "map", total=9)
    job = job_store.get("job-3")
    assert (job.status, job.phase, job.error) == (SUCCEEDED, "done", None)
    assert job.summary == {"top": [["a", 1]]} and job.timings == {"map": 1.5} and job.finished_at
    assert job.execution_arn == "arn:aws:states:x" and job.counters["splits_total"] == 0
    with pytest.raises(JobNotFoundError):
        job_store.finish("nope", CANCELLED)


def test_list_newest_first_with_cursor(job_store: JobStore) -> None:
    for i in range(5):
        job_store.create(_job(f"job-{i}", created_at=f"2026-11-26T00:00:0{i}.000Z"))
    newest = job_store.list(limit=2)
    assert [j.job_id for j in newest] == ["job-4", "job-3"]
    after = job_store.list(limit=10, before=f"{newest[-1].created_at}#{newest[-1].job_id}")
    assert [j.job_id for j in after] == ["job-2", "job-1", "job-0"]
