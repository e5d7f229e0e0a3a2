"""The AWS runtime end to end in moto: the project's ASL, the real Lambda handlers, S3 and DynamoDB."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aws_harness import LambdaContext, start_job, upload_folder, wait_for
from helpers import JOBS, USER_JOBS, fail_once_on, load_event, read_rows, run_job
from logmr.engine.finalize import iter_results
from logmr.engine.spec import JobSpec, new_job_id


def test_job_runs_through_the_state_machine(aws, sample_dir: Path, tmp_path: Path) -> None:
    clients, machine = aws
    upload_folder(clients, sample_dir)
    job_id, execution = start_job(
        clients, machine, "services", ["s3://logs/incoming/"], split_size=400_000, partitions=3
    )
    assert execution["status"] == "SUCCEEDED", execution.get("cause")
    from logmr.jobstate import SUCCEEDED, DynamoJobStore
    from logmr.storage import S3Store

    local, local_result = run_job("services", [sample_dir], tmp_path / "local", split_size=400_000, partitions=3)
    assert dict(iter_results(S3Store("s3://work/"), job_id, 0, 3)) == local
    job = DynamoJobStore("jobs", clients["dynamodb"]).get(job_id)
    assert job.status == SUCCEEDED and job.summary == local_result["summary"]
    assert job.counters["records"] == local_result["counters"]["records"]
    assert job.counters["splits_done"] == job.counters["splits_total"] == local_result["counters"]["splits"]
    assert job.counters["partitions_done"] == job.counters["partitions_total"] == 3
    assert job.result_uri == f"s3://work/jobs/{job_id}/result.json"
    assert set(job.phase_started) >= {"map", "reduce", "finalize"}
    assert {"plan", "map", "reduce", "finalize", "total"} <= set(job.timings)
    assert job.timings["total"] >= job.timings["map"] >= 0
    maps = job.counters["splits_total"]
    assert job.cost["usage"]["lambda_requests"] == 1 + maps + 3 + 1, "plan, maps, reduces, finalize"
    assert job.cost["usage"]["s3_put"] >= 2 * maps + 3 and job.cost["usage"]["s3_get"] >= maps * 3
    assert job.cost["usage"]["ddb_write_units"] >= 4 * (maps + 3)
    assert 0 < job.cost["usd"] < 0.01 and set(job.cost["items_usd"]) >= {"lambda_compute", "step_functions"}
    result = json.loads(clients["s3"].get_object(Bucket="work", Key=f"jobs/{job_id}/result.json")["Body"].read())
    assert result["cost"]["usd"] == job.cost["usd"]
    keys = [o["Key"] for o in clients["s3"].list_objects_v2(Bucket="work", Prefix=f"work/{job_id}/")["Contents"]]
    assert any("/shuffle/map-" in k for k in keys), "map output is shuffled through S3"


def test_multi_step_user_job(aws, sample_dir: Path, tmp_path: Path) -> None:
    clients, machine = aws
    upload_folder(clients, sample_dir)
    job_id, execution = start_job(
        clients, machine, "TopLevelPerService", ["s3://logs/incoming/app.jsonl"], partitions=2
    )
    assert execution["status"] == "SUCCEEDED", execution.get("cause")
    from logmr.storage import S3Store

    local, _ = run_job(f"{JOBS}:TopLevelPerService", [sample_dir / "app.jsonl"], tmp_path / "l", partitions=2)
    assert dict(iter_results(S3Store("s3://work/"), job_id, 1, 2)) == local


@pytest.mark.parametrize(("analysis", "steps"), [("templates", 2), ("http", 1), ("timeline", 1)])
def test_builtin_analyses_on_the_state_machine_equal_local(
    aws, sample_dir: Path, tmp_path: Path, analysis, steps
) -> None:
    clients, machine = aws
    upload_folder(clients, sample_dir)
    job_id, execution = start_job(
        clients, machine, analysis, ["s3://logs/incoming/"], split_size=1_000_000, partitions=2
    )
    assert execution["status"] == "SUCCEEDED", execution.get("cause")
    from logmr.jobstate import DynamoJobStore
    from logmr.storage import S3Store

    local, local_result = run_job(analysis, [sample_dir], tmp_path / "local", split_size=1_000_000, partitions=2)
    assert dict(iter_results(S3Store("s3://work/"), job_id, steps - 1, 2)) == local
    assert DynamoJobStore("jobs", clients["dynamodb"]).get(job_id).summary == local_result["summary"]


def test_access_logs_of_named_columns_on_the_state_machine_equal_local(aws, tmp_path: Path) -> None:
    """An ALB log cut into byte ranges (its layout learned by the plan, carried by each Split)
    and an IIS log whose columns change at a restart (read whole by one task): the Lambdas read
    them as the local runner does."""
    from logmr.gen import generate_file
    from logmr.storage import S3Store

    clients, machine = aws
    folder = tmp_path / "access"
    folder.mkdir()
    generate_file(folder / "alb.log", "aws-alb", 300_000, seed=3, workers=1)
    iis = (Path(__file__).parent / "data" / "loggers" / "iis_w3c_restart.log").read_text()
    (folder / "u_ex261202.log").write_text(iis * 40)
    upload_folder(clients, folder)
    job_id, execution = start_job(clients, machine, "http", ["s3://logs/incoming/"], split_size=65_536, partitions=2)
    assert execution["status"] == "SUCCEEDED", execution.get("cause")
    local, result = run_job("http", [folder], tmp_path / "local", split_size=65_536, partitions=2)
    assert dict(iter_results(S3Store("s3://work/"), job_id, 0, 2)) == local
    assert result["counters"]["malformed"] == 0 and result["summary"]["requests"] > 500


def test_flaky_task_is_retried_and_counted_once(aws, sample_dir: Path, monkeypatch, tmp_path: Path) -> None:
    clients, machine = aws
    lines = (sample_dir / "app.jsonl").read_text().splitlines()
    fail_once_on([lines[5], lines[-5]], monkeypatch, tmp_path)
    upload_folder(clients, sample_dir)
    job_id, execution = start_job(
        clients,
        machine,
        f"{USER_JOBS}:FlakyWordCount",
        ["s3://logs/incoming/app.jsonl"],
        split_size=500_000,
        partitions=2,
    )
    assert execution["status"] == "SUCCEEDED", execution.get("cause")
    from logmr.jobstate import DynamoJobStore

    job = DynamoJobStore("jobs", clients["dynamodb"]).get(job_id)
    assert job.counters["records"] == len(lines), "a retried map task is counted once"
    assert job.counters["splits_done"] == job.counters["splits_total"]
    assert len(list(tmp_path.glob("failed-*"))) == 2


def test_failing_job_is_marked_failed(aws, sample_dir: Path) -> None:
    clients, machine = aws
    upload_folder(clients, sample_dir)
    job_id, execution = start_job(clients, machine, "AlwaysFails", ["s3://logs/incoming/app.jsonl"])
    assert execution["status"] == "FAILED"
    from logmr.jobstate import FAILED, DynamoJobStore

    job = DynamoJobStore("jobs", clients["dynamodb"]).get(job_id)
    assert job.status == FAILED and "this job always fails" in job.error


def test_the_workflow_runs_no_job_file_named_by_a_spec(aws, sample_dir: Path) -> None:
    """Only built-in and registered jobs load in the stack's functions: a spec naming a file (even
    the very file the registered module is) or an unregistered module fails the job, importing nothing."""
    clients, machine = aws
    upload_folder(clients, sample_dir)
    for analysis in (f"{JOBS}:ErrorsPerHost", "json.decoder:JSONDecoder"):
        _, execution = start_job(clients, machine, analysis, ["s3://logs/incoming/app.jsonl"])
        assert execution["status"] == "FAILED"
        assert "unknown analysis" in execution["cause"] and "ErrorsPerHost" in execution["cause"]


def test_input_outside_allowed_buckets_fails_the_job(aws) -> None:
    clients, machine = aws
    clients["s3"].create_bucket(Bucket="secrets")
    clients["s3"].put_object(Bucket="secrets", Key="a.log", Body=b"x\n")
    job_id, execution = start_job(clients, machine, "services", ["s3://secrets/a.log"])
    assert execution["status"] == "FAILED"
    from logmr.jobstate import DynamoJobStore

    assert "not allowed" in DynamoJobStore("jobs", clients["dynamodb"]).get(job_id).error


def test_logmr_submit_follows_the_job_and_downloads_results(aws, sample_dir: Path, tmp_path: Path, capsys) -> None:
    clients, machine = aws
    upload_folder(clients, sample_dir)
    from logmr.cli.main import main

    out = tmp_path / "submitted"
    code = main(
        [
            "submit",
            "services",
            "s3://logs/incoming/",
            "--state-machine",
            machine,
            "--split-size",
            "400KB",
            "--partitions",
            "3",
            "--output",
            str(out),
        ]
    )
    assert code == 0, capsys.readouterr().err
    printed = capsys.readouterr().out
    assert "errors" in printed and "(estimated $" in printed, "the cost beside the estimate"
    local, local_result = run_job("services", [sample_dir], tmp_path / "local", split_size=400_000, partitions=3)

    assert read_rows(out) == local
    result = json.loads((out / "result.json").read_text())
    assert result["summary"] == local_result["summary"]


def test_submit_by_stack_name_and_clear_errors(aws, sample_dir: Path, capsys) -> None:
    _, machine = aws
    import boto3

    outputs = {"StateMachineArn": machine, "WorkBucketName": "work", "JobsTableName": "jobs"}
    template = {
        "Resources": {"Handle": {"Type": "AWS::CloudFormation::WaitConditionHandle"}},
        "Outputs": {name: {"Value": value} for name, value in outputs.items()},
    }
    boto3.client("cloudformation").create_stack(StackName="logmr", TemplateBody=json.dumps(template))
    from logmr.runners.aws import find_deployment

    assert find_deployment(stack="logmr").state_machine_arn == machine
    from logmr.cli.main import main

    assert main(["submit", "services", "s3://logs/x", "--stack", "nosuchstack"]) == 2
    assert "no stack 'nosuchstack'" in capsys.readouterr().err
    assert main(["submit", "nosuch", "s3://logs/x", "--stack", "logmr"]) == 2
    assert "unknown analysis" in capsys.readouterr().err


def test_submit_is_safe_to_repeat(aws) -> None:
    """`logmr submit` retried after a lost answer: the same spec again is the same job and the same
    execution, running or ended; the same job id with another spec is refused and changes nothing."""
    clients, machine = aws
    clients["s3"].put_object(Bucket="logs", Key="a.log", Body=b"GET / 200\n")
    from logmr.jobstate import DynamoJobStore
    from logmr.runners.aws import Deployment, JobConflictError, submit

    deployment = Deployment(machine, "work", "jobs")
    spec = JobSpec(job_id=new_job_id("services"), analysis="services", inputs=["s3://logs/a.log"], partitions=2)
    first = submit(spec, deployment, clients)
    again = submit(spec, deployment, clients)
    assert again.job_id == first.job_id and again.execution_arn == first.execution_arn
    assert wait_for(clients["stepfunctions"], first.execution_arn)["status"] == "SUCCEEDED"
    after_it_ended = submit(spec, deployment, clients)
    assert after_it_ended.status == "SUCCEEDED" and after_it_ended.execution_arn == first.execution_arn
    executions = clients["stepfunctions"].list_executions(stateMachineArn=machine)["executions"]
    assert [e["name"] for e in executions] == [spec.job_id]

    import msgspec

    for other in (
        msgspec.structs.replace(spec, inputs=["s3://logs/b.log"]),  # another job record
        msgspec.structs.replace(spec, partitions=3),  # the same record, another execution input
    ):
        with pytest.raises(JobConflictError, match=spec.job_id):
            submit(other, deployment, clients)
    assert len(clients["stepfunctions"].list_executions(stateMachineArn=machine)["executions"]) == 1
    job = DynamoJobStore("jobs", clients["dynamodb"]).get(spec.job_id)
    assert job.inputs == ["s3://logs/a.log"] and job.execution_arn == first.execution_arn


def test_s3_trigger_starts_the_default_job(aws, sample_dir: Path, monkeypatch) -> None:
    """An EventBridge "Object Created" event (events/trigger.json) starts a job on the new object."""
    clients, machine = aws
    upload_folder(clients, sample_dir)
    monkeypatch.setenv("STATE_MACHINE_ARN", machine)
    monkeypatch.setenv("TRIGGER_ANALYSIS", "wordcount")
    monkeypatch.setenv("TRIGGER_WHERE", '["level>=WARN"]')
    monkeypatch.setenv("DEFAULT_SPLIT_SIZE", "256KiB")
    monkeypatch.setenv("DEFAULT_PARTITIONS", "2")
    from logmr.handlers import trigger
    from logmr.jobstate import DynamoJobStore

    event = load_event("trigger")
    event["detail"]["bucket"]["name"] = "logs"
    event["detail"]["object"]["key"] = "incoming/app.jsonl"
    started = trigger.handler(event, LambdaContext("trigger"))
    assert started["input"] == "s3://logs/incoming/app.jsonl"
    execution = wait_for(clients["stepfunctions"], started["execution_arn"])
    assert execution["status"] == "SUCCEEDED"
    job = DynamoJobStore("jobs", clients["dynamodb"]).get(started["job_id"])
    assert job.analysis == "wordcount" and job.status == "SUCCEEDED"
    assert job.counters["partitions_total"] == 2 and job.counters["splits_total"] > 1
    assert job.filter == {"where": ["level>=WARN"], "since": None, "until": None} and job.counters["filtered"] > 0


def test_malformed_lines_are_counted_not_fatal(aws) -> None:
    clients, machine = aws
    good = b'{"level":"error","service":"api","message":"boom"}\n'
    clients["s3"].put_object(Bucket="logs", Key="bad/app.jsonl", Body=good * 20 + b"{oops\n" + good * 5 + b"[]\n")
    job_id, execution = start_job(clients, machine, "services", ["s3://logs/bad/"], format="json")
    assert execution["status"] == "SUCCEEDED", execution.get("cause")
    from logmr.jobstate import DynamoJobStore

    job = DynamoJobStore("jobs", clients["dynamodb"]).get(job_id)
    assert job.counters["malformed"] == 2 and job.counters["records"] == 25
    assert job.summary["services"][0]["levels"]["ERROR"] == 25


def test_deploy_dashboard_writes_the_stack_urls(aws, capsys) -> None:
    clients, _ = aws
    import boto3

    outputs = {
        "HttpApiUrl": "https://abc.execute-api.us-east-1.amazonaws.com",
        "WebSocketUrl": "wss://def.execute-api.us-east-1.amazonaws.com/live",
        "DashboardBucketName": "dashboard",
        "DashboardUrl": "https://d111.cloudfront.net",
    }
    template = {
        "Resources": {"Handle": {"Type": "AWS::CloudFormation::WaitConditionHandle"}},
        "Outputs": {name: {"Value": value} for name, value in outputs.items()},
    }
    boto3.client("cloudformation").create_stack(StackName="withdash", TemplateBody=json.dumps(template))
    clients["s3"].create_bucket(Bucket="dashboard")
    from logmr.cli.main import main

    assert main(["deploy-dashboard", "--stack", "withdash"]) == 0
    assert "https://d111.cloudfront.net" in capsys.readouterr().out
    keys = {o["Key"] for o in clients["s3"].list_objects_v2(Bucket="dashboard")["Contents"]}
    assert keys == {"index.html", "static/app.js", "static/style.css", "static/config.js"}
    config = clients["s3"].get_object(Bucket="dashboard", Key="static/config.js")
    assert config["ContentType"].startswith("text/javascript")
    text = config["Body"].read().decode()
    assert outputs["HttpApiUrl"] in text and outputs["WebSocketUrl"] in text
    assert main(["deploy-dashboard", "--stack", "logmr-missing"]) == 2
