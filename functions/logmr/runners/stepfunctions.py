"""The AWS runtime's side of each task: what the Lambda handlers do between Step Functions states.

Each function takes the state's input, runs the same engine task as the local runner, records the
job's progress with the same JobRecorder calls as the local runner, and returns a small payload
(Step Functions limits state data to 256 KiB, so splits and results stay in S3).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import msgspec

from ..engine import cost, estimate, tasks
from ..engine.filters import job_filter
from ..engine.finalize import write_result
from ..engine.inputs import check_allowed_buckets
from ..engine.planner import load_spec, load_splits
from ..engine.spec import JobSpec, new_job_id
from ..engine.steps import shapes_of
from ..jobstate import FAILED, SUCCEEDED, JobRecorder, JobStore
from ..storage import ObjectNotFoundError, ObjectStore
from ..storage.counting import CountingStore
from .aws import Deployment, submit

# DynamoDB write units of the job store's calls: a task's marker and counters are one transaction
# of two items (2 units each); a plain update is one.
TASK_DONE_WRITES, UPDATE_WRITES = 4, 1
FREE_STORAGE_MB = 512


class Usage:
    """What one Lambda invocation used: its run time and memory, and its S3 requests."""

    def __init__(self, store: ObjectStore, memory_mb: int) -> None:
        self.store = CountingStore(store)
        self.memory_mb = memory_mb
        # Ephemeral storage is billed beyond the free 512 MB (the template sets the variable).
        self.extra_storage_mb = max(0, int(os.environ.get("EPHEMERAL_STORAGE_MB") or FREE_STORAGE_MB) - FREE_STORAGE_MB)
        self.started = time.perf_counter()
        self.extra_gets = 0
        self.ddb_writes = 0

    def counters(self) -> dict[str, int]:
        elapsed_ms = (time.perf_counter() - self.started) * 1000
        return {
            "lambda_mb_ms": int(elapsed_ms * self.memory_mb),
            "lambda_storage_mb_ms": int(elapsed_ms * self.extra_storage_mb),
            "lambda_requests": 1,
            "s3_get": self.store.gets + self.extra_gets,
            "s3_put": self.store.puts,
            "ddb_write_units": self.ddb_writes + TASK_DONE_WRITES,
        }


def _bucket_and_key(store: ObjectStore, key: str) -> dict[str, str]:
    if not hasattr(store, "bucket"):
        raise TypeError("the Step Functions runtime needs an S3 work store")
    return {"Bucket": store.bucket, "Key": store.prefix + key}


def start_default_job(event: dict[str, Any], deployment: Deployment, defaults: dict[str, Any]) -> dict:
    """Start a job over the object of an EventBridge "Object Created" event from S3."""
    detail = event["detail"]
    uri = f"s3://{detail['bucket']['name']}/{detail['object']['key']}"
    analysis = defaults["analysis"]
    spec = JobSpec(
        job_id=new_job_id(analysis),
        analysis=analysis,
        inputs=[uri],
        split_size=defaults["split_size"],
        partitions=defaults["partitions"],
        where=job_filter(defaults.get("where", []), None, None)[0],
    )
    job = submit(spec, deployment)
    return {"job_id": job.job_id, "input": uri, "execution_arn": job.execution_arn}


def plan_and_record(
    event: dict[str, Any],
    usage: Usage,
    jobs: JobStore,
    allowed_buckets: list[str],
    concurrency: tuple[int, int] = (100, 40),
) -> dict:
    """Plan step `event["step"]` (0 from the job's spec in the event, later ones from S3).

    `concurrency` (map tasks, reduce tasks at once) travels in the answer, where the Map
    states read it (MaxConcurrencyPath), so that it stays a deployment parameter."""
    store = usage.store
    step = int(event.get("step", 0))
    if step == 0:
        spec = msgspec.convert(event["spec"], JobSpec)
        check_allowed_buckets(spec.inputs, allowed_buckets)
    else:
        spec = load_spec(store, event["job_id"])
    recorder = JobRecorder(jobs, spec.job_id)
    recorder.plan_started(step)
    plan = tasks.plan({"spec": msgspec.to_builtins(spec), "step": step}, store)
    steps = len(tasks.job_for(spec).steps())
    usage.extra_gets += plan["reads"]  # the inputs' listing pages and the large ones' heads
    usage.ddb_writes += UPDATE_WRITES * (2 if step else 1)  # the phases started: plan_<step> (later steps), map
    if step == 0:
        _write_estimate(spec, store)
    recorder.plan_done(step, plan["maps"], used=usage.counters())
    return {
        "job_id": spec.job_id,
        "step": step,
        "steps": steps,
        "has_next": step + 1 < steps,
        "next_step": step + 1,
        "maps": plan["maps"],
        "partitions": plan["partitions"],
        "manifest": _bucket_and_key(store.store, plan["manifest"]),
        # none for a map-only step (its map tasks wrote its parts): the reduce phase maps over nothing
        "reduce_items": [{"partition": p} for p in range(plan["reduces"])],
        "map_concurrency": concurrency[0],
        "reduce_concurrency": concurrency[1],
    }


def _write_estimate(spec: JobSpec, store: ObjectStore) -> None:
    """The job's estimate from its manifest, for finalize to set beside what the job cost."""
    splits = load_splits(store, spec.job_id, 0)
    shapes = shapes_of(tasks.job_for(spec))
    document = estimate.estimate_job(spec, splits, shapes, estimate.Capacity.from_environment())
    store.put_bytes(estimate.estimate_key(spec.job_id), msgspec.json.encode(document))


def _read_estimate(store: ObjectStore, job_id: str) -> dict[str, Any] | None:
    try:
        return msgspec.json.decode(store.get_bytes(estimate.estimate_key(job_id)))
    except ObjectNotFoundError:  # a job planned before estimates were written
        return None


@contextmanager
def _recording_errors(recorder: JobRecorder, task: str) -> Iterator[None]:
    """Keep a failing task's error on the job: a Map state that fails reports only that some
    items failed, and this is what the user needs to read."""
    try:
        yield
    except Exception as error:
        recorder.task_failed(task, error)
        raise


def map_task_and_record(event: dict[str, Any], usage: Usage, jobs: JobStore) -> dict:
    """Run one map task; its counters are added to the job once, however often it runs."""
    step = int(event.get("step", 0))
    index = int(event["split"]["index"])
    recorder = JobRecorder(jobs, event["job_id"])
    with _recording_errors(recorder, f"map task {index}"):
        counters = tasks.map_task({"job_id": event["job_id"], "step": step, "split": event["split"]}, usage.store)
    packed = event["split"].get("objects")
    if not counters["carried"]:  # (a task that mapped carried columns read them from the store instead)
        usage.extra_gets += len(packed) if packed else 1  # a GET of each input the split packs, or its range
    recorder.map_done(step, index, counters, used=usage.counters())
    return {"split": index, "records": counters["records"]}


def reduce_task_and_record(event: dict[str, Any], usage: Usage, jobs: JobStore) -> dict:
    """Run one reduce task. Each one starts the step's reduce phase (no state runs before them
    all); the record keeps the first start."""
    step = int(event.get("step", 0))
    partition = int(event["partition"])
    recorder = JobRecorder(jobs, event["job_id"])
    recorder.reduce_started(step, int(event["partitions"]))
    usage.ddb_writes += UPDATE_WRITES
    payload = {"job_id": event["job_id"], "step": step, "partition": partition, "maps": event["maps"]}
    with _recording_errors(recorder, f"reduce task {partition}"):
        counters = tasks.reduce_task(payload, usage.store)
    recorder.reduce_done(step, partition, used=usage.counters())
    return {"partition": counters["partition"], "rows": counters["rows"]}


def finalize_and_record(event: dict[str, Any], usage: Usage, jobs: JobStore) -> dict:
    """Write result.json (with the cost estimate) and mark the job SUCCEEDED with its summary."""
    store = usage.store
    job_id = event["job_id"]
    recorder = JobRecorder(jobs, job_id)
    recorder.finalize_started()
    timings = recorder.timings()
    result = tasks.finalize({"job_id": job_id, "maps": event["maps"], "timings": timings}, store)
    spec = load_spec(store, job_id)
    estimated = _read_estimate(store, job_id)
    usage.ddb_writes += 3 * UPDATE_WRITES  # start_phase, finish, and this call's own counters
    used = dict(jobs.get(job_id).counters)
    for name, value in usage.counters().items():
        used[name] = used.get(name, 0) + value
    used["s3_put"] = used.get("s3_put", 0) + 1  # result.json, written below with this cost in it
    actual = cost.estimate(used, int(event["maps"]), spec.partitions, len(tasks.job_for(spec).steps()))
    if estimated is not None:
        result["estimate"] = estimated
        actual["estimate_vs_actual"] = estimate.side_by_side(estimated, actual, timings.get("total"))
    result["cost"] = actual
    location = write_result(store, job_id, result)
    recorder.finished(result, location, used=usage.counters())
    return {"job_id": job_id, "status": SUCCEEDED, "result": location, "cost_usd": actual["usd"]}


def mark_failed(event: dict[str, Any], jobs: JobStore) -> dict:
    """End the job FAILED (with what it cost so far): with the failing task's own error when one
    was recorded, else with the Error and Cause Step Functions caught."""
    job_id = event["job_id"]
    error = event.get("error") or {}
    cause = error.get("Cause") or ""
    try:
        parsed = msgspec.json.decode(cause) if cause.startswith("{") else {}
    except msgspec.DecodeError:
        parsed = {}
    message = parsed.get("errorMessage") or cause or "unknown error"
    kind = parsed.get("errorType") or error.get("Error") or "Error"
    job = jobs.get(job_id)
    spent = cost.estimate(job.counters, job.counters.get("splits_total", 0), job.counters.get("partitions_total", 0), 1)
    JobRecorder(jobs, job_id).failed(job.error or f"{kind}: {message}", cost=spent)
    return {"job_id": job_id, "status": FAILED}
