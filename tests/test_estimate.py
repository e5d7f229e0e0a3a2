"""The estimate before a job runs (engine/estimate.py): its counts against a real run's counted usage
in moto, `--dry-run` and POST /jobs with `dry_run` on both backends, nothing started by either."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from aws_harness import start_job, upload_folder
from logmr.engine import cost
from logmr.engine.estimate import Capacity, dry_run, estimate_job, phase_seconds
from logmr.engine.inputs import resolve_inputs
from logmr.engine.planner import plan_splits
from logmr.engine.spec import JobSpec, Split


def _states_entered(sfn, execution_arn: str) -> int:
    """The states the execution entered, from moto's execution history (the parent's: moto does not
    list a Distributed Map's child executions)."""
    events = sfn.get_execution_history(executionArn=execution_arn, maxResults=1000)["events"]
    return sum(1 for event in events if event["type"].endswith("StateEntered"))


def test_estimate_matches_a_moto_runs_counted_usage(aws, sample_dir: Path) -> None:
    clients, machine = aws
    upload_folder(clients, sample_dir)
    # wordcount: every map task writes words into every partition, so each reduce task reads
    # each map output's index and frame (the model's two GETs per map output and reduce task).
    job_id, execution = start_job(
        clients, machine, "wordcount", ["s3://logs/incoming/"], split_size=400_000, partitions=3
    )
    assert execution["status"] == "SUCCEEDED", execution.get("cause")
    from logmr.jobstate import DynamoJobStore

    job = DynamoJobStore("jobs", clients["dynamodb"]).get(job_id)
    compared = job.cost["estimate_vs_actual"]
    # An independent count of the tasks: the splits the planner makes of the same files.
    spec = JobSpec(job_id="x", analysis="wordcount", inputs=[str(sample_dir)], split_size=400_000, partitions=3)
    maps = len(plan_splits(spec, resolve_inputs(spec.inputs)))
    assert compared["lambda_requests"] == {"estimate": 1 + maps + 3 + 1, "actual": 1 + maps + 3 + 1}
    for name in ("s3_get", "s3_put", "ddb_write_units", "state_transitions"):
        assert compared[name]["estimate"] == compared[name]["actual"], name
    assert compared["s3_put"]["actual"] == job.counters["s3_put"], "the cost counts result.json's PUT too"
    assert compared["state_transitions"]["estimate"] == cost.transitions_of([maps], 3)
    # AWS bills each state entered, plus one per child execution a Distributed Map starts (each
    # runs one MapTask state): the parent's history and two per map item.
    parent = _states_entered(clients["stepfunctions"], execution["executionArn"])
    assert compared["state_transitions"]["estimate"] == parent + 2 * maps
    result = json.loads(clients["s3"].get_object(Bucket="work", Key=f"jobs/{job_id}/result.json")["Body"].read())
    assert result["estimate"]["splits"] == maps and result["estimate"]["tasks"] == {"map": [maps], "reduce": [3]}
    assert result["cost"]["estimate_vs_actual"] == compared
    assert compared["usd"]["estimate"] > 0 and compared["seconds"]["actual"] > 0


def test_model_by_hand() -> None:
    """Four 64 MiB JSON splits at the measured services rate, checked against the formulas."""
    from logmr.engine.estimate import S3_FIRST_BYTE_S, S3_STREAM_BYTES_PER_S, rate
    from logmr.engine.spec import Split

    size = 64 << 20
    splits = [Split(index=i, uri=f"s3://b/{i}.jsonl", start=0, end=size, format="json") for i in range(4)]
    spec = JobSpec(job_id="x", analysis="services", inputs=["s3://b/"], split_size=size, partitions=2)
    document = estimate_job(spec, splits, 1, Capacity(memory_mb=1769, map_concurrency=2))
    measured = rate("services", "json")
    usage = document["cost"]["usage"]
    assert usage["lambda_requests"] == 1 + 4 + 2 + 1
    assert usage["state_transitions"] == 2 + 4 + 2 * 4 + 2
    assert usage["s3_put"] == 3 + 4 * 2 + 2 + 1  # plan: spec, manifest, estimate; maps; reduces; result
    # plan: the manifest, the listing's page and the four inputs' heads; maps: the spec and the
    # range; reduces: the spec and two objects per map; finalize (spec twice, counters listing and
    # objects, estimate, outputs)
    assert usage["s3_get"] == (1 + 1 + 4) + 4 * 2 + 2 * (1 + 2 * 4) + (3 + 1 + 4 + 2)
    shuffle = size * measured["shuffle_per_input_byte"]
    one_map = 0.06 + size / measured["map_bytes_per_s"] + (size + shuffle) / S3_STREAM_BYTES_PER_S + 4 * S3_FIRST_BYTE_S
    assert document["seconds"]["map"] == pytest.approx(1.0 + 2 * one_map, abs=0.01), "two waves of two"
    assert document["cost"]["usd"] == pytest.approx(sum(document["cost"]["items_usd"].values()), abs=1e-9)
    arm = estimate_job(spec, splits, 1, Capacity(memory_mb=1769, map_concurrency=2, architecture="arm64"))
    assert arm["cost"]["items_usd"]["lambda_compute"] == pytest.approx(
        document["cost"]["items_usd"]["lambda_compute"] * 0.0000133334 / 0.0000166667, rel=1e-6
    )
    assert phase_seconds([], 10) == 0


