"""What the job API refuses, through the api Lambda's own event shape (API Gateway HTTP API,
payload 2.0; `logmr serve` sends the same events: test_serve.py): no code named by a request is
imported, and every bad request gets a JSON 4xx, never a 5xx."""

from __future__ import annotations

import base64
import json
import sys
from pathlib import Path

import pytest

from aws_harness import LambdaContext, http_event, upload_folder, wait_for
from helpers import JOBS, USER_JOBS, run_job

# A job file whose import leaves a mark: the API must never import it.
MARKING_JOB = """
from pathlib import Path
Path(__file__).with_suffix(".imported").write_text("the file ran")
from logmr import CountJob
class X(CountJob):
    def map(self, record):
        yield "x", 1
"""
VALID = {"analysis": "services", "inputs": ["s3://logs/x"]}


def _answer(event: dict) -> tuple[int, dict]:
    from logmr.handlers import api as api_handler

    answer = api_handler.handler(event, LambdaContext("api"))
    assert answer["headers"]["Content-Type"] == "application/json", answer
    return answer["statusCode"], json.loads(answer["body"])


def test_a_request_naming_a_file_or_a_module_imports_nothing(api, tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "marking_job.py").write_text(MARKING_JOB)
    monkeypatch.syspath_prepend(str(tmp_path))  # importable as the module marking_job too
    names = [
        f"{tmp_path}/marking_job.py:X",
        f"{tmp_path}/no_such_file.py:X",
        "marking_job:X",
        "no_such_module:X",
        "/etc/shadow:X",
        "/etc/passwd",
        "os:system",
        f"{JOBS}:ErrorsPerHost",  # even a registered job, named by its file
    ]
    call, _ = api
    messages = set()
    for name in names:
        status, answer = call("POST", "/jobs", {**VALID, "analysis": name})
        assert status == 400 and answer["message"].startswith("unknown analysis"), answer
        messages.add(answer["message"].split(": use one of")[1])
    assert not (tmp_path / "marking_job.imported").exists() and "marking_job" not in sys.modules
    assert len(messages) == 1, "the answer does not depend on whether the file or module exists"


def test_registered_jobs_are_listed_and_run_by_name(api, monkeypatch, sample_dir: Path, tmp_path: Path) -> None:
    call, clients = api
    monkeypatch.setenv("LOGMR_JOB_MODULES", USER_JOBS)  # as the stack's JobModules parameter sets it
    status, listing = call("GET", "/analyses")
    registered = {a["name"]: a for a in listing["analyses"] if a["registered"]}
    assert status == 200 and {"ErrorsPerHost", "TopLevelPerService", "StatusClasses"} <= set(registered)
    assert registered["ErrorsPerHost"]["description"] == "Count ERROR records per host."
    assert [a["name"] for a in listing["analyses"]][:7] == [
        "wordcount",
        "services",
        "patterns",
        "templates",
        "parse",
        "http",
        "timeline",
    ]
    assert call("POST", "/jobs", {**VALID, "analysis": f"{USER_JOBS}:ErrorsPerHost"})[0] == 400, "names only"

    upload_folder(clients, sample_dir)
    body = {"analysis": "TopLevelPerService", "inputs": ["s3://logs/incoming/app.jsonl"], "partitions": 2}
    status, job = call("POST", "/jobs", body)
    assert status == 202 and job["analysis"] == "TopLevelPerService"
    from logmr.jobstate import DynamoJobStore

    arn = DynamoJobStore("jobs", clients["dynamodb"]).get(job["job_id"]).execution_arn
    assert wait_for(clients["stepfunctions"], arn)["status"] == "SUCCEEDED"
    _, result = call("GET", f"/jobs/{job['job_id']}/result")
    _, local_result = run_job("TopLevelPerService", [sample_dir / "app.jsonl"], tmp_path / "l", partitions=2)
    assert result["summary"] == local_result["summary"]


