"""template.yaml: translated by aws-sam-translator and linted by cfn-lint (which catches what
`sam validate --lint` misses), and checked for the security and wiring the design promises."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "template.yaml"
ASL = ROOT / "statemachine" / "mapreduce.asl.json"


class _NoManagedPolicies:
    """The template names no managed policies, so the translator never needs to look one up."""

    def load(self) -> dict[str, str]:
        return {}


@pytest.fixture(scope="module")
def sam() -> dict:
    from samtranslator.yaml_helper import yaml_parse

    return yaml_parse(TEMPLATE.read_text())


@pytest.fixture(scope="module")
def cloudformation(sam: dict) -> dict:
    """The template as `sam deploy` would hand it to CloudFormation (code and definition inlined)."""
    import os

    from samtranslator.translator.transform import transform

    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    template = json.loads(json.dumps(sam))
    template["Globals"]["Function"]["CodeUri"] = "s3://artifacts/logmr.zip"
    machine = template["Resources"]["MapReduceStateMachine"]["Properties"]
    machine["Definition"] = json.loads((ROOT / machine.pop("DefinitionUri")).read_text())
    return transform(template, {}, _NoManagedPolicies())


def _lint(text: str) -> list:
    """cfn-lint in the default region (as `sam validate --lint` and the cfn-lint CLI run it)."""
    from cfnlint.api import ManualArgs, lint

    return lint(text, config=ManualArgs(regions=["us-east-1"]))


def test_translated_template_passes_cfn_lint(cloudformation: dict) -> None:
    matches = _lint(json.dumps(cloudformation))
    errors = [f"{m.rule.id} {m.message} ({'/'.join(map(str, m.path))})" for m in matches if m.rule.id.startswith("E")]
    assert errors == []


def test_sam_template_passes_cfn_lint() -> None:
    errors = [m for m in _lint(TEMPLATE.read_text()) if m.rule.id.startswith("E")]
    assert errors == []


def test_every_placeholder_of_the_workflow_is_substituted(sam: dict) -> None:
    placeholders = set(re.findall(r"\$\{(\w+)\}", ASL.read_text()))
    substitutions = sam["Resources"]["MapReduceStateMachine"]["Properties"]["DefinitionSubstitutions"]
    assert placeholders == set(substitutions)
    for name, value in substitutions.items():
        function = name.removesuffix("Arn")
        assert value == {"Fn::GetAtt": [function, "Arn"]}
        assert sam["Resources"][function]["Type"] == "AWS::Serverless::Function"


def test_functions_share_the_package_and_have_thin_handlers(sam: dict) -> None:
    functions = {n: r for n, r in sam["Resources"].items() if r["Type"] == "AWS::Serverless::Function"}
    assert len(functions) == 12
    assert functions["TriggerFunction"]["Condition"] == "TriggerEnabled"
    assert sam["Globals"]["Function"]["CodeUri"] == "functions/"
    import importlib

    for resource in functions.values():
        assert "CodeUri" not in resource["Properties"]
        module, _, name = resource["Properties"]["Handler"].rpartition(".")
        assert callable(getattr(importlib.import_module(module), name))


def test_no_anonymous_access_to_the_apis(sam: dict) -> None:
    resources = sam["Resources"]
    assert resources["HttpApi"]["Properties"]["Auth"]["DefaultAuthorizer"] == "TokenAuthorizer"
    connect = resources["WebSocketConnectRoute"]["Properties"]
    assert connect["AuthorizationType"] == "CUSTOM" and connect["AuthorizerId"] == {"Ref": "WebSocketAuthorizer"}
    assert resources["WebSocketAuthorizer"]["Properties"]["IdentitySource"] == ["route.request.querystring.token"]
    env = resources["AuthorizerFunction"]["Properties"]["Environment"]["Variables"]
    assert env["API_TOKEN_SECRET"] == {"Ref": "ApiTokenSecret"}


def test_buckets_are_private_encrypted_and_tls_only(sam: dict) -> None:
    resources = sam["Resources"]
    for name in ("InputBucket", "WorkBucket", "DashboardBucket"):
        props = resources[name]["Properties"]
        assert all(props["PublicAccessBlockConfiguration"].values())
        rule = props["BucketEncryption"]["ServerSideEncryptionConfiguration"][0]
        assert rule["ServerSideEncryptionByDefault"]["SSEAlgorithm"] in ("AES256", "aws:kms")
        policy = resources[f"{name}Policy"]["Properties"]["PolicyDocument"]["Statement"]
        assert any(s["Effect"] == "Deny" and s["Condition"]["Bool"]["aws:SecureTransport"] == "false" for s in policy)
    rules = resources["WorkBucket"]["Properties"]["LifecycleConfiguration"]["Rules"]
    assert any(r["Prefix"] == "work/" and r["Status"] == "Enabled" for r in rules)


def test_jobs_table_as_the_job_store_expects(sam: dict) -> None:
    props = sam["Resources"]["JobsTable"]["Properties"]
    assert props["BillingMode"] == "PAY_PER_REQUEST"
    assert props["PointInTimeRecoverySpecification"]["PointInTimeRecoveryEnabled"] is True
    assert props["StreamSpecification"]["StreamViewType"].startswith("NEW")
    assert props["TimeToLiveSpecification"] == {"AttributeName": "expires_at", "Enabled": True}
    assert [k["AttributeName"] for k in props["KeySchema"]] == ["job_id", "item"]
    assert props["GlobalSecondaryIndexes"][0]["IndexName"] == "by_created"


def test_policies_are_scoped_to_the_stack(cloudformation: dict) -> None:
    """No IAM statement of ours allows an action on every resource (X-Ray's own policy aside)."""
    for name, resource in cloudformation["Resources"].items():
        if resource["Type"] != "AWS::IAM::Role":
            continue
        policies = []
        for policy in resource["Properties"].get("Policies", []):
            # A conditional policy: {"Fn::If": [condition, policy, AWS::NoValue]}
            policies.extend(policy["Fn::If"][1:2] if "Fn::If" in policy else [policy])
        for policy in policies:
            for statement in policy["PolicyDocument"]["Statement"]:
                resources = statement.get("Resource")
                resources = resources if isinstance(resources, list) else [resources]
                assert "*" not in resources or all(a.startswith(("xray:", "logs:")) for a in statement["Action"]), (
                    name,
                    statement,
                )


def test_workflow_retries_with_backoff_and_catches_to_mark_failed() -> None:
    states = json.loads(ASL.read_text())["States"]
    tasks = {name: s for name, s in states.items() if s["Type"] == "Task"}
    inner = [
        states["MapPhase"]["ItemProcessor"]["States"]["MapTask"],
        states["ReducePhase"]["ItemProcessor"]["States"]["ReduceTask"],
    ]
    for state in [*tasks.values(), *inner]:
        for retrier in state["Retry"]:
            assert retrier["BackoffRate"] >= 2 and retrier["JitterStrategy"] == "FULL"
            assert 1 <= retrier["MaxAttempts"] <= 6
    for name, state in [*tasks.items(), ("MapPhase", states["MapPhase"]), ("ReducePhase", states["ReducePhase"])]:
        if name != "MarkFailed":
            assert state["Catch"][0]["Next"] == "MarkFailed", name
    assert states["MapPhase"]["ItemProcessor"]["ProcessorConfig"]["Mode"] == "DISTRIBUTED"
    assert states["MapPhase"]["ItemReader"]["ReaderConfig"]["InputType"] == "JSON"


def test_the_trigger_offers_every_builtin_analysis(sam: dict) -> None:
    from logmr.analyses import ANALYSES

    parameter = sam["Parameters"]["TriggerAnalysis"]
    assert set(parameter["AllowedValues"]) == set(ANALYSES) and parameter["Default"] in ANALYSES