def test_reduce_reads_modeled_concurrently() -> None:
    """A reduce task waits for two requests per round of READ_THREADS map outputs, a merge group
    after another, not two per output; its GET count stays two per output."""
    from logmr.engine.estimate import S3_FIRST_BYTE_S, reduce_read_rounds, reduce_task_seconds

    assert reduce_read_rounds(1, 64, 16) == 2
    assert reduce_read_rounds(16, 64, 16) == 2 and reduce_read_rounds(17, 64, 16) == 4
    assert reduce_read_rounds(1_890, 64, 16) == 2 * (29 * 4 + 3)  # 29 full groups, then 34 outputs
    assert reduce_read_rounds(10, 4, 16) == 2 * 3, "a group of 4 is one round: the group bounds the threads"
    capacity = Capacity(memory_mb=1769)
    few, many = reduce_task_seconds(16, 0, 1e6, capacity), reduce_task_seconds(1_600, 0, 1e6, capacity)
    assert many - few == pytest.approx((reduce_read_rounds(1_600) - 2) * S3_FIRST_BYTE_S)
    assert many < 0.06 + (2 * 1_600 + 2) * S3_FIRST_BYTE_S / 10
    splits = [Split(index=i, uri=f"s3://b/{i}", start=0, end=1 << 20, format="json") for i in range(100)]
    spec = JobSpec(job_id="x", analysis="services", inputs=["s3://b/"], split_size=1 << 20, partitions=4)
    usage = estimate_job(spec, splits, 1, capacity)["cost"]["usage"]
    plan, maps, finalize = 1 + 1 + 100, 100 * 2, 3 + 1 + 100 + 4
    assert usage["s3_get"] == plan + maps + 4 * (1 + 2 * 100) + finalize


def test_default_memory_is_as_fast_as_more_and_cheaper() -> None:
    """At the default (one vCPU) a job models as fast as at 2,048 MB and cheaper; at 1,024 MB
    cheaper still but slower (its map tasks get 58% of a core)."""
    splits = [Split(index=i, uri=f"s3://b/{i}", start=0, end=512 << 20, format="json") for i in range(200)]
    spec = JobSpec(job_id="x", analysis="services", inputs=["s3://b/"], format="json", partitions=16)
    default, more, less = (
        estimate_job(spec, splits, 1, Capacity(memory_mb=mb)) for mb in (Capacity().memory_mb, 2048, 1024)
    )
    assert default["seconds"] == more["seconds"] and default["cost"]["usd"] < more["cost"]["usd"]
    assert less["seconds"]["map"] > default["seconds"]["map"] and less["cost"]["usd"] < default["cost"]["usd"]


def test_dry_run_lists_and_plans_without_starting(sample_dir: Path, tmp_path: Path) -> None:
    from logmr.cli.main import main

    out = tmp_path / "results"
    assert main(["run", "services", str(sample_dir), "--split-size", "300KB", "--dry-run", "-o", str(out)]) == 0
    assert not out.exists(), "nothing ran"
    spec = JobSpec(job_id="x", analysis="services", inputs=[str(sample_dir)], split_size=300_000)
    document = dry_run(spec, Capacity())
    splits = plan_splits(spec, resolve_inputs(spec.inputs))
    assert document["splits"] == len(splits) and document["tasks"]["map"] == [len(splits)]
    assert document["inputs"]["files"] == len(list(sample_dir.iterdir()))
    assert sum(item["splits"] for item in document["inputs"]["shown"]) == len(splits)
    assert document["inputs"]["bytes"] == sum(p.stat().st_size for p in sample_dir.iterdir())


def test_api_dry_run_on_the_stack_starts_nothing(api, sample_dir: Path) -> None:
    call, clients = api
    upload_folder(clients, sample_dir)
    body = {"analysis": "services", "inputs": ["s3://logs/incoming/"], "split_size": "400KB", "dry_run": True}
    status, document = call("POST", "/jobs", body)
    assert status == 200 and document["dry_run"] is True, document
    assert document["inputs"]["files"] == len(list(sample_dir.iterdir()))
    assert document["splits"] >= document["inputs"]["files"] and document["cost"]["usd"] > 0
    assert call("GET", "/jobs")[1]["jobs"] == [], "no job recorded"
    assert clients["stepfunctions"].list_executions(stateMachineArn=os.environ["STATE_MACHINE_ARN"])["executions"] == []
    status, answer = call("POST", "/jobs", {**body, "inputs": ["s3://logs/nothing-here/"]})
    assert status == 400 and answer["message"]


