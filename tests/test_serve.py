"""`logmr serve` end to end with real clients: HTTP submit, a `websockets` subscriber that sees the
job through to SUCCEEDED, results equal to `logmr run`, 401 without the token, and job records
that survive a restart."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from helpers import JOBS, TOKEN, call, run_job, serving, start_server


def test_serve_end_to_end(tmp_path: Path, sample_dir: Path) -> None:
    from websockets.exceptions import InvalidStatus
    from websockets.sync.client import connect

    home = tmp_path / "home"
    with serving(home, sample_dir) as (base, port):
        assert call(base, "GET", "/jobs", token=None)[0] == 401
        assert call(base, "GET", "/jobs", token="wrong")[0] == 401
        with pytest.raises(InvalidStatus):
            connect(f"ws://127.0.0.1:{port}/live?token=wrong").close()
        status, answer = call(base, "POST", "/jobs", {"analysis": "services", "inputs": ["/etc"]})
        assert status == 400 and "outside the folders" in answer["message"]
        binary = urllib.request.Request(
            base + "/jobs",
            method="POST",
            data=b"\xff\xfe\x00garbage",
            headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
        )
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(binary, timeout=30)
        assert refused.value.code == 400 and b"UTF-8" in refused.value.read()

        with connect(f"ws://127.0.0.1:{port}/live?token={TOKEN}") as live:
            status, job = call(
                base,
                "POST",
                "/jobs",
                {"analysis": "services", "inputs": [str(sample_dir)], "split_size": "300KB", "partitions": 3},
            )
            assert status == 202
            seen = []
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                message = json.loads(live.recv(timeout=30))
                if message["type"] == "job" and message["job"]["job_id"] == job["job_id"]:
                    seen.append(message["job"])
                    if message["job"]["status"] in ("SUCCEEDED", "FAILED"):
                        break
        assert seen[-1]["status"] == "SUCCEEDED", seen[-1]
        assert any(j["status"] == "RUNNING" and j["counters"]["splits_done"] > 0 for j in seen), "live progress"
        done = [j["counters"]["splits_done"] for j in seen]
        assert done == sorted(done)

        status, result = call(base, "GET", f"/jobs/{job['job_id']}/result")
        assert status == 200 and len(result["outputs"]) == 3
        rows = {}
        for link in result["outputs"]:
            request = urllib.request.Request(base + link, headers={"Authorization": f"Bearer {TOKEN}"})
            with urllib.request.urlopen(request) as part:
                for line in part.read().splitlines():
                    row = json.loads(line)
                    rows[tuple(row["key"])] = row["value"]
        local, local_result = run_job("services", [sample_dir], tmp_path / "local", split_size=300_000, partitions=3)
        assert rows == local and result["summary"] == local_result["summary"]

    with serving(home, sample_dir) as (base, _):  # a restart keeps the finished jobs
        status, again = call(base, "GET", f"/jobs/{job['job_id']}")
        assert status == 200 and again["status"] == "SUCCEEDED" and again["summary"] == result["summary"]
        status, listing = call(base, "GET", "/jobs")
        assert [j["job_id"] for j in listing["jobs"]] == [job["job_id"]]


def test_cancel_stops_a_running_local_job(tmp_path: Path, sample_dir: Path) -> None:
    from logmr.jobstate import CANCELLED, SqliteJobStore
    from logmr.server.local_service import LocalJobService

    jobs = SqliteJobStore(tmp_path / "jobs.db")
    service = LocalJobService(
        jobs,
        tmp_path / "work",
        [sample_dir, Path(__file__).parent],
        [],
        {"split_size": 50_000, "partitions": 2},
        workers=1,
    )
    from logmr.job import REGISTRY

    REGISTRY.register(str(JOBS))  # as `logmr serve --jobs tests/jobs/user_jobs.py` does
    try:
        job = service.submit(json.dumps({"analysis": "SlowCount", "inputs": [str(sample_dir / "app.jsonl")]}))
        deadline = time.monotonic() + 30
        while jobs.get(job["job_id"]).counters["splits_done"] < 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert service.cancel(job["job_id"])["status"] == CANCELLED
        service.close()  # waits for the job's thread: its workers were stopped
    finally:
        REGISTRY.clear()
    final = jobs.get(job["job_id"])
    assert final.status == CANCELLED and final.counters["splits_done"] < final.counters["splits_total"]


def test_api_fuzzed_from_its_openapi_document_never_answers_5xx(tmp_path: Path) -> None:
    """schemathesis generates requests from GET /openapi.json (examples, coverage, fuzzing,
    stateful sequences), with tests/st_hooks.py mixing in hostile values (NUL bytes, deep options,
    huge numbers, paths as analysis names), against `logmr serve`: no answer may be a server
    error, and every error is a JSON message."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "small.log").write_text("GET /a 200\nERROR boom\n" * 20)
    with serving(tmp_path / "home", data, extra=("--jobs", str(JOBS))) as (base, _):
        env = {
            **os.environ,
            "SCHEMATHESIS_HOOKS": "st_hooks",
            "PYTHONPATH": str(Path(__file__).parent),
            "LOGMR_ST_DATA": str(data),
        }
        done = subprocess.run(
            [
                str(Path(sys.executable).parent / "st"),
                "run",
                f"{base}/openapi.json",
                "-H",
                f"Authorization: Bearer {TOKEN}",
                "--checks",
                "not_a_server_error,json_error_bodies",
                "-n",
                "60",
                "--seed",
                "1",
            ],
            capture_output=True,
            text=True,
            timeout=900,
            env=env,
        )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


