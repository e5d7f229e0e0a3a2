"""Submitting a job to a deployed stack and following it: the client side of the AWS runtime.

A stack is found by its CloudFormation outputs (`--stack`), or from its state machine alone: the
workflow's Lambda functions carry the work bucket and jobs table in their environment. Every client
honours AWS_ENDPOINT_URL, so this works against moto or LocalStack as well as AWS.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import msgspec

from ..engine.finalize import write_result_copy
from ..engine.spec import JobSpec, result_key
from ..jobstate import TERMINAL, DynamoJobStore, JobExistsError, JobRecord
from ..storage import S3Store
from ..storage.s3 import client_error
from .progress import Progress

POLL_SECONDS = 1.0


class StackNotFoundError(LookupError):
    """A stack or state machine that cannot be found or is not a logmr deployment."""


@dataclass(frozen=True)
class Deployment:
    """What a client needs of a deployed stack."""

    state_machine_arn: str
    work_bucket: str
    jobs_table: str

    @classmethod
    def from_environment(cls) -> Deployment:
        """This stack, as its own functions see it (STATE_MACHINE_ARN, WORK_BUCKET, JOBS_TABLE)."""
        return cls(os.environ["STATE_MACHINE_ARN"], os.environ["WORK_BUCKET"], os.environ["JOBS_TABLE"])


@cache
def default_client(name: str) -> Any:
    """One client per AWS service and process (boto3 reads AWS_ENDPOINT_URL itself), reused by
    every call and, in a Lambda function, every invocation."""
    import boto3  # imported on first use: it costs a tenth of a second at every start

    return boto3.client(name)


def _client(name: str, clients: dict[str, Any] | None) -> Any:
    if clients and name in clients:
        return clients[name]
    return default_client(name)


def find_deployment(
    stack: str | None = None, state_machine: str | None = None, clients: dict[str, Any] | None = None
) -> Deployment:
    """The deployment named by a CloudFormation stack or by its state machine's ARN."""
    if stack:
        try:
            found = _client("cloudformation", clients).describe_stacks(StackName=stack)["Stacks"][0]
        except client_error() as error:
            raise StackNotFoundError(f"no stack {stack!r}: {error.response['Error']['Message']}") from None
        outputs = {o["OutputKey"]: o["OutputValue"] for o in found.get("Outputs", [])}
        try:
            return Deployment(outputs["StateMachineArn"], outputs["WorkBucketName"], outputs["JobsTableName"])
        except KeyError as missing:
            raise StackNotFoundError(f"stack {stack!r} is not a logmr stack (no output {missing})") from None
    if not state_machine:
        raise StackNotFoundError("name a deployment with --stack NAME or --state-machine ARN")
    try:
        definition = _client("stepfunctions", clients).describe_state_machine(stateMachineArn=state_machine)
    except client_error() as error:
        raise StackNotFoundError(f"no state machine {state_machine}: {error.response['Error']['Message']}") from None
    functions = re.findall(r'"Resource":\s*"(arn:[^"]+:function:[^"]+)"', definition["definition"])
    if not functions:
        raise StackNotFoundError(f"{state_machine} is not a logmr workflow (it invokes no function)")
    settings = _client("lambda", clients).get_function_configuration(FunctionName=functions[0])
    env = settings.get("Environment", {}).get("Variables", {})
    if "WORK_BUCKET" not in env or "JOBS_TABLE" not in env:
        raise StackNotFoundError(f"{state_machine} is not a logmr workflow (its functions name no work bucket)")
    return Deployment(state_machine, env["WORK_BUCKET"], env["JOBS_TABLE"])


class JobConflictError(ValueError):
    """A job id already used by a different job."""


def submit(spec: JobSpec, deployment: Deployment, clients: dict[str, Any] | None = None) -> JobRecord:
    """Record the job (PENDING) and start its execution; the execution is named after the job.

    Safe to call again with the same spec (a retry after a lost answer): the job recorded and the
    execution started by the first call are taken as they are. The same job id with a different
    spec is a JobConflictError."""
    jobs = DynamoJobStore(deployment.jobs_table, _client("dynamodb", clients))
    wanted = JobRecord.of(spec)
    try:
        job = jobs.create(wanted)
    except JobExistsError:
        job = jobs.get(spec.job_id)
        if (job.analysis, job.inputs, job.options) != (wanted.analysis, wanted.inputs, wanted.options):
            raise JobConflictError(f"job {spec.job_id} exists with another analysis, inputs or options") from None
    execution_arn = _start_execution(spec, deployment, _client("stepfunctions", clients))
    if job.execution_arn != execution_arn:
        jobs.update(spec.job_id, execution_arn=execution_arn)
        job.execution_arn = execution_arn
    return job