def test_local_service_dry_run_starts_nothing(tmp_path: Path, sample_dir: Path) -> None:
    from logmr.jobstate.sqlite import SqliteJobStore
    from logmr.server.local_service import LocalJobService

    jobs = SqliteJobStore(tmp_path / "jobs.db")
    service = LocalJobService(jobs, tmp_path / "work", [sample_dir], [], {"split_size": 300_000, "partitions": 2})
    try:
        body = json.dumps({"analysis": "wordcount", "inputs": [str(sample_dir)], "dry_run": True})
        document = service.submit(body)
    finally:
        service.close()
    assert document["dry_run"] and document["partitions"] == 2 and document["tasks"]["reduce"] == [2]
    assert jobs.list(limit=10) == [] and not (tmp_path / "work").exists()


def test_submit_dry_run_reads_s3_and_needs_no_stack(aws, sample_dir: Path, capsys) -> None:
    clients, machine = aws
    upload_folder(clients, sample_dir)
    from logmr.cli.main import main

    args = ["submit", "wordcount", "s3://logs/incoming/", "--split-size", "400KB", "--partitions", "3"]
    assert main([*args, "--dry-run", "--json", "--memory", "1024", "--architecture", "arm64"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["capacity"]["memory_mb"] == 1024 and document["capacity"]["architecture"] == "arm64"
    assert document["inputs"]["files"] == len(list(sample_dir.iterdir())) and document["tasks"]["reduce"] == [3]
    assert clients["stepfunctions"].list_executions(stateMachineArn=machine)["executions"] == []
    assert main([*args, "--dry-run"]) == 0
    printed = " ".join(capsys.readouterr().out.split())  # as wrapped to the terminal's width
    assert "modeled wall time on AWS" in printed and "nothing was started" in printed
    assert main(args) == 2
    assert "--stack NAME or --state-machine ARN" in capsys.readouterr().err
    assert main(["submit", "services", "s3://logs/none/", "--dry-run"]) == 2
    assert "error:" in capsys.readouterr().err


def _moto_run(aws, sample_dir: Path, analysis: str) -> tuple[dict, int, dict, int]:
    """A job of `analysis` run in moto over the sample (1 MB splits, 2 partitions): its estimate
    beside its counted usage, its splits (the planner's count of the same files), its result
    document and the states its execution entered."""
    clients, machine = aws
    upload_folder(clients, sample_dir)
    job_id, execution = start_job(
        clients, machine, analysis, ["s3://logs/incoming/"], split_size=1_000_000, partitions=2
    )
    assert execution["status"] == "SUCCEEDED", execution.get("cause")
    from logmr.jobstate import DynamoJobStore

    compared = DynamoJobStore("jobs", clients["dynamodb"]).get(job_id).cost["estimate_vs_actual"]
    spec = JobSpec(job_id="x", analysis=analysis, inputs=[str(sample_dir)], split_size=1_000_000, partitions=2)
    maps = len(plan_splits(spec, resolve_inputs(spec.inputs)))
    result = json.loads(clients["s3"].get_object(Bucket="work", Key=f"jobs/{job_id}/result.json")["Body"].read())
    return compared, maps, result, _states_entered(clients["stepfunctions"], execution["executionArn"])


def test_a_two_step_job_is_estimated_step_by_step(aws, sample_dir: Path) -> None:
    """templates maps the first step's outputs in a second step: one split per partition."""
    compared, maps, result, parent = _moto_run(aws, sample_dir, "templates")
    assert result["estimate"]["tasks"] == {"map": [maps, 2], "reduce": [2, 2]}
    # plan, the first step's maps and reduces, the second step's plan, maps and reduces, finalize
    assert (
        compared["lambda_requests"]["actual"] == compared["lambda_requests"]["estimate"] == 1 + maps + 2 + 1 + 2 + 2 + 1
    )
    assert compared["state_transitions"]["estimate"] == parent + 2 * (maps + 2)
    for name in ("s3_put", "ddb_write_units"):
        assert compared[name]["estimate"] == compared[name]["actual"], name
    # A reduce task skips the frame of a map output with nothing for its partition: at most that many fewer.
    assert 0 <= compared["s3_get"]["estimate"] - compared["s3_get"]["actual"] <= maps * 2 + 2 * 2


def test_parses_map_only_step_is_estimated_request_by_request(aws, sample_dir: Path) -> None:
    """parse's last step maps the inputs again, reads the mined templates (a GET per partition of
    the step before) in each map task and writes its rows and digest there: no reduce tasks."""
    compared, maps, result, parent = _moto_run(aws, sample_dir, "parse")
    assert maps > 2
    assert result["estimate"]["tasks"] == {"map": [maps, 2, maps], "reduce": [2, 2, 0]}
    assert len(result["outputs"]) == maps
    # plan; step 1's maps and reduces; step 2's plan, maps and reduces; step 3's plan and maps; finalize
    requests = 1 + maps + 2 + 1 + 2 + 2 + 1 + maps + 1
    assert compared["lambda_requests"]["actual"] == compared["lambda_requests"]["estimate"] == requests
    assert compared["state_transitions"]["estimate"] == parent + 2 * (maps + 2 + maps)
    for name in ("s3_put", "ddb_write_units"):
        assert compared[name]["estimate"] == compared[name]["actual"], name
    assert 0 <= compared["s3_get"]["estimate"] - compared["s3_get"]["actual"] <= maps * 2 + 2 * 2