NESTED = "[" * 50_000 + "]" * 50_000
HUGE = "1" + "0" * 400


def _nested(levels: int) -> dict:
    """`levels` objects, one inside the other."""
    value: object = 1
    for _ in range(levels):
        value = {"a": value}
    return value  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("method", "path", "body", "query", "status"),
    [
        ("POST", "/jobs", {**VALID, "analysis": "services\x00"}, None, 400),
        ("POST", "/jobs", {**VALID, "inputs": ["s3://logs/x\x00y"]}, None, 400),
        ("POST", "/jobs", {**VALID, "inputs": ["/etc/passwd\x00"]}, None, 400),
        ("POST", "/jobs", {**VALID, "options": {"min_length\x00": 1}}, None, 400),
        ("POST", "/jobs", {**VALID, "options": {"a": ["b\x00"]}}, None, 400),
        ("POST", "/jobs", {**VALID, "format": "json\x00"}, None, 400),
        ("POST", "/jobs", {**VALID, "split_size": "64MiB\x00"}, None, 400),
        ("POST", "/jobs", '{"analysis": "services", "inputs": ["s3://logs/\\ud800"]}', None, 400),
        ("POST", "/jobs", '{"analysis": "services", "inputs": ["s3://logs/x"], "options": ' + NESTED + "}", None, 400),
        ("POST", "/jobs", {**VALID, "options": {"a": _nested(33)}}, None, 400),
        (
            "POST",
            "/jobs",
            '{"analysis": "services", "inputs": ["s3://logs/x"], "partitions": 1' + "0" * 400 + "}",
            None,
            400,
        ),
        ("POST", "/jobs", '{"analysis": "services", "inputs": ["s3://logs/x"], "split_size": 1e308}', None, 400),
        ("POST", "/jobs", '{"analysis": "services", "inputs": ["s3://logs/x"], "split_size": 1e999}', None, 400),
        ("POST", "/jobs", {**VALID, "split_size": -1}, None, 400),
        ("POST", "/jobs", {**VALID, "split_size": "9" * 5000}, None, 400),
        ("POST", "/jobs", {**VALID, "partitions": -5}, None, 400),
        ("POST", "/jobs", {**VALID, "partitions": 2.5}, None, 400),
        ("POST", "/jobs", {**VALID, "partitions": True}, None, 400),
        ("POST", "/jobs", {**VALID, "options": {"min_length": 10**30}}, None, 400),
        ("POST", "/jobs", {**VALID, "analysis": "x" * 10_000}, None, 400),
        ("POST", "/jobs", {**VALID, "inputs": ["s3://logs/" + "x" * 2000]}, None, 400),
        ("POST", "/jobs", {**VALID, "inputs": ["s3://logs/x"] * 1001}, None, 400),
        ("POST", "/jobs", {**VALID, "inputs": [""]}, None, 400),
        ("POST", "/jobs", {**VALID, "inputs": "s3://logs/x"}, None, 400),
        ("POST", "/jobs", "[]", None, 400),
        ("POST", "/jobs", "null", None, 400),
        ("POST", "/jobs", '"\\u0000"', None, 400),
        ("POST", "/jobs", {**VALID, "options": {"padding": "x" * (1024 * 1024)}}, None, 413),
        ("GET", "/jobs/abc\x00", None, None, 404),
        ("GET", "/jobs/abc\n", None, None, 404),  # the route's pattern ends before a final newline
        ("GET", "/jobs/" + "a" * 300, None, None, 400),
        ("DELETE", "/jobs/\x00/result", None, None, 404),
        ("GET", "/jobs/a%00b/result", None, None, 400),
        ("GET", "/jobs", None, {"limit": "\x00"}, 400),
        ("GET", "/jobs", None, {"limit": "²"}, 400),
        ("GET", "/jobs", None, {"limit": "1" + "0" * 400}, 400),
        ("GET", "/jobs", None, {"before": "\x00"}, 400),
        ("GET", "/jobs", None, {"before": ""}, 400),
        ("GET", "/jobs", None, {"before": "x" * 5000}, 400),
        ("GET", "/analyses\x00", None, None, 404),
    ],
)
def test_bad_requests_get_a_json_4xx(api, method, path, body, query, status) -> None:
    event = http_event(method, path, body, query)
    if query is not None:  # as API Gateway passes it: percent-encoded raw, decoded parameters
        event["queryStringParameters"] = query
    answer_status, answer = _answer(event)
    assert answer_status == status, answer
    assert isinstance(answer["message"], str) and answer["message"]