MARKING_JOB = """
from pathlib import Path
Path(__file__).with_suffix(".imported").write_text("the file ran")
from logmr import CountJob
class X(CountJob):
    def map(self, record):
        yield "x", 1
"""


def test_serve_runs_registered_jobs_in_its_workers_and_no_code_from_requests(tmp_path: Path, sample_dir: Path) -> None:
    """`--jobs` registers a file's jobs by name; they run in the job's worker processes (from a
    fork server: the server has threads). A request naming a file gets a 400, the file unread."""
    (tmp_path / "marking_job.py").write_text(MARKING_JOB)
    with serving(tmp_path / "home", sample_dir, extra=("--jobs", str(JOBS))) as (base, _):
        status, listing = call(base, "GET", "/analyses")
        assert {"ErrorsPerHost", "StatusClasses"} <= {a["name"] for a in listing["analyses"] if a["registered"]}
        messages = set()
        for name in (f"{tmp_path}/marking_job.py:X", f"{tmp_path}/missing.py:X", f"{JOBS}:ErrorsPerHost"):
            status, answer = call(base, "POST", "/jobs", {"analysis": name, "inputs": [str(sample_dir)]})
            assert status == 400, answer
            messages.add(answer["message"].split(": use one of")[1])
        assert len(messages) == 1 and not (tmp_path / "marking_job.imported").exists()

        body = {"analysis": "ErrorsPerHost", "inputs": [str(sample_dir / "app.jsonl")], "split_size": "200KB"}
        status, job = call(base, "POST", "/jobs", {**body, "partitions": 2})
        assert status == 202, job
        deadline = time.monotonic() + 60
        while job["status"] not in ("SUCCEEDED", "FAILED") and time.monotonic() < deadline:
            time.sleep(0.2)
            job = call(base, "GET", f"/jobs/{job['job_id']}")[1]
        assert job["status"] == "SUCCEEDED", job
        assert job["counters"]["splits_total"] > 2, "several map tasks, in worker processes"
        _, result = call(base, "GET", f"/jobs/{job['job_id']}/result")
    _, local = run_job(f"{JOBS}:ErrorsPerHost", [sample_dir / "app.jsonl"], tmp_path / "l", partitions=2)
    assert result["summary"] == local["summary"]


def _raw(base: str, method: str, target: str, body: bytes | None = None, content_type: str = "application/json"):
    """A request as sent, without a client's checks (http.client), and its JSON answer."""
    import http.client

    host, port = base.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": content_type}
    connection.request(method, target, body=body, headers=headers)
    answer = connection.getresponse()
    status, kind, raw = answer.status, answer.getheader("Content-Type", ""), answer.read()
    connection.close()
    assert kind.startswith("application/json"), (status, kind, raw[:200])
    return status, json.loads(raw)


