"""One contract for every backend: each ObjectStore (a local folder, an S3 prefix on moto) and each
JobStore (SQLite, DynamoDB on moto) runs the same tests, asserting what the protocols in
storage/base.py and jobstate/base.py document. What only one backend has is tested at the end."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from aws_harness import mocked_aws
from logmr.jobstate import (
    CANCELLED,
    FAILED,
    PENDING,
    RUNNING,
    SUCCEEDED,
    TERMINAL,
    JobExistsError,
    JobRecord,
    JobRecordNotFoundError,
    JobStore,
)
from logmr.jobstate.base import COUNTERS, cursor_of
from logmr.storage import ObjectNotFoundError, ObjectStore, open_store


@pytest.fixture(params=["local", "s3"])
def object_store(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator:
    """Each ObjectStore backend, empty: a folder, or a prefix of a bucket (moto)."""
    if request.param == "local":
        yield open_store(str(tmp_path / "store"))
        return
    import boto3

    with mocked_aws(monkeypatch):
        client = boto3.client("s3")
        client.create_bucket(Bucket="work")
        yield open_store("s3://work/some/prefix", s3_client=client)


# ---- ObjectStore ----


def test_put_get_replace_and_size(object_store: ObjectStore) -> None:
    object_store.put_bytes("a/b.txt", b"hello")
    assert object_store.get_bytes("a/b.txt") == b"hello" and object_store.size("a/b.txt") == 5
    object_store.put_bytes("a/b.txt", b"hi")
    assert object_store.get_bytes("a/b.txt") == b"hi" and object_store.size("a/b.txt") == 2
    object_store.put_bytes("empty", b"")
    assert object_store.get_bytes("empty") == b"" and object_store.size("empty") == 0


def test_put_file(object_store: ObjectStore, tmp_path: Path) -> None:
    source = tmp_path / "source.bin"
    source.write_bytes(bytes(range(256)) * 5000)
    object_store.put_file("uploaded/file.bin", str(source))
    assert object_store.get_bytes("uploaded/file.bin") == source.read_bytes()
    assert object_store.size("uploaded/file.bin") == 1_280_000
    source.unlink()  # (as the engine does with its part and shuffle files once put)
    object_store.put_file("uploaded/file.bin", str(_written(tmp_path / "again.bin", b"replaced")))
    assert object_store.get_bytes("uploaded/file.bin") == b"replaced"


@pytest.mark.parametrize("links", [True, False])
def test_a_local_store_links_a_file_or_copies_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, links) -> None:
    """On the store's file system the file is linked (not copied); where linking fails (another
    file system), copied; either way the object outlives the file, and no temporary name is left."""
    import os

    if not links:
        monkeypatch.setattr(os, "link", lambda *_: (_ for _ in ()).throw(OSError(18, "cross-device link")))
    store = open_store(str(tmp_path / "store"))
    source = _written(tmp_path / "part.bin", b"rows" * 1000)
    store.put_file("steps/0/part.bin", str(source))
    linked = os.path.samefile(source, tmp_path / "store" / "steps/0/part.bin")
    source.unlink()
    assert linked == links and store.get_bytes("steps/0/part.bin") == b"rows" * 1000
    assert [path.name for path in (tmp_path / "store" / "steps/0").iterdir()] == ["part.bin"]


def _written(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_ranged_reads(object_store: ObjectStore) -> None:
    object_store.put_bytes("k", b"0123456789")
    assert object_store.get_range("k", 0, 10) == b"0123456789"
    assert object_store.get_range("k", 2, 5) == b"234"
    assert object_store.get_range("k", 8, 20) == b"89", "a range past the end stops at the end"
    assert object_store.get_range("k", 10, 20) == b"", "a range starting at the end is empty"
    assert object_store.get_range("k", 12, 20) == b""
    assert object_store.get_range("k", 5, 5) == b"" and object_store.get_range("k", 6, 3) == b""
    assert object_store.get_suffix("k", 3) == b"789"
    assert object_store.get_suffix("k", 50) == b"0123456789", "all of it when shorter"
    assert object_store.get_suffix("k", 0) == b""


def test_open_read_from_an_offset(object_store: ObjectStore) -> None:
    object_store.put_bytes("k", b"0123456789")
    with object_store.open_read("k") as stream:
        assert stream.read(4) == b"0123" and stream.read() == b"456789"
    with object_store.open_read("k", 7) as stream:
        assert stream.read() == b"789"
    for offset in (10, 11):  # at or past the end: an empty stream
        with object_store.open_read("k", offset) as stream:
            assert stream.read() == b""


def test_list_sorted_under_a_prefix(object_store: ObjectStore) -> None:
    for key, data in [("b/2", b"22"), ("a/1", b"1"), ("ab", b"333"), ("a/c/3", b""), ("b/1", b"4444")]:
        object_store.put_bytes(key, data)
    everything = [("a/1", 1), ("a/c/3", 0), ("ab", 3), ("b/1", 4), ("b/2", 2)]
    assert object_store.list("") == everything
    assert object_store.list("a/") == [("a/1", 1), ("a/c/3", 0)]
    assert object_store.list("a") == [("a/1", 1), ("a/c/3", 0), ("ab", 3)], "a prefix of keys, not a folder"
    assert object_store.list("b/1") == [("b/1", 4)]
    assert object_store.list("nothing/") == [] and object_store.list("c") == []


def test_delete_prefix(object_store: ObjectStore) -> None:
    for key in ("job/1/x", "job/1/y/z", "job/10/x", "job/2/x"):
        object_store.put_bytes(key, b"data")
    object_store.delete_prefix("job/1/")
    assert [key for key, _ in object_store.list("")] == ["job/10/x", "job/2/x"]
    object_store.put_bytes("job/1/x", b"data")
    object_store.delete_prefix("job/1")
    assert [key for key, _ in object_store.list("")] == ["job/2/x"], "a prefix of keys, not a folder"
    object_store.delete_prefix("nothing/")
    assert object_store.get_bytes("job/2/x") == b"data"
    object_store.delete_prefix("")
    assert object_store.list("") == []


def test_missing_keys(object_store: ObjectStore) -> None:
    object_store.put_bytes("folder/key", b"data")
    for missing in ("nope", "folder", "folder/ke"):  # "folder" is a prefix of a key, no object
        with pytest.raises(ObjectNotFoundError):
            object_store.get_bytes(missing)
        with pytest.raises(ObjectNotFoundError):
            object_store.get_range(missing, 0, 2)
        with pytest.raises(ObjectNotFoundError):
            object_store.get_suffix(missing, 2)
        with pytest.raises(ObjectNotFoundError):
            object_store.open_read(missing)
        with pytest.raises(ObjectNotFoundError):
            object_store.size(missing)
    assert isinstance(ObjectNotFoundError("x"), FileNotFoundError)


def test_the_uri_opens_the_same_store(object_store: ObjectStore) -> None:
    object_store.put_bytes("k", b"data")
    client = getattr(object_store, "client", None)
    assert open_store(object_store.uri, s3_client=client).list("") == [("k", 4)]


# ---- what one object store has alone ----


def test_a_local_key_stays_inside_its_folder(tmp_path: Path) -> None:
    from logmr.storage import LocalStore

    store = LocalStore(tmp_path / "store")
    for key in ("../outside", "a/../../outside", "/etc/passwd"):
        with pytest.raises(ValueError, match="escapes the store"):
            store.put_bytes(key, b"x")
    assert not (tmp_path / "outside").exists()
    (tmp_path / "store" / "a").mkdir(parents=True)
    (tmp_path / "store" / "a" / ".tmp-half-written").write_bytes(b"x")  # a write in progress
    assert store.list("") == []


def test_an_s3_store_sees_its_prefix_only(monkeypatch: pytest.MonkeyPatch) -> None:
    import boto3

    from logmr.storage import S3Store

    with mocked_aws(monkeypatch):
        client = boto3.client("s3")
        client.create_bucket(Bucket="work")
        client.put_object(Bucket="work", Key="other/k", Body=b"not ours")
        client.put_object(Bucket="work", Key="some/prefixed", Body=b"not ours either")
        store = S3Store("s3://work/some/prefix", client=client)
        store.put_bytes("k", b"ours")
        assert store.uri == "s3://work/some/prefix/" and store.list("") == [("k", 4)]
        assert client.get_object(Bucket="work", Key="some/prefix/k")["Body"].read() == b"ours"
        store.delete_prefix("")
        left = sorted(o["Key"] for o in client.list_objects_v2(Bucket="work")["Contents"])
        assert left == ["other/k", "some/prefixed"], "only the prefix's objects are deleted"
        with pytest.raises(ObjectNotFoundError, match="no such bucket"):
            S3Store("s3://missing-bucket/", client=client).list("")


# ---- JobStore (the job_store fixture, conftest.py: SQLite, then DynamoDB on moto) ----


def _job(job_id: str, created_at: str = "") -> JobRecord:
    return JobRecord(
        job_id=job_id, analysis="wordcount", inputs=["s3://logs/x"], options={"min_length": 2}, created_at=created_at
    )


def test_create_then_get_the_same_job(job_store: JobStore) -> None:
    created = job_store.create(_job("job-1"))
    assert created.created_at.endswith("Z") and created.updated_at == created.created_at
    job = job_store.get("job-1")
    assert job == created
    assert (job.status, job.phase, job.analysis, job.inputs, job.options) == (
        PENDING,
        "plan",
        "wordcount",
        ["s3://logs/x"],
        {"min_length": 2},
    )
    assert job.counters == dict.fromkeys(COUNTERS, 0) and job.phase_started == {} and job.timings == {}
    assert (job.finished_at, job.error, job.result_uri, job.summary, job.cost, job.execution_arn) == (None,) * 6


def test_a_job_id_is_created_once(job_store: JobStore) -> None:
    job_store.create(_job("job-1"))
    other = JobRecord(job_id="job-1", analysis="services", inputs=["s3://logs/y"])
    with pytest.raises(JobExistsError):
        job_store.create(other)
    assert job_store.get("job-1").analysis == "wordcount", "the first job is left as it was"


def test_a_missing_job_is_not_found_by_every_method(job_store: JobStore) -> None:
    calls = [
        lambda: job_store.get("nope"),
        lambda: job_store.start_phase("nope", "map", total=2),
        lambda: job_store.task_done("nope", "map", 0, {"records": 1}),
        lambda: job_store.task_done("nope", "finalize", 0, {}),
        lambda: job_store.finish("nope", SUCCEEDED, summary={}),
        lambda: job_store.finish("nope", CANCELLED),
        lambda: job_store.update("nope", execution_arn="arn"),
    ]
    for call in calls:
        with pytest.raises(JobRecordNotFoundError):
            call()
    assert job_store.list() == [], "and none was created"


def test_list_newest_first_page_by_page(job_store: JobStore) -> None:
    assert job_store.list() == []
    for i in range(5):
        job_store.create(_job(f"job-{i}", created_at=f"2026-11-26T00:00:0{i}.000Z"))
    job_store.create(_job("job-3b", created_at="2026-11-26T00:00:03.000Z"))  # the same instant: by id
    newest = job_store.list(limit=2)
    assert [j.job_id for j in newest] == ["job-4", "job-3b"]
    after = job_store.list(limit=10, before=f"{newest[-1].created_at}#{newest[-1].job_id}")
    assert [j.job_id for j in after] == ["job-3", "job-2", "job-1", "job-0"]
    seen, cursor = [], None
    while page := job_store.list(limit=2, before=cursor):
        seen += [j.job_id for j in page]
        cursor = cursor_of(page[-1])
    assert seen == [j.job_id for j in job_store.list()] == ["job-4", "job-3b", "job-3", "job-2", "job-1", "job-0"]
    assert job_store.list(before="2026-11-26T00:00:00.000Z#job-0") == []
    assert job_store.list()[0] == job_store.get("job-4"), "a listed job reads as get reads it"


def test_start_phase_runs_the_job_and_records_when_each_phase_started(job_store: JobStore) -> None:
    job_store.create(_job("job-1"))
    job_store.start_phase("job-1", "map", total=3)
    job = job_store.get("job-1")
    assert (job.status, job.phase, job.counters["splits_total"]) == (RUNNING, "map", 3)
    started = job.phase_started["map"]
    job_store.start_phase("job-1", "reduce", total=2)
    job_store.start_phase("job-1", "reduce", total=2)  # each reduce task may start its phase
    job_store.start_phase("job-1", "map_1", total=9)  # a later step's totals are not the job's
    job_store.start_phase("job-1", "finalize")
    job = job_store.get("job-1")
    assert (job.status, job.phase) == (RUNNING, "finalize")
    assert job.phase_started["map"] == started, "the first call for a phase records its start"
    assert set(job.phase_started) == {"map", "reduce", "map_1", "finalize"}
    assert started <= job.phase_started["reduce"] <= job.phase_started["finalize"]
    assert (job.counters["splits_total"], job.counters["partitions_total"]) == (3, 2)
    job_store.start_phase("job-1", "reduce")  # without a total: the total stays
    assert job_store.get("job-1").counters["partitions_total"] == 2


def test_task_counters_are_counted_once(job_store: JobStore) -> None:
    job_store.create(_job("job-2"))
    job_store.start_phase("job-2", "map", total=3)
    read = {"records": 10, "bytes": 100, "malformed": 1}
    assert job_store.task_done("job-2", "map", 0, read) is True
    assert job_store.task_done("job-2", "map", 0, read) is False, "a retry"
    assert job_store.task_done("job-2", "map", 1, {"records": 5, "bytes": 50, "malformed": 0}) is True
    job_store.start_phase("job-2", "reduce", total=2)
    assert job_store.task_done("job-2", "reduce", 0, {}) is True
    assert job_store.task_done("job-2", "reduce", 0, {}) is False
    assert job_store.task_done("job-2", "map", 2, {"records": 1, "bytes": 1, "malformed": 0}) is True
    job = job_store.get("job-2")
    assert job.status == RUNNING and job.phase == "reduce"
    assert job.counters == {
        "splits_total": 3,
        "splits_done": 3,
        "partitions_total": 2,
        "partitions_done": 1,
        "records": 16,
        "bytes": 151,
        "malformed": 1,
        "filtered": 0,
        "untimed": 0,
    }


def test_other_phases_only_add_their_counters(job_store: JobStore) -> None:
    job_store.create(_job("job-1"))
    assert job_store.task_done("job-1", "plan", 0, {}) is True, "a task with nothing to add is counted"
    assert job_store.task_done("job-1", "plan", 0, {"lambda_requests": 1}) is False
    assert job_store.task_done("job-1", "plan", 1, {"lambda_requests": 1, "s3_get": 4}) is True
    assert job_store.task_done("job-1", "map_1", 0, {"lambda_requests": 2}) is True
    assert job_store.task_done("job-1", "reduce_1", 0, {}) is True
    assert job_store.task_done("job-1", "finalize", 0, {"lambda_requests": 1}) is True
    job = job_store.get("job-1")
    assert job.counters == {**dict.fromkeys(COUNTERS, 0), "lambda_requests": 4, "s3_get": 4}
    assert job.status == PENDING, "counting a task starts no phase"


def test_finish_once_with_its_fields(job_store: JobStore) -> None:
    job_store.create(_job("job-3"))
    job_store.start_phase("job-3", "map", total=1)
    summary = {"top": [["a", 1]], "none": None, "text": "déjà vu"}
    result_uri = "s3://w/jobs/job-3/result.json"
    job_store.finish("job-3", SUCCEEDED, summary=summary, result_uri=result_uri, timings={"map": 1.5})
    ended = job_store.get("job-3")
    assert (ended.status, ended.phase, ended.error) == (SUCCEEDED, "done", None)
    assert ended.summary == summary and ended.timings == {"map": 1.5}
    assert ended.result_uri == result_uri and ended.finished_at >= ended.created_at
    job_store.finish("job-3", FAILED, error="late failure")  # an ended job keeps its first ending
    job_store.finish("job-3", CANCELLED)
    job_store.start_phase("job-3", "reduce", total=9)  # and no phase starts it again
    assert job_store.get("job-3") == ended


@pytest.mark.parametrize("started", [False, True], ids=["pending", "running"])
def test_cancel_a_job_that_has_not_ended(job_store: JobStore, started: bool) -> None:
    job_store.create(_job("job-4"))
    if started:
        job_store.start_phase("job-4", "map", total=2)
    job_store.finish("job-4", CANCELLED, error="cancelled by the user")
    job = job_store.get("job-4")
    assert (job.status, job.phase, job.error) == (CANCELLED, "done", "cancelled by the user") and job.finished_at
    job_store.finish("job-4", SUCCEEDED, summary={"n": 1})
    assert job_store.get("job-4").status == CANCELLED and job_store.get("job-4").summary is None
    assert CANCELLED in TERMINAL


def test_update_sets_plain_fields(job_store: JobStore) -> None:
    created = job_store.create(_job("job-5"))
    job_store.update("job-5", execution_arn="arn:aws:states:x", timings={"plan": 0.25})
    job = job_store.get("job-5")
    assert (job.execution_arn, job.timings, job.status) == ("arn:aws:states:x", {"plan": 0.25}, PENDING)
    assert job.updated_at >= created.updated_at
    job_store.finish("job-5", FAILED, error="boom")
    job_store.update("job-5", error="boom: in map task 3")  # an ended job's fields can still be set
    job = job_store.get("job-5")
    assert (job.status, job.error) == (FAILED, "boom: in map task 3")
    job_store.update("job-5", summary={"top": [["a", 1]]}, cost={"usd": 0.5}, result_uri="s3://x/result.json")
    job = job_store.get("job-5")
    assert (job.summary, job.cost, job.result_uri) == ({"top": [["a", 1]]}, {"usd": 0.5}, "s3://x/result.json")


@pytest.mark.parametrize("field", ["counters", "status", "phase", "phase_started", "created_at", "bogus"])
def test_update_refuses_what_only_phases_and_tasks_change(job_store: JobStore, field: str) -> None:
    job_store.create(_job("job-6"))
    with pytest.raises(ValueError, match=f"not {field}"):
        job_store.update("job-6", **{field: {"records": 5} if field == "counters" else "x"})
    job = job_store.get("job-6")
    assert (job.status, job.phase, job.counters["records"]) == (PENDING, "plan", 0)


# ---- what one job store has alone ----


def test_dynamodb_task_markers_expire_and_requests_are_valid(monkeypatch: pytest.MonkeyPatch) -> None:
    """Task markers carry the TTL attribute template.yaml names (expires_at, in two weeks); and the
    check the job_store fixture puts on DynamoDB requests refuses what DynamoDB refuses."""
    import time

    import boto3

    from aws_harness import create_jobs_table, refuse_unused_expression_parts
    from logmr.jobstate import DynamoJobStore

    with mocked_aws(monkeypatch):
        client = boto3.client("dynamodb")
        create_jobs_table(client, "jobs")
        jobs = DynamoJobStore("jobs", client=client)
        jobs.create(_job("job-1"))
        jobs.task_done("job-1", "map", 3, {"records": 1})
        marker = client.get_item(TableName="jobs", Key={"job_id": {"S": "job-1"}, "item": {"S": "map#00003"}})["Item"]
        assert abs(int(marker["expires_at"]["N"]) - (time.time() + 14 * 24 * 3600)) < 60
        assert [j.job_id for j in jobs.list()] == ["job-1"], "markers are not jobs"

        client.meta.events.register("before-parameter-build.dynamodb.*", refuse_unused_expression_parts)
        key = {"job_id": {"S": "job-1"}, "item": {"S": "job"}}
        with pytest.raises(AssertionError, match=":zero is unused"):
            client.update_item(
                TableName="jobs",
                Key=key,
                UpdateExpression="SET #e = :e",
                ExpressionAttributeNames={"#e": "error"},
                ExpressionAttributeValues={":e": {"S": "x"}, ":zero": {"N": "0"}},
            )
        with pytest.raises(AssertionError, match="empty placeholder map"):
            client.update_item(
                TableName="jobs", Key=key, UpdateExpression="SET error = :e", ExpressionAttributeNames={}
            )
