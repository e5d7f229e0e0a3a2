"""Shared fixtures: generated sample logs, the stack in moto (and its job API), the job stores."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Tests cut small files into many splits; the 1 MiB minimum is tested on its own (test_limits.py).
os.environ["LOGMR_MIN_SPLIT_SIZE"] = "1"

from aws_harness import (
    HANDLERS,
    LambdaContext,
    code_zip,
    create_jobs_table,
    definition,
    http_event,
    lambdas_in_process,
    mocked_aws,
    refuse_unused_expression_parts,
)
from helpers import USER_JOBS
from logmr.gen import generate


@pytest.fixture(scope="session")
def sample_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """About 3 MB of mixed generated logs (JSON, access, syslog)."""
    folder = tmp_path_factory.mktemp("sample")
    generate(folder, "mixed", 3 * 1024 * 1024, seed=7, workers=1)
    return folder


@pytest.fixture(scope="session")
def json_file(sample_dir: Path) -> Path:
    return sample_dir / "app.jsonl"


@pytest.fixture(autouse=True)
def logmr_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Job records of `logmr run` go to a fresh folder, not the user's home."""
    home = tmp_path_factory.mktemp("logmr-home")
    monkeypatch.setenv("LOGMR_HOME", str(home))
    return home


FUNCTION_ENV = {"WORK_BUCKET": "work", "JOBS_TABLE": "jobs", "ALLOWED_BUCKETS": "logs", "LOGMR_JOB_MODULES": USER_JOBS}


@pytest.fixture
def aws(monkeypatch: pytest.MonkeyPatch):
    """The stack in moto: buckets `logs` and `work`, the jobs table, the functions (running the real
    handlers in process) and the state machine from the project's ASL: (clients, machine ARN)."""
    import boto3

    from logmr.storage import s3

    # moto runs Map iterations in threads of this process, and its S3 loses bytes of ranged GETs
    # made concurrently from threads (our own tasks are thread-safe: see test_engine). One at a time.
    env = {
        "WORK_BUCKET": "work",
        "JOBS_TABLE": "jobs",
        "ALLOWED_BUCKETS": "logs",
        "MAP_CONCURRENCY": "1",
        "REDUCE_CONCURRENCY": "1",
    }
    with (
        mocked_aws(monkeypatch, config={"stepfunctions": {"execute_state_machine": True}}, **env),
        lambdas_in_process(),
    ):
        clients = {name: boto3.client(name) for name in ("s3", "dynamodb", "lambda", "stepfunctions", "iam")}
        clients["s3"] = s3.default_s3_client()
        for bucket in ("logs", "work"):
            clients["s3"].create_bucket(Bucket=bucket)
        create_jobs_table(clients["dynamodb"], "jobs")
        role = clients["iam"].create_role(RoleName="logmr", AssumeRolePolicyDocument="{}")["Role"]["Arn"]
        arns = {}
        for name, handler in HANDLERS.items():
            arns[f"{name}FunctionArn"] = clients["lambda"].create_function(
                FunctionName=f"logmr-{name}",
                Runtime="python3.12",
                Role=role,
                Handler=handler,
                Code={"ZipFile": code_zip()},
                Timeout=900,
                Environment={"Variables": FUNCTION_ENV},
            )["FunctionArn"]
        machine = clients["stepfunctions"].create_state_machine(
            name="logmr", definition=definition({**arns, "WorkBucketName": "work"}), roleArn=role, type="STANDARD"
        )["stateMachineArn"]
        yield clients, machine


@pytest.fixture
def api(aws, monkeypatch: pytest.MonkeyPatch):
    """The api Lambda's handler on the stack in moto: (call(method, path, body, query) -> (status,
    decoded body), clients)."""
    import json

    clients, machine = aws
    monkeypatch.setenv("STATE_MACHINE_ARN", machine)
    from logmr.handlers import api as api_handler

    api_handler._service.cache_clear()

    def call(method: str, path: str, body=None, query=None) -> tuple[int, dict]:
        answer = api_handler.handler(http_event(method, path, body, query), LambdaContext("api"))
        return answer["statusCode"], json.loads(answer["body"])

    yield call, clients
    api_handler._service.cache_clear()


@pytest.fixture(params=["sqlite", "dynamodb"])
def job_store(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator:
    """Each JobStore backend, empty: SQLite in a file, DynamoDB (moto) in the table template.yaml declares."""
    from logmr.jobstate import DynamoJobStore, SqliteJobStore

    if request.param == "sqlite":
        yield SqliteJobStore(tmp_path / "jobs.db")
        return
    import boto3

    with mocked_aws(monkeypatch):
        client = boto3.client("dynamodb")
        client.meta.events.register("before-parameter-build.dynamodb.*", refuse_unused_expression_parts)
        create_jobs_table(client, "jobs")
        yield DynamoJobStore("jobs", client=client)
