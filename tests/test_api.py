"""The HTTP job API through real API Gateway (payload v2) events, backed by the stack in moto."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aws_harness import upload_folder, wait_for
from helpers import load_event


def test_submit_watch_and_fetch_a_job(api, sample_dir: Path) -> None:
    call, clients = api
    upload_folder(clients, sample_dir)
    event = load_event("api_post_jobs")
    body = {**json.loads(event["body"]), "inputs": ["s3://logs/incoming/"], "split_size": "400KB"}
    status, job = call("POST", "/jobs", body)
    assert status == 202 and job["status"] == "PENDING" and job["links"]["self"] == f"/jobs/{job['job_id']}"
    from logmr.jobstate import DynamoJobStore

    arn = DynamoJobStore("jobs", clients["dynamodb"]).get(job["job_id"]).execution_arn
    assert wait_for(clients["stepfunctions"], arn)["status"] == "SUCCEEDED"
    status, done = call("GET", f"/jobs/{job['job_id']}")
    assert status == 200 and done["status"] == "SUCCEEDED" and done["summary"]["distinct_services"] > 10
    assert "execution_arn" not in done
    status, result = call("GET", f"/jobs/{job['job_id']}/result")
    assert status == 200 and len(result["outputs"]) == 4 and result["summary"] == done["summary"]
    assert all("X-Amz-Signature=" in url or "Signature=" in url for url in [*result["outputs"], result["result_json"]])
    status, page = call("GET", "/jobs", query={"limit": "10"})
    assert status == 200 and page["jobs"][0]["job_id"] == job["job_id"] and page["next"] is None


def test_list_pages_newest_first(api) -> None:
    call, clients = api
    clients["s3"].put_object(Bucket="logs", Key="a.log", Body=b"x\n")
    ids = [
        call("POST", "/jobs", {"analysis": "services", "inputs": ["s3://logs/a.log"]})[1]["job_id"] for _ in range(3)
    ]
    status, first = call("GET", "/jobs", query={"limit": "2"})
    assert status == 200 and len(first["jobs"]) == 2 and first["next"]
    _, rest = call("GET", "/jobs", query={"limit": "2", "before": first["next"]})
    listed = [j["job_id"] for j in first["jobs"] + rest["jobs"]]
    assert sorted(listed) == sorted(ids) and len(set(listed)) == 3


def test_cancel_a_running_job(api) -> None:
    call, clients = api
    from logmr.jobstate import DynamoJobStore, JobRecord

    DynamoJobStore("jobs", clients["dynamodb"]).create(JobRecord(job_id="running-1", analysis="services", inputs=[]))
    status, job = call("DELETE", "/jobs/running-1")
    assert status == 200 and job["status"] == "CANCELLED"
    status, again = call("DELETE", "/jobs/running-1")
    assert status == 409 and "already ended" in again["message"]


@pytest.mark.parametrize(
    ("method", "path", "body", "status", "message"),
    [
        ("POST", "/jobs", None, 400, "must be a JSON object"),
        ("POST", "/jobs", "{not json", 400, "not valid JSON"),
        ("POST", "/jobs", {"analysis": "services"}, 400, "inputs"),
        ("POST", "/jobs", {"analysis": "nosuch", "inputs": ["s3://logs/x"]}, 400, "unknown analysis"),
        (
            "POST",
            "/jobs",
            {"analysis": "patterns", "inputs": ["s3://logs/x"], "options": {"patterns": {"a": "("}}},
            400,
            "bad regex for pattern 'a'",
        ),
        ("POST", "/jobs", {"analysis": "services", "inputs": ["s3://secrets/x"]}, 400, "not allowed"),
        ("POST", "/jobs", {"analysis": "services", "inputs": ["/etc/passwd"]}, 400, "must be an s3:// URI"),
        ("POST", "/jobs", {"analysis": "services", "inputs": ["s3://logs/x"], "split_size": "lots"}, 400, "split_size"),
        ("POST", "/jobs", {"analysis": "services", "inputs": ["s3://logs/x"], "partitions": 0}, 400, "partitions"),
        ("POST", "/jobs", {"analysis": "services", "inputs": ["s3://logs/x"], "colour": "red"}, 400, "colour"),
        ("GET", "/jobs/no-such-job", None, 404, "no job"),
        ("GET", "/jobs/..%2Fetc", None, 400, "invalid job id"),
        ("GET", "/jobs", None, 200, ""),
        ("GET", "/nowhere", None, 404, "no route"),
    ],
)
def test_errors_say_what_to_fix(api, method, path, body, status, message) -> None:
    call, _ = api
    got_status, answer = call(method, path, body, {"limit": "x"} if path == "/jobs" and method == "GET" else None)
    if path == "/jobs" and method == "GET":
        assert got_status == 400 and "limit" in answer["message"]
        return
    assert got_status == status and message in answer["message"]


def test_analyses_and_openapi(api) -> None:
    call, _ = api
    status, listing = call("GET", "/analyses")
    names = {a["name"] for a in listing["analyses"]}
    assert status == 200 and names == {"wordcount", "services", "patterns", "templates", "parse", "http", "timeline"}
    status, document = call("GET", "/openapi.json")
    assert status == 200 and document["openapi"].startswith("3.1")
    from openapi_spec_validator import validate

    validate(document)
    documented = {(m.upper(), p) for p, ops in document["paths"].items() for m in ops if m != "parameters"}
    assert len(documented) == 8
    for method, path in documented:  # every documented route is served (and only by a route)
        status, answer = call(method, path.replace("{job_id}", "no-such-job"))
        assert "no route" not in answer.get("message", ""), (method, path)
    status, answer = call("PUT", "/jobs")
    assert status == 404 and "no route" in answer["message"]
