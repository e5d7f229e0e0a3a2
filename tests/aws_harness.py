"""Running the AWS runtime inside moto: Lambda functions execute our real handlers in process,
and Step Functions runs the project's own ASL with its interpreter (see ../shared/DESIGN.md)."""

from __future__ import annotations

import importlib
import io
import json
import os
import re
import threading
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
ASL = ROOT / "statemachine" / "mapreduce.asl.json"
HANDLERS = {
    "Plan": "logmr.handlers.plan.handler",
    "Map": "logmr.handlers.map.handler",
    "Reduce": "logmr.handlers.reduce.handler",
    "Finalize": "logmr.handlers.finalize.handler",
    "MarkFailed": "logmr.handlers.mark_failed.handler",
}


class LambdaContext:
    """The attributes powertools reads from a Lambda context."""

    def __init__(self, name: str) -> None:
        self.function_name = name
        self.function_version = "$LATEST"
        self.invoked_function_arn = f"arn:aws:lambda:us-east-1:123456789012:function:{name}"
        self.memory_limit_in_mb = 1024
        self.aws_request_id = "00000000-0000-0000-0000-000000000000"
        self.log_group_name = f"/aws/lambda/{name}"
        self.log_stream_name = "test"

    def get_remaining_time_in_millis(self) -> int:
        return 900_000


_ENVIRONMENT_LOCK = threading.Lock()


@contextmanager
def _function_environment(variables: dict[str, str]) -> Iterator[None]:
    """The function's environment variables, as its own container would have them."""
    from logmr.handlers import runtime

    with _ENVIRONMENT_LOCK:
        saved = {name: os.environ.get(name) for name in variables}
        os.environ.update({name: str(value) for name, value in variables.items()})
        runtime.work_store.cache_clear()
        runtime.job_store.cache_clear()
        try:
            yield
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


def _invoke_in_process(self: Any, event: str | None = None) -> tuple[str, bool, str]:
    """Stands in for moto's Docker-based Lambda runner: import the handler and call it with the
    function's environment."""
    module_name, function = self.handler.rsplit(".", 1)
    payload = json.loads(event) if isinstance(event, str | bytes) else (event or {})
    try:
        handler = getattr(importlib.import_module(module_name), function)
        with _function_environment(self.environment_vars or {}):
            answer = handler(payload, LambdaContext(self.function_name))
        return json.dumps(answer), False, ""
    except Exception as error:  # reported to Step Functions as the function's error
        body = {"errorType": type(error).__name__, "errorMessage": str(error)}
        return json.dumps(body), True, ""


def definition(substitutions: dict[str, str]) -> str:
    """The ASL with its ${Placeholders} filled, as CloudFormation's DefinitionSubstitutions does."""
    text = ASL.read_text()
    for name, value in substitutions.items():
        text = text.replace("${" + name + "}", value)
    assert "${" not in text, "a placeholder was left unfilled"
    return text


def code_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("README.txt", "handlers run in process in tests")
    return buffer.getvalue()


@contextmanager
def lambdas_in_process() -> Iterator[None]:
    with mock.patch("moto.awslambda.models.LambdaFunction._invoke_lambda", _invoke_in_process):
        yield


def wait_for(sfn: Any, execution_arn: str, timeout: float = 120) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        described = sfn.describe_execution(executionArn=execution_arn)
        if described["status"] != "RUNNING":
            return described
        time.sleep(0.1)
    raise TimeoutError(f"{execution_arn} still running after {timeout} s")


def aws_environment() -> dict[str, str]:
    return {
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "LOGMR_S3_ADDRESSING_STYLE": "path",
        "POWERTOOLS_TRACE_DISABLED": "true",
        "POWERTOOLS_METRICS_NAMESPACE": "logmr",
        "POWERTOOLS_LOG_LEVEL": "WARNING",
    }


def set_environment(values: dict[str, str]) -> None:
    os.environ.update(values)


API_DOMAIN = "abcdef1234.execute-api.us-east-1.amazonaws.com"


def http_event(method: str, path: str, body: Any = None, query: dict[str, str] | None = None) -> dict[str, Any]:
    """An API Gateway HTTP API (payload format 2.0) event, as the api function receives it: built
    by the builder `logmr serve` uses, from a JSON body (a str is sent as it is)."""
    from urllib.parse import urlencode

    from logmr.server.gateway import http_api_event

    text = body if body is None or isinstance(body, str) else json.dumps(body)
    headers = {"content-type": "application/json", "host": API_DOMAIN, "user-agent": "pytest"}
    data = b"" if text is None else text.encode()
    return http_api_event(method, path, urlencode(query or {}), query or {}, headers, data, host=API_DOMAIN)