def _start_execution(spec: JobSpec, deployment: Deployment, sfn: Any) -> str:
    """Start the job's execution, or find the one a previous call started with the same input.
    (StartExecution itself answers a repeat with the same name and input while the execution
    runs; once it has ended, or for another input, it raises ExecutionAlreadyExists.)"""
    payload = {"job_id": spec.job_id, "spec": msgspec.to_builtins(spec)}
    try:
        started = sfn.start_execution(
            stateMachineArn=deployment.state_machine_arn, name=spec.job_id, input=json.dumps(payload)
        )
        return started["executionArn"]
    except sfn.exceptions.ExecutionAlreadyExists:
        pass
    arn = deployment.state_machine_arn.replace(":stateMachine:", ":execution:", 1) + ":" + spec.job_id
    existing = sfn.describe_execution(executionArn=arn)
    if json.loads(existing.get("input") or "null") != json.loads(json.dumps(payload)):
        raise JobConflictError(f"job {spec.job_id} was started with another spec") from None
    return arn


def progress_of(job: JobRecord, started: float) -> Progress:
    """The job's counters as the progress bar's Progress."""
    counters = job.counters
    phase = job.phase if job.phase in ("map", "reduce", "finalize") else job.phase.split("_")[0]
    return Progress(
        phase=phase,
        maps_total=counters.get("splits_total", 0),
        maps_done=counters.get("splits_done", 0),
        reduces_total=counters.get("partitions_total", 0),
        reduces_done=counters.get("partitions_done", 0),
        records=counters.get("records", 0),
        bytes=counters.get("bytes", 0),
        started=started,
    )


def follow(
    job_id: str,
    deployment: Deployment,
    on_progress: Callable[[Progress], None] | None = None,
    clients: dict[str, Any] | None = None,
    poll: float = POLL_SECONDS,
    timeout: float | None = None,
) -> JobRecord:
    """Poll the job until it ends; returns its final state."""
    jobs = DynamoJobStore(deployment.jobs_table, _client("dynamodb", clients))
    started = time.monotonic()
    while True:
        job = jobs.get(job_id)
        if on_progress:
            on_progress(progress_of(job, started))
        if job.status in TERMINAL:
            return job
        if timeout is not None and time.monotonic() - started > timeout:
            raise TimeoutError(f"job {job_id} still {job.status} after {timeout:.0f} s")
        time.sleep(poll)


def fetch_result(
    job_id: str, deployment: Deployment, output_dir: str | Path | None = None, clients: dict[str, Any] | None = None
) -> dict[str, Any]:
    """result.json of a finished job; with `output_dir`, it and the part files are downloaded there."""
    store = S3Store(f"s3://{deployment.work_bucket}/", client=_client("s3", clients))
    result = msgspec.json.decode(store.get_bytes(result_key(job_id)))
    if output_dir is not None:
        out = Path(output_dir)
        out.mkdir(parents=True, exist_ok=True)
        names = []
        for key in result["outputs"]:  # jobs/<id>/output/part-NNNNN.jsonl (or .parquet)
            name = key.rsplit("/", 1)[-1]
            (out / name).write_bytes(store.get_bytes(key))
            names.append(name)
        result = {**result, "outputs": names, "output_dir": str(out.resolve())}
        write_result_copy(out, result)
    return result


_CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".png": "image/png",
    ".svg": "image/svg+xml",
}


def dashboard_config(outputs: dict[str, str]) -> str:
    """config.js pointing the dashboard at the stack's HTTP API and WebSocket."""
    config = {"api": outputs["HttpApiUrl"], "live": outputs["WebSocketUrl"]}
    return f"window.LOGMR_CONFIG = {json.dumps(config)};\n"


def deploy_dashboard(stack: str, frontend: Path, clients: dict[str, Any] | None = None) -> str:
    """Upload the dashboard (frontend/) to the stack's private dashboard bucket, with a config.js
    naming the stack's API URLs; returns the dashboard's URL."""
    try:
        found = _client("cloudformation", clients).describe_stacks(StackName=stack)["Stacks"][0]
    except client_error() as error:
        raise StackNotFoundError(f"no stack {stack!r}: {error.response['Error']['Message']}") from None
    outputs = {o["OutputKey"]: o["OutputValue"] for o in found.get("Outputs", [])}
    missing = {"HttpApiUrl", "WebSocketUrl", "DashboardBucketName", "DashboardUrl"} - set(outputs)
    if missing:
        raise StackNotFoundError(f"stack {stack!r} has no dashboard (missing outputs: {', '.join(sorted(missing))})")
    s3 = _client("s3", clients)
    bucket = outputs["DashboardBucketName"]
    for path in sorted(p for p in frontend.iterdir() if p.is_file() and p.name != "config.js"):
        key = "index.html" if path.name == "index.html" else f"static/{path.name}"
        content_type = _CONTENT_TYPES.get(path.suffix, "application/octet-stream")
        s3.put_object(Bucket=bucket, Key=key, Body=path.read_bytes(), ContentType=content_type)
    s3.put_object(
        Bucket=bucket,
        Key="static/config.js",
        Body=dashboard_config(outputs).encode(),
        ContentType=_CONTENT_TYPES[".js"],
    )
    return outputs["DashboardUrl"]
