"""Job state: the same behaviour from the SQLite store and the DynamoDB store (on moto)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from logmr.jobstate import (
    CANCELLED,
    FAILED,
    PENDING,
    RUNNING,
    SUCCEEDED,
    DynamoJobStore,
    JobExistsError,
    JobRecord,
    JobRecordNotFoundError,
    JobStore,
    SqliteJobStore,
)


def create_jobs_table(client, name: str) -> None:
    """The jobs table as template.yaml declares it."""
    client.create_table(
        TableName=name,
        BillingMode="PAY_PER_REQUEST",
        AttributeDefinitions=[
            {"AttributeName": "job_id", "AttributeType": "S"},
            {"AttributeName": "item", "AttributeType": "S"},
            {"AttributeName": "kind", "AttributeType": "S"},
            {"AttributeName": "cursor", "AttributeType": "S"},
        ],
        KeySchema=[{"AttributeName": "job_id", "KeyType": "HASH"}, {"AttributeName": "item", "KeyType": "RANGE"}],
        GlobalSecondaryIndexes=[
            {
                "IndexName": "by_created",
                "KeySchema": [
                    {"AttributeName": "kind", "KeyType": "HASH"},
                    {"AttributeName": "cursor", "KeyType": "RANGE"},
                ],
                "Projection": {"ProjectionType": "ALL"},
            }
        ],
    )


@pytest.fixture(params=["sqlite", "dynamodb"])
def store(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[JobStore]:
    if request.param == "sqlite":
        yield SqliteJobStore(tmp_path / "jobs.db")
        return
    import boto3
    from moto import mock_aws

    for name, value in {
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "x",
        "AWS_SECRET_ACCESS_KEY": "x",
    }.items():
        monkeypatch.setenv(name, value)
    with mock_aws():
        client = boto3.client("dynamodb")
        create_jobs_table(client, "jobs")
        yield DynamoJobStore("jobs", client=client)


def _job(job_id: str, created_at: str = "") -> JobRecord:
    return JobRecord(
        job_id=job_id, analysis="wordcount", inputs=["s3://logs/x"], options={"min_length": 2}, created_at=created_at
    )


def test_create_get_and_duplicate(store: JobStore) -> None:
    store.create(_job("job-1"))
    job = store.get("job-1")
    assert (job.status, job.phase, job.analysis, job.options) == (PENDING, "plan", "wordcount", {"min_length": 2})
    assert job.counters["records"] == 0 and job.created_at
    with pytest.raises(JobExistsError):
        store.create(_job("job-1"))
    with pytest.raises(JobRecordNotFoundError):
        store.get("nope")


def test_task_counters_are_counted_once(store: JobStore) -> None:
    store.create(_job("job-2"))
    store.start_phase("job-2", "map", total=3)
    assert store.task_done("job-2", "map", 0, {"records": 10, "bytes": 100, "malformed": 1})
    assert not store.task_done("job-2", "map", 0, {"records": 10, "bytes": 100, "malformed": 1}), "a retry"
    assert store.task_done("job-2", "map", 1, {"records": 5, "bytes": 50, "malformed": 0})
    store.start_phase("job-2", "reduce", total=2)
    assert store.task_done("job-2", "reduce", 0, {})
    assert store.task_done("job-2", "map", 2, {"records": 1, "bytes": 1, "malformed": 0})
    job = store.get("job-2")
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


def test_finish_once_and_fields(store: JobStore) -> None:
    store.create(_job("job-3"))
    store.update("job-3", execution_arn="arn:aws:states:x", timings={"map": 1.5})
    store.finish("job-3", SUCCEEDED, summary={"top": [["a", 1]]}, result_uri="s3://w/jobs/job-3/result.json")
    store.finish("job-3", FAILED, error="late failure")  # an ended job keeps its first ending
    store.start_phase("job-3", "map", total=9)
    job = store.get("job-3")
    assert (job.status, job.phase, job.error) == (SUCCEEDED, "done", None)
    assert job.summary == {"top": [["a", 1]]} and job.timings == {"map": 1.5} and job.finished_at
    assert job.execution_arn == "arn:aws:states:x" and job.counters["splits_total"] == 0
    with pytest.raises(JobRecordNotFoundError):
        store.finish("nope", CANCELLED)


def test_list_newest_first_with_cursor(store: JobStore) -> None:
    for i in range(5):
        store.create(_job(f"job-{i}", created_at=f"2026-11-26T00:00:0{i}.000Z"))
    newest = store.list(limit=2)
    assert [j.job_id for j in newest] == ["job-4", "job-3"]
    after = store.list(limit=10, before=f"{newest[-1].created_at}#{newest[-1].job_id}")
    assert [j.job_id for j in after] == ["job-2", "job-1", "job-0"]