def websocket_event(route: str, connection_id: str, body: str | None = None, query: dict | None = None) -> dict:
    """An API Gateway WebSocket event ($connect, $default or $disconnect), built by `logmr serve`'s builder."""
    from logmr.server.gateway import websocket_api_event

    return websocket_api_event(route, connection_id, query or {}, body, host=API_DOMAIN)


def create_jobs_table(client: Any, name: str) -> None:
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


def upload_folder(clients: dict[str, Any], folder: Path) -> None:
    """Every file of `folder` into s3://logs/incoming/."""
    for path in sorted(folder.iterdir()):
        clients["s3"].upload_file(str(path), "logs", f"incoming/{path.name}")


def start_job(
    clients: dict[str, Any], machine: str, analysis: str, inputs: list[str], **settings: Any
) -> tuple[str, dict]:
    """Record a job and run it on the state machine, as `logmr submit` does: (job id, the ended
    execution, with the job record's error as its "cause" when it did not succeed)."""
    import msgspec

    from logmr.engine.spec import JobSpec, new_job_id
    from logmr.jobstate import DynamoJobStore, JobRecord

    spec = JobSpec(job_id=new_job_id(analysis), analysis=analysis, inputs=inputs, **settings)
    jobs = DynamoJobStore("jobs", clients["dynamodb"])
    jobs.create(JobRecord(job_id=spec.job_id, analysis=analysis, inputs=inputs))
    payload = {"job_id": spec.job_id, "spec": msgspec.to_builtins(spec)}
    started = clients["stepfunctions"].start_execution(
        stateMachineArn=machine, name=spec.job_id, input=json.dumps(payload)
    )
    execution = wait_for(clients["stepfunctions"], started["executionArn"])
    if execution["status"] != "SUCCEEDED":  # the job's own record says why
        execution["cause"] = jobs.get(spec.job_id).error
    return spec.job_id, execution


class NoManagedPolicies:
    """For samtranslator: the template names no managed policies, so it never needs to look one up."""

    def load(self) -> dict[str, str]:
        return {}


_EXPRESSIONS = (
    "UpdateExpression",
    "ConditionExpression",
    "KeyConditionExpression",
    "FilterExpression",
    "ProjectionExpression",
)
_PLACEHOLDERS = ("ExpressionAttributeValues", "ExpressionAttributeNames")


def refuse_unused_expression_parts(params: dict, **_: object) -> None:
    """DynamoDB refuses a request whose ExpressionAttributeValues or ...Names is empty or has an
    entry no expression uses (ValidationException); moto does not check inside transactions."""
    requests = [params, *(part for item in params.get("TransactItems", []) for part in item.values())]
    for request in requests:
        text = " ".join(request.get(name, "") for name in _EXPRESSIONS)
        for placeholders in (request[name] for name in _PLACEHOLDERS if name in request):
            assert placeholders, f"an empty placeholder map: DynamoDB would refuse {request}"
            for placeholder in placeholders:
                used = re.search(re.escape(placeholder) + r"(?!\w)", text)
                assert used, f"{placeholder} is unused in {text!r}: DynamoDB would refuse the request"


def _caches() -> tuple:
    from logmr.handlers import api, runtime, websocket
    from logmr.storage import s3

    return (
        s3.default_s3_client,
        runtime.work_store,
        runtime.job_store,
        websocket._dynamo_connections,
        websocket.management_client,
        api._service,
    )


@contextmanager
def mocked_aws(monkeypatch: Any, config: dict | None = None, **environment: str) -> Iterator[None]:
    """moto for every service, the test AWS environment plus `environment`, and the clients and
    stores the handlers cache built afresh inside the mock (and again after it)."""
    from moto import mock_aws

    for name, value in {**aws_environment(), **environment}.items():
        monkeypatch.setenv(name, value)
    with mock_aws(config=config):
        for cached in _caches():
            cached.cache_clear()
        try:
            yield
        finally:
            _finish_executions()
            for cached in _caches():
                cached.cache_clear()


def _finish_executions() -> None:
    """Wait for the executions a test started and left running: moto interprets them in threads,
    which would otherwise go on calling the handlers after the mock and its credentials are gone
    (and cache a client without credentials for the next test)."""
    import boto3

    sfn = boto3.client("stepfunctions")
    for machine in sfn.list_state_machines()["stateMachines"]:
        running = sfn.list_executions(stateMachineArn=machine["stateMachineArn"], statusFilter="RUNNING")
        for execution in running["executions"]:
            wait_for(sfn, execution["executionArn"])
    with _ENVIRONMENT_LOCK:  # a stopped execution's handler call still in flight has returned
        pass
