"""The whole stack in moto: template.yaml translated by aws-sam-translator, created as a
CloudFormation stack with the code zip `sam build` would upload, and a job run through the
template's own state machine. Per ../shared/DESIGN.md, moto's CloudFormation cannot run a state
machine it creates, so the machine is created by API from the template's definition with its
DefinitionSubstitutions resolved from the stack's resources."""

from __future__ import annotations

import io
import json
import time
import zipfile
from pathlib import Path

import pytest

from aws_harness import NoManagedPolicies, lambdas_in_process, mocked_aws, wait_for
from helpers import read_rows, run_job

ROOT = Path(__file__).resolve().parents[1]


def _package() -> bytes:
    """functions/ zipped as `sam build` lays it out (the engine at the root of the archive)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted((ROOT / "functions").rglob("*.py")):
            archive.write(path, path.relative_to(ROOT / "functions").as_posix())
    return buffer.getvalue()


def _without_api_gateway(template: dict, absent: set[str]) -> dict:
    """moto's CloudFormation cannot create API Gateway (DESIGN.md) or CloudFront resources: leave them out, with
    everything that refers to them or to the `absent` resources (the API and WebSocket functions,
    their permissions, outputs).
    Those handlers are tested through their event shapes instead (test_api, test_live)."""
    resources = template["Resources"]
    unsupported = ("AWS::ApiGateway", "AWS::ApiGatewayV2", "AWS::CloudFront")
    dropped = {name for name, r in resources.items() if r["Type"].startswith(unsupported)}
    dropped |= absent
    while True:
        refers = {
            name
            for name, resource in resources.items()
            if name not in dropped
            and any(f'"{gone}"' in json.dumps(resource) or "${" + gone in json.dumps(resource) for gone in dropped)
        }
        if not refers:
            break
        dropped |= refers
    template["Resources"] = {name: r for name, r in resources.items() if name not in dropped}
    template["Outputs"] = {
        name: output
        for name, output in template.get("Outputs", {}).items()
        if not any(f'"{gone}"' in json.dumps(output) or "${" + gone in json.dumps(output) for gone in dropped)
    }
    return template


def _translated() -> tuple[dict, dict]:
    """(CloudFormation template without the state machine, the state machine's SAM properties)."""
    from samtranslator.translator.transform import transform
    from samtranslator.yaml_helper import yaml_parse

    sam = yaml_parse((ROOT / "template.yaml").read_text())
    sam["Globals"]["Function"]["CodeUri"] = "s3://logmr-artifacts/logmr.zip"
    sam["Resources"]["DependenciesLayer"]["Properties"]["ContentUri"] = "s3://logmr-artifacts/layer.zip"
    machine = sam["Resources"].pop("MapReduceStateMachine")["Properties"]
    sam["Outputs"].pop("StateMachineArn")
    # Without the state machine (created by API below), and so without what refers to it.
    template = _without_api_gateway(transform(sam, {}, NoManagedPolicies()), {"MapReduceStateMachine"})
    # moto turns an `Fn::If` policy whose false branch is AWS::NoValue into a None policy and fails;
    # with the default (no extra input buckets) those policies are absent, so leave them out here.
    for resource in template["Resources"].values():
        if resource["Type"] == "AWS::IAM::Role":
            policies = resource["Properties"].get("Policies", [])
            resource["Properties"]["Policies"] = [p for p in policies if "Fn::If" not in p]
    return template, machine


@pytest.fixture
def stack(monkeypatch: pytest.MonkeyPatch):
    import boto3

    from logmr.storage import s3

    with mocked_aws(monkeypatch, config={"stepfunctions": {"execute_state_machine": True}}), lambdas_in_process():
        client = s3.default_s3_client()
        client.create_bucket(Bucket="logmr-artifacts")
        client.put_object(Bucket="logmr-artifacts", Key="logmr.zip", Body=_package())
        client.put_object(Bucket="logmr-artifacts", Key="layer.zip", Body=_package())  # the code runs in process
        template, machine = _translated()
        cloudformation = boto3.client("cloudformation")
        # moto runs Map iterations in threads and its S3 loses bytes of concurrent ranged reads.
        parameters = [
            {"ParameterKey": "MapConcurrency", "ParameterValue": "1"},
            {"ParameterKey": "ReduceConcurrency", "ParameterValue": "1"},
        ]
        cloudformation.create_stack(
            StackName="logmr", TemplateBody=json.dumps(template), Parameters=parameters, Capabilities=["CAPABILITY_IAM"]
        )
        deadline = time.monotonic() + 60
        while (status := cloudformation.describe_stacks(StackName="logmr")["Stacks"][0]["StackStatus"]).endswith(
            "IN_PROGRESS"
        ) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert status == "CREATE_COMPLETE", status
        resources = {
            r["LogicalResourceId"]: r["PhysicalResourceId"]
            for r in cloudformation.describe_stack_resources(StackName="logmr")["StackResources"]
            # moto lists the bucket policies it skips without ids, and the layer version without a physical id
            if "LogicalResourceId" in r and "PhysicalResourceId" in r
        }
        lambdas = boto3.client("lambda")
        text = (ROOT / machine["DefinitionUri"]).read_text()
        for placeholder, ref in machine["DefinitionSubstitutions"].items():
            name = resources[ref["Fn::GetAtt"][0]]
            text = text.replace(
                "${" + placeholder + "}", lambdas.get_function(FunctionName=name)["Configuration"]["FunctionArn"]
            )
        role = boto3.client("iam").create_role(RoleName="sfn", AssumeRolePolicyDocument="{}")["Role"]["Arn"]
        arn = boto3.client("stepfunctions").create_state_machine(name="logmr-mapreduce", definition=text, roleArn=role)[
            "stateMachineArn"
        ]
        yield resources, arn, cloudformation


def test_stack_resources_as_declared(stack) -> None:
    resources, _, cloudformation = stack
    import boto3

    outputs = {
        o["OutputKey"]: o["OutputValue"]
        for o in cloudformation.describe_stacks(StackName="logmr")["Stacks"][0]["Outputs"]
    }
    assert outputs["WorkBucketName"] == resources["WorkBucket"]
    assert outputs["JobsTableName"] == resources["JobsTable"]
    config = boto3.client("lambda").get_function_configuration(FunctionName=resources["MapFunction"])
    assert config["Handler"] == "logmr.handlers.map.handler" and config["Runtime"] == "python3.12"
    env = config["Environment"]["Variables"]
    assert env["WORK_BUCKET"] == resources["WorkBucket"] and env["JOBS_TABLE"] == resources["JobsTable"]
    assert env["ALLOWED_BUCKETS"] == resources["InputBucket"]
    table = boto3.client("dynamodb").describe_table(TableName=resources["JobsTable"])["Table"]
    assert table["GlobalSecondaryIndexes"][0]["IndexName"] == "by_created"


def test_job_runs_on_the_stack_like_the_local_runtime(stack, sample_dir: Path, tmp_path: Path) -> None:
    resources, machine, _ = stack
    from logmr.engine.spec import JobSpec, new_job_id
    from logmr.runners import aws
    from logmr.storage import s3

    client = s3.default_s3_client()
    for path in sorted(sample_dir.iterdir()):
        client.upload_file(str(path), resources["InputBucket"], f"logs/{path.name}")
    deployment = aws.find_deployment(state_machine=machine)
    assert deployment == aws.Deployment(machine, resources["WorkBucket"], resources["JobsTable"])
    spec = JobSpec(
        job_id=new_job_id("wordcount"),
        analysis="wordcount",
        inputs=[f"s3://{resources['InputBucket']}/logs/"],
        split_size=500_000,
        partitions=4,
    )
    job = aws.submit(spec, deployment)
    execution = wait_for(__import__("boto3").client("stepfunctions"), job.execution_arn)
    assert execution["status"] == "SUCCEEDED"
    finished = aws.follow(job.job_id, deployment, poll=0.05, timeout=10)
    assert finished.status == "SUCCEEDED" and finished.cost["usd"] > 0
    # The template gives map and reduce 2 GB of /tmp and says so in EPHEMERAL_STORAGE_MB: the
    # 1.5 GB beyond the free 512 MB are billed, and counted.
    assert finished.cost["usage"]["lambda_storage_mb_ms"] > 0 and finished.cost["items_usd"]["lambda_storage"] > 0
    aws.fetch_result(job.job_id, deployment, tmp_path / "aws")
    local, _ = run_job("wordcount", [sample_dir], tmp_path / "local", split_size=500_000, partitions=4)
    assert read_rows(tmp_path / "aws") == local