def test_serve_answers_bad_requests_with_json_4xx(tmp_path: Path, sample_dir: Path) -> None:
    outside = tmp_path / "outside.log"
    outside.write_text("x\n")
    valid = {"analysis": "services", "inputs": [str(sample_dir)]}
    cases = [
        ("POST", "/jobs", json.dumps({**valid, "inputs": [f"{sample_dir}\x00"]}).encode(), 400),
        ("POST", "/jobs", json.dumps({**valid, "analysis": "services\x00"}).encode(), 400),
        ("POST", "/jobs", json.dumps({**valid, "options": {"\x00": 1}}).encode(), 400),
        (
            "POST",
            "/jobs",
            b'{"analysis": "services", "inputs": [], "options": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
            400,
        ),
        ("POST", "/jobs", b'{"analysis": "services", "inputs": ["x"], "partitions": 1' + b"0" * 400 + b"}", 400),
        ("POST", "/jobs", b'{"analysis": "services", "inputs": ["x"], "split_size": 1e308}', 400),
        ("POST", "/jobs", b'{"analysis": "\xff\xfe"}', 400),
        ("POST", "/jobs", b'{"analysis": "services", "inputs": ["' + b"x" * (1024 * 1024) + b'"]}', 413),
        ("GET", "/jobs/%00", None, 404),
        ("GET", "/jobs/%FF%FE/result", None, 400),
        ("DELETE", "/jobs/a%0A", None, 404),
        ("GET", "/jobs?limit=%00", None, 400),
        ("GET", "/jobs?limit=%FF", None, 400),
        ("GET", "/jobs?before=%00", None, 400),
        ("GET", "/jobs?before=" + "x" * 9000, None, 400),  # rejected by aiohttp's parser, before any handler
        ("GET", "/files/%00", None, 404),
        ("GET", "/files/jobs/%00/result.json", None, 404),
        ("PUT", "/jobs", None, 404),
        ("POST", "/analyses", None, 404),
    ]
    with serving(tmp_path / "home", sample_dir) as (base, _):
        for method, target, body, expected in cases:
            status, answer = _raw(base, method, target, body)
            assert status == expected and answer["message"], (method, target[:80], status, answer)
        status, answer = _raw(base, "POST", "/jobs", json.dumps(valid).encode(), content_type="text/plain")
        assert status == 415 and "application/json" in answer["message"]
        # An outside path: the same answer whether it exists or not.
        messages = []
        for path in (outside, tmp_path / "missing.log", "/etc/shadow", "/no/such/file"):
            status, answer = _raw(base, "POST", "/jobs", json.dumps({**valid, "inputs": [str(path)]}).encode())
            assert status == 400
            messages.append(answer["message"].replace(repr(str(path)), "PATH"))
        assert len(set(messages)) == 1 and "outside the folders" in messages[0]


def test_sigterm_stops_serve_with_its_running_and_queued_jobs(tmp_path: Path, sample_dir: Path) -> None:
    """SIGTERM while a job runs (its task would sleep 10 minutes) and another waits: the server
    exits within seconds, its workers with it, and both jobs are recorded as stopped."""
    import psutil

    from logmr.jobstate import CANCELLED, SqliteJobStore

    pid_file = tmp_path / "worker.pid"
    server, base, _ = start_server(tmp_path / "home", sample_dir, extra=("--jobs", str(JOBS)))
    try:
        sleeper = {
            "analysis": "Sleeper",
            "inputs": [str(sample_dir / "app.jsonl")],
            "options": {"pid_file": str(pid_file)},
        }
        running = call(base, "POST", "/jobs", sleeper)[1]
        queued = call(base, "POST", "/jobs", {"analysis": "services", "inputs": [str(sample_dir)]})[1]
        deadline = time.monotonic() + 60
        while not pid_file.exists():
            assert time.monotonic() < deadline and server.poll() is None, "the job never started"
            time.sleep(0.05)
        worker = psutil.Process(int(pid_file.read_text()))
        started = time.monotonic()
        server.terminate()
        server.wait(timeout=60)
        seconds = time.monotonic() - started
    finally:
        if server.poll() is None:
            server.kill()
    assert seconds < 10  # measured: about 1 s
    assert not worker.is_running() or worker.status() == psutil.STATUS_ZOMBIE
    jobs = SqliteJobStore(tmp_path / "home" / "jobs.db")
    for job in (running, queued):
        record = jobs.get(job["job_id"])
        assert record.status == CANCELLED and "server stopped" in record.error, record


def test_an_aiohttp_request_becomes_an_api_gateway_event() -> None:
    """The server's events and the tests' (aws_harness.http_event) come from one builder."""
    from aiohttp.test_utils import make_mocked_request

    from logmr.server.gateway import http_event, websocket_event

    headers = {"Content-Type": "application/json", "User-Agent": "curl/8", "Host": "localhost:8000"}
    request = make_mocked_request("POST", "/jobs?limit=2&before=x%23y", headers=headers)
    event = http_event(request, b"\xff\xfe")
    assert event["rawPath"] == event["requestContext"]["http"]["path"] == "/jobs"
    assert event["queryStringParameters"] == {"limit": "2", "before": "x#y"}
    assert event["rawQueryString"] == "limit=2&before=x%23y"  # as API Gateway sends it: still encoded
    assert event["headers"]["content-type"] == "application/json" and event["headers"]["host"] == "localhost:8000"
    assert event["requestContext"]["http"]["method"] == "POST"
    assert event["requestContext"]["http"]["userAgent"] == "curl/8"
    assert event["requestContext"]["domainName"] == "localhost:8000"
    assert event["isBase64Encoded"] and base64.b64decode(event["body"]) == b"\xff\xfe"
    assert http_event(make_mocked_request("GET", "/jobs"), b"")["body"] is None
    assert http_event(make_mocked_request("GET", "/jobs"), b"")["queryStringParameters"] is None
    connect = websocket_event("$connect", "c-1", make_mocked_request("GET", "/live?token=t", headers=headers))
    assert connect["requestContext"]["eventType"] == "CONNECT" and connect["queryStringParameters"] == {"token": "t"}
    assert connect["requestContext"]["connectionId"] == "c-1" and connect["body"] is None
