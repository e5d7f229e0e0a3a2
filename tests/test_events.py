"""The sample events in events/ drive every real handler, in the order a workflow would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aws_harness import LambdaContext, create_jobs_table, mocked_aws
from helpers import load_event


@pytest.fixture
def deployed(monkeypatch: pytest.MonkeyPatch, sample_dir: Path):
    import boto3

    from logmr.jobstate import DynamoJobStore, JobRecord
    from logmr.storage import s3

    env = {"WORK_BUCKET": "logmr-work-example", "JOBS_TABLE": "logmr-jobs", "ALLOWED_BUCKETS": "logmr-input-example"}
    with mocked_aws(monkeypatch, **env):
        client = s3.default_s3_client()
        for bucket in ("logmr-input-example", "logmr-work-example"):
            client.create_bucket(Bucket=bucket)
        for path in sample_dir.iterdir():
            client.upload_file(str(path), "logmr-input-example", f"logs/2026/11/26/{path.name}")
        dynamodb = boto3.client("dynamodb")
        create_jobs_table(dynamodb, "logmr-jobs")
        event = load_event("plan")
        jobs = DynamoJobStore("logmr-jobs", dynamodb)
        jobs.create(JobRecord(job_id=event["job_id"], analysis="services", inputs=event["spec"]["inputs"]))
        yield jobs


def test_each_handler_on_its_sample_event(deployed) -> None:
    from logmr.handlers import finalize, map, mark_failed, plan, reduce

    jobs = deployed
    planned = plan.handler(load_event("plan"), LambdaContext("plan"))
    assert planned["maps"] > 1 and planned["partitions"] == 2 and planned["manifest"]["Bucket"] == "logmr-work-example"
    assert len(json.dumps(planned)) < 256 * 1024 - 1024 * 16, "small enough for a Step Functions state"
    mapped = map.handler(load_event("map"), LambdaContext("map"))
    assert mapped == {"split": 0, "records": jobs.get(planned["job_id"]).counters["records"]} and mapped["records"]
    for partition in (0, 1):
        event = {**load_event("reduce"), "partition": partition}
        assert reduce.handler(event, LambdaContext("reduce"))["partition"] == partition
    done = finalize.handler(load_event("finalize"), LambdaContext("finalize"))
    job = jobs.get(planned["job_id"])
    assert done["status"] == job.status == "SUCCEEDED" and job.result_uri == done["result"]
    assert job.summary["total"] == mapped["records"]
    assert mark_failed.handler(load_event("mark_failed"), LambdaContext("mark_failed"))["status"] == "FAILED"
    assert jobs.get(planned["job_id"]).status == "SUCCEEDED", "an ended job keeps its first ending"


def test_mark_failed_records_the_cause(deployed) -> None:
    from logmr.handlers import mark_failed

    jobs = deployed
    event = load_event("mark_failed")
    mark_failed.handler(event, LambdaContext("mark_failed"))
    job = jobs.get(event["job_id"])
    assert job.status == "FAILED"
    assert job.error == "RuntimeError: map task 0 failed: connection reset by peer"