@pytest.mark.parametrize(
    ("content_type", "body", "base64_encoded", "status"),
    [
        ("text/plain", json.dumps(VALID), False, 415),
        ("application/x-www-form-urlencoded", "analysis=services", False, 400),
        ("multipart/form-data; boundary=x", "--x--", False, 415),
        ("application/xml", "<job/>", False, 415),
        ("application/json", base64.b64encode(b'{"analysis": "\xff\xfe"}').decode(), True, 400),
        ("application/json", "not base64 at all!", True, 400),
        ("application/json; charset=utf-8", "{not json", False, 400),
    ],
)
def test_bodies_that_are_not_json_text(api, content_type, body, base64_encoded, status) -> None:
    event = http_event("POST", "/jobs", body)
    event["headers"]["content-type"] = content_type
    event["isBase64Encoded"] = base64_encoded
    answer_status, answer = _answer(event)
    assert answer_status == status and answer["message"], answer


@pytest.mark.parametrize("content_type", [None, "application/x-www-form-urlencoded"])  # curl -d declares a form
def test_a_json_body_without_a_json_content_type_is_read(api, content_type) -> None:
    _, clients = api
    clients["s3"].put_object(Bucket="logs", Key="x", Body=b"x\n")
    event = http_event("POST", "/jobs", VALID)
    del event["headers"]["content-type"]
    if content_type:
        event["headers"]["content-type"] = content_type
    assert _answer(event)[0] == 202


def test_a_bug_is_a_json_500_without_details(api, monkeypatch) -> None:
    from logmr.api import operations

    def broken() -> list:
        raise RuntimeError("secret detail")

    monkeypatch.setattr("logmr.api.app.analyses", broken)
    assert operations is not None
    status, answer = _answer(http_event("GET", "/analyses"))
    assert status == 500 and "secret" not in answer["message"]


def test_option_values_are_walked_without_recursion() -> None:
    from logmr.api.limits import LimitError, check_value

    check_value({"a": _nested(31)}, "options")  # 32 levels with the outer object
    with pytest.raises(LimitError, match="deeper than 32"):
        check_value({"a": _nested(32)}, "options")
    with pytest.raises(LimitError, match="NUL"):
        check_value({"a": [{"b": "c"}, {"d\x00": 1}]}, "options")
    with pytest.raises(LimitError, match="64 bits"):
        check_value([2**63], "options")
    check_value([-(2**63), 2**63 - 1, 1.5, True, None], "options")


def _registry_sandbox(monkeypatch):
    from logmr.job import REGISTRY

    monkeypatch.delenv("LOGMR_JOB_MODULES", raising=False)
    monkeypatch.setattr(REGISTRY, "_sources", [])
    return REGISTRY


