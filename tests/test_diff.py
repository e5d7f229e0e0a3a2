"""What changed between two windows: a template that appears, an error rate that doubles, a route
that slows down; through `logmr diff`, the one-step `--baseline-since`, and GET /jobs/{id}/diff."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from aws_harness import start_job, upload_folder
from logmr.cli.main import main
from logmr.engine.diff import diff_jobs

HOUR_A = datetime(2026, 11, 30, 10, tzinfo=UTC)
HOUR_B = datetime(2026, 11, 30, 11, tzinfo=UTC)
SERVICES = ["checkout", "payments", "search"]


def _window(start: datetime, payments_errors: float, new_template: bool, seed: int) -> list[str]:
    rng = random.Random(seed)
    lines = []
    for i in range(1200):
        service = SERVICES[i % 3]
        error = service == "payments" and rng.random() < payments_errors
        message = f"order {rng.randrange(10**6)} placed in {rng.randrange(900)} ms"
        if new_template and i % 10 == 0:
            message = f"disk quota exceeded for volume vol-{rng.randrange(10**4)}"
        record = {
            "time": (start + timedelta(seconds=3 * i)).isoformat(),
            "level": "error" if error else "info",
            "service": service,
            "msg": message,
        }
        lines.append(json.dumps(record))
    return lines


@pytest.fixture(scope="module")
def logs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("windows")
    lines = _window(HOUR_A, 0.05, False, 1) + _window(HOUR_B, 0.10, True, 2)
    (folder / "app.jsonl").write_text("\n".join(lines) + "\n")
    return folder


def _run(folder: Path, out: Path, analysis: str, since: datetime, until: datetime) -> None:
    argv = [
        "run",
        analysis,
        str(folder),
        "-o",
        str(out),
        "-q",
        "--since",
        since.isoformat(),
        "--until",
        until.isoformat(),
    ]
    assert main(argv) == 0


def test_a_new_template_and_a_doubled_error_rate(logs: Path, tmp_path: Path, capsys) -> None:
    hour = timedelta(hours=1)
    for analysis in ("templates", "services"):
        _run(logs, tmp_path / f"a-{analysis}", analysis, HOUR_A, HOUR_A + hour)
        _run(logs, tmp_path / f"b-{analysis}", analysis, HOUR_B, HOUR_B + hour)
    capsys.readouterr()
    assert main(["diff", str(tmp_path / "a-templates"), str(tmp_path / "b-templates"), "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)
    assert [row["template"] for row in changes["templates"]["new"]] == ["disk quota exceeded for volume vol-<NUM>"]
    assert changes["templates"]["new"][0]["after"] == 120 and changes["templates"]["vanished"] == []
    assert main(["diff", str(tmp_path / "a-services"), str(tmp_path / "b-services"), "--json"]) == 0
    services = {row["service"]: row for row in json.loads(capsys.readouterr().out)["services"]}
    payments = services["payments"]
    assert 0.03 < payments["error_rate_before"] < 0.07 and 0.08 < payments["error_rate_after"] < 0.13
    assert payments["change"] == pytest.approx(payments["error_rate_after"] - payments["error_rate_before"], abs=1e-6)
    assert services["checkout"]["error_rate_before"] == services["checkout"]["error_rate_after"] == 0
    assert main(["diff", str(tmp_path / "a-services"), str(tmp_path / "b-templates")]) == 2
    assert "is services and" in capsys.readouterr().err


def test_the_one_step_form_runs_the_baseline_then_the_diff(logs: Path, tmp_path: Path, capsys) -> None:
    argv = ["run", "templates", str(logs), "-o", str(tmp_path / "now"), "-q", "--json"]
    argv += [
        "--since",
        HOUR_B.isoformat(),
        "--baseline-since",
        HOUR_A.isoformat(),
        "--baseline-until",
        HOUR_B.isoformat(),
    ]
    assert main(argv) == 0
    printed = capsys.readouterr().out
    changes = json.loads(printed[printed.rindex('{\n  "analysis"') :])
    assert [row["template"] for row in changes["templates"]["new"]] == ["disk quota exceeded for volume vol-<NUM>"]
    assert (tmp_path / "now-baseline" / "result.json").is_file()


def test_count_jobs_and_http_diff_by_share_and_rate() -> None:
    before = [(("a",), 50), (("b",), 50)]
    after = [(("a",), 20), (("c",), 80)]
    changes = diff_jobs("wordcount", before, after)["keys"]
    assert [row["key"] for row in changes["new"]] == [("c",)] and [row["key"] for row in changes["vanished"]] == [
        ("b",)
    ]
    assert changes["changed"][0]["change"] == pytest.approx(-0.3)
    route = {"method": "GET", "route": "/a", "requests": 100, "classes": {"5xx": 5}, "latency": {"p95": 100.0}}
    slower = {**route, "classes": {"5xx": 20}, "latency": {"p95": 250.0}}
    http = diff_jobs("http", [(("route", "GET", "/a"), route)], [(("route", "GET", "/a"), slower)])
    assert http["p95"][0]["p95_change"] == 150.0 and http["error_rate"][0]["error_rate_change"] == pytest.approx(0.15)


def test_the_api_compares_two_jobs_of_the_stack(api, logs: Path) -> None:
    call, clients = api
    upload_folder(clients, logs)
    machine = clients["stepfunctions"].list_state_machines()["stateMachines"][0]["stateMachineArn"]
    ids = []
    for start in (HOUR_A, HOUR_B):
        window = {"since": start.isoformat().replace("+00:00", "Z"), "until": (start + timedelta(hours=1)).isoformat()}
        window["until"] = window["until"].replace("+00:00", "Z")
        job_id, execution = start_job(clients, machine, "templates", ["s3://logs/incoming/"], partitions=2, **window)
        assert execution["status"] == "SUCCEEDED", execution.get("cause")
        ids.append(job_id)
    status, changes = call("GET", f"/jobs/{ids[1]}/diff", query={"baseline": ids[0]})
    assert status == 200, changes
    assert [row["template"] for row in changes["templates"]["new"]] == ["disk quota exceeded for volume vol-<NUM>"]
    assert (changes["baseline"], changes["job"]) == (ids[0], ids[1])
    status, answer = call("GET", f"/jobs/{ids[1]}/diff")
    assert status == 400 and "baseline" in answer["message"]
    status, answer = call("GET", f"/jobs/{ids[1]}/diff", query={"baseline": "no-such-job"})
    assert status == 404


def test_parse_results_in_parquet_diff_by_template(logs: Path, tmp_path: Path, capsys) -> None:
    hour = timedelta(hours=1)
    for name, start in (("a", HOUR_A), ("b", HOUR_B)):
        argv = ["run", "parse", str(logs), "-o", str(tmp_path / name), "-q", "--output-format", "parquet"]
        assert main([*argv, "--since", start.isoformat(), "--until", (start + hour).isoformat()]) == 0
    assert not list((tmp_path / "a").glob("*.jsonl"))
    capsys.readouterr()
    assert main(["diff", str(tmp_path / "a"), str(tmp_path / "b"), "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)
    assert [row["template"] for row in changes["templates"]["new"]] == ["disk quota exceeded for volume vol-<NUM>"]
    assert changes["templates"]["new"][0]["after"] == 120 and changes["templates"]["vanished"] == []