def test_registering_jobs(tmp_path: Path, monkeypatch) -> None:
    from logmr.job import JobSourceError, api_job_class, load_job, resolve_job_class

    registry = _registry_sandbox(monkeypatch)
    assert registry.register(str(JOBS)) == [
        "AlwaysFails",
        "DyingWordCount",
        "ErrorLines",
        "ErrorsPerHost",
        "FlakyWordCount",
        "Sleeper",
        "SlowCount",
        "StatusClasses",
        "TopLevelPerService",
    ]
    assert api_job_class("ErrorsPerHost") is resolve_job_class(f"{JOBS}:ErrorsPerHost")
    assert load_job("ErrorsPerHost").name == "ErrorsPerHost"
    (tmp_path / "named.py").write_text("from logmr import CountJob\nclass C(CountJob):\n    name = 'errors-by-host'\n")
    assert registry.register(str(tmp_path / "named.py")) == ["errors-by-host"]
    sources = {
        "no_jobs.py": "from logmr import CountJob\n",
        "clash.py": "from logmr import CountJob\nclass X(CountJob):\n    name = 'services'\n",
        "badname.py": "from logmr import CountJob\nclass X(CountJob):\n    name = 'a:b'\n",
        "broken.py": "raise ValueError('no')\n",
    }
    for name, text in sources.items():
        (tmp_path / name).write_text(text)
    for source, message in [
        (tmp_path / "no_jobs.py", "defines no Job"),
        (tmp_path / "clash.py", "built-in"),
        (tmp_path / "badname.py", "must be"),
        (tmp_path / "broken.py", "ValueError"),
        (tmp_path / "missing.py", "not found"),
        ("no_such_module_here", "cannot import"),
    ]:
        with pytest.raises(JobSourceError, match=message):
            registry.register(str(source))
    (tmp_path / "twin.py").write_text("from logmr import CountJob\nclass ErrorsPerHost(CountJob):\n    pass\n")
    registry.register(str(tmp_path / "twin.py"))
    with pytest.raises(JobSourceError, match="two registered jobs"):
        registry.jobs()


def test_where_jobs_are_restricted_specs_name_only_built_in_and_registered_jobs(monkeypatch) -> None:
    from logmr.job import UnknownAnalysisError, resolve_job_class

    _registry_sandbox(monkeypatch)
    assert resolve_job_class(f"{JOBS}:ErrorsPerHost").__name__ == "ErrorsPerHost"  # logmr run: any file
    monkeypatch.setenv("LOGMR_JOB_MODULES", USER_JOBS)
    assert resolve_job_class("ErrorsPerHost") is resolve_job_class(f"{USER_JOBS}:ErrorsPerHost")
    for name in (f"{JOBS}:ErrorsPerHost", "json.decoder:JSONDecoder", "no_such_module:X"):
        with pytest.raises(UnknownAnalysisError, match="only built-in jobs and those of LOGMR_JOB_MODULES"):
            resolve_job_class(name)
    monkeypatch.delenv("LOGMR_JOB_MODULES")
    monkeypatch.setenv("AWS_LAMBDA_FUNCTION_NAME", "logmr-map")  # any Lambda function
    with pytest.raises(UnknownAnalysisError):
        resolve_job_class(f"{JOBS}:ErrorsPerHost")


def test_serve_refuses_a_bad_jobs_source(tmp_path: Path, monkeypatch, capsys) -> None:
    from logmr.cli.main import main

    _registry_sandbox(monkeypatch)
    assert main(["serve", "--data", str(tmp_path), "--jobs", str(tmp_path / "missing.py")]) == 2
    assert "job file not found" in capsys.readouterr().err


def test_a_job_loaded_before_jobs_were_restricted_is_not_reused_after(monkeypatch) -> None:
    """engine.tasks caches jobs per process: a file job loaded while anything could load (a CLI run
    in the same process) must not be handed out once LOGMR_JOB_MODULES restricts what loads."""
    from logmr.engine import tasks
    from logmr.engine.spec import JobSpec
    from logmr.job import UnknownAnalysisError

    spec = JobSpec(job_id="cached", analysis=f"{JOBS}:ErrorsPerHost", inputs=["x"])
    monkeypatch.delenv("LOGMR_JOB_MODULES", raising=False)
    monkeypatch.delenv("AWS_LAMBDA_FUNCTION_NAME", raising=False)
    assert type(tasks.job_for(spec)).__name__ == "ErrorsPerHost"
    monkeypatch.setenv("LOGMR_JOB_MODULES", "json")
    with pytest.raises(UnknownAnalysisError):
        tasks.job_for(spec)
