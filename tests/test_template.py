"""template.yaml: translated by aws-sam-translator and linted by cfn-lint (which catches what
`sam validate --lint` misses), and checked for the security and wiring the design promises."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from aws_harness import NoManagedPolicies

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "template.yaml"
ASL = ROOT / "statemachine" / "mapreduce.asl.json"


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
    template["Resources"]["DependenciesLayer"]["Properties"]["ContentUri"] = "s3://artifacts/layer.zip"
    machine = template["Resources"]["MapReduceStateMachine"]["Properties"]
    machine["Definition"] = json.loads((ROOT / machine.pop("DefinitionUri")).read_text())
    return transform(template, {}, NoManagedPolicies())


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
    assert substitutions.pop("WorkBucketName") == {"Ref": "WorkBucket"}  # the map results' bucket
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
            if retrier["MaxAttempts"] == 0:  # errors a retry cannot fix (the test below)
                continue
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


# --- Hardening (issue 7): throttling, logs that expire, failure queues, security headers, bucket names


def test_both_api_stages_are_throttled_by_parameters(sam: dict, cloudformation: dict) -> None:
    parameters = sam["Parameters"]
    assert parameters["ApiThrottlingRateLimit"]["Default"] > 0 and parameters["ApiThrottlingBurstLimit"]["Default"] > 0
    expected = {
        "ThrottlingRateLimit": {"Ref": "ApiThrottlingRateLimit"},
        "ThrottlingBurstLimit": {"Ref": "ApiThrottlingBurstLimit"},
    }
    stages = {
        n: r["Properties"] for n, r in cloudformation["Resources"].items() if r["Type"] == "AWS::ApiGatewayV2::Stage"
    }
    assert set(stages) == {"HttpApiApiGatewayDefaultStage", "WebSocketStage"}
    for stage in stages.values():
        assert {k: stage["DefaultRouteSettings"][k] for k in expected} == expected


def test_api_functions_reserve_concurrency_only_when_asked(sam: dict) -> None:
    assert sam["Parameters"]["ApiReservedConcurrency"]["Default"] == 0
    for name in ("AuthorizerFunction", "ApiFunction"):
        reserved = sam["Resources"][name]["Properties"]["ReservedConcurrentExecutions"]
        assert reserved == {
            "Fn::If": ["HasApiReservedConcurrency", {"Ref": "ApiReservedConcurrency"}, {"Ref": "AWS::NoValue"}]
        }


def test_every_log_group_expires_and_every_function_logs_to_its_own(cloudformation: dict) -> None:
    resources = cloudformation["Resources"]
    groups = {n: r for n, r in resources.items() if r["Type"] == "AWS::Logs::LogGroup"}
    for group in groups.values():
        assert group["Properties"]["RetentionInDays"] == {"Ref": "LogRetentionDays"}
    functions = {n: r for n, r in resources.items() if r["Type"] == "AWS::Lambda::Function"}
    used = [f["Properties"]["LoggingConfig"]["LogGroup"]["Ref"] for f in functions.values()]
    assert len(set(used)) == len(functions) == 12
    for name, function in functions.items():
        group = groups[function["Properties"]["LoggingConfig"]["LogGroup"]["Ref"]]
        assert group.get("Condition") == function.get("Condition"), name
    machine = resources["MapReduceStateMachine"]["Properties"]["LoggingConfiguration"]
    assert machine["Level"] == "ERROR" and machine["IncludeExecutionData"] is False
    destination = machine["Destinations"][0]["CloudWatchLogsLogGroup"]["LogGroupArn"]["Fn::GetAtt"][0]
    assert destination in groups


def test_the_state_machine_role_may_deliver_its_logs(cloudformation: dict) -> None:
    """The actions the Step Functions guide lists for logging to CloudWatch Logs."""
    statements = [
        s
        for p in cloudformation["Resources"]["MapReduceStateMachineRole"]["Properties"]["Policies"]
        for s in p["PolicyDocument"]["Statement"]
    ]
    actions = {a for s in statements for a in (s["Action"] if isinstance(s["Action"], list) else [s["Action"]])}
    documented = {
        "CreateLogDelivery",
        "CreateLogStream",
        "GetLogDelivery",
        "UpdateLogDelivery",
        "DeleteLogDelivery",
        "ListLogDeliveries",
        "PutLogEvents",
        "PutResourcePolicy",
        "DescribeResourcePolicies",
        "DescribeLogGroups",
    }
    assert {f"logs:{a}" for a in documented} <= actions


# Request parts an access log must never hold: the WebSocket connect carries ?token=, the HTTP API an
# Authorization header.
_SECRET_BEARERS = ("querystring", "header", "$request", "body", "token", "authorization", "apikey")


@pytest.mark.parametrize("stage", ["HttpApiApiGatewayDefaultStage", "WebSocketStage"])
def test_api_stages_write_json_access_logs_without_the_token(cloudformation: dict, stage: str) -> None:
    settings = cloudformation["Resources"][stage]["Properties"]["AccessLogSettings"]
    group = settings["DestinationArn"]["Fn::GetAtt"][0]
    assert cloudformation["Resources"][group]["Type"] == "AWS::Logs::LogGroup"
    variables = re.findall(r"\$context\.[\w.]+", settings["Format"])
    assert "$context.requestId" in variables and "\n" not in settings["Format"]
    record = json.loads(re.sub(r"\$context\.[\w.]+", "x", settings["Format"]))
    assert set(record.values()) == {"x"}
    assert not [v for v in variables for bearer in _SECRET_BEARERS if bearer in v.lower()]
    assert not [b for b in _SECRET_BEARERS if b in settings["Format"].lower()]


def test_websocket_logging_has_the_account_role_it_needs(cloudformation: dict) -> None:
    resources = cloudformation["Resources"]
    assert resources["ApiGatewayAccount"]["Properties"]["CloudWatchRoleArn"] == {
        "Fn::GetAtt": ["ApiGatewayLogsRole", "Arn"]
    }
    # The account setting outlives the stack, so the role it names does too.
    assert resources["ApiGatewayLogsRole"]["DeletionPolicy"] == "Retain"
    assert "ApiGatewayAccount" in json.dumps(resources["WebSocketStage"]["Properties"]["Description"])


def _send_message_grants(cloudformation: dict) -> dict[str, list]:
    grants: dict[str, list] = {}
    for name, resource in cloudformation["Resources"].items():
        if resource["Type"] != "AWS::IAM::Role":
            continue
        for policy in resource["Properties"].get("Policies", []):
            policy = policy["Fn::If"][1] if "Fn::If" in policy else policy  # a conditional policy
            for statement in policy["PolicyDocument"]["Statement"]:
                actions = statement["Action"] if isinstance(statement["Action"], list) else [statement["Action"]]
                if any(a.startswith("sqs:") for a in actions):
                    assert actions == ["sqs:SendMessage"], (name, statement)
                    grants.setdefault(name, []).append(statement["Resource"])
    return grants


def test_failed_trigger_and_notifier_work_lands_in_encrypted_queues(cloudformation: dict) -> None:
    resources = cloudformation["Resources"]
    for queue in ("TriggerFailuresQueue", "NotifierFailuresQueue"):
        props = resources[queue]["Properties"]
        assert resources[queue]["Type"] == "AWS::SQS::Queue"
        assert props["SqsManagedSseEnabled"] is True and props["MessageRetentionPeriod"] == 14 * 24 * 3600
    invoke = resources["TriggerFunctionEventInvokeConfig"]["Properties"]
    assert invoke["DestinationConfig"]["OnFailure"]["Destination"] == {"Fn::GetAtt": ["TriggerFailuresQueue", "Arn"]}
    assert invoke["MaximumRetryAttempts"] == 2
    target = resources["TriggerFunctionLogsLanded"]["Properties"]["Targets"][0]
    assert target["DeadLetterConfig"]["Arn"] == {"Fn::GetAtt": ["TriggerFailuresQueue", "Arn"]}
    assert target["RetryPolicy"]["MaximumRetryAttempts"] >= 1
    statement = resources["TriggerFailuresQueuePolicy"]["Properties"]["PolicyDocument"]["Statement"][0]
    assert statement["Principal"] == {"Service": "events.amazonaws.com"} and statement["Action"] == "sqs:SendMessage"
    assert statement["Condition"]["ArnEquals"]["aws:SourceArn"] == {"Fn::GetAtt": ["TriggerFunctionLogsLanded", "Arn"]}
    mapping = resources["NotifierFunctionJobUpdates"]["Properties"]
    assert mapping["DestinationConfig"]["OnFailure"]["Destination"] == {"Fn::GetAtt": ["NotifierFailuresQueue", "Arn"]}
    assert mapping["BisectBatchOnFunctionError"] is True
    assert mapping["MaximumRetryAttempts"] == 2 and mapping["MaximumRecordAgeInSeconds"] == 3600
    # Only the two roles may send, each to its own queue only.
    assert _send_message_grants(cloudformation) == {
        "TriggerFunctionRole": [{"Fn::GetAtt": ["TriggerFailuresQueue", "Arn"]}],
        "NotifierFunctionRole": [{"Fn::GetAtt": ["NotifierFailuresQueue", "Arn"]}],
    }


def _csp(sam: dict) -> dict[str, list[str]]:
    config = sam["Resources"]["DashboardHeadersPolicy"]["Properties"]["ResponseHeadersPolicyConfig"]
    text = config["SecurityHeadersConfig"]["ContentSecurityPolicy"]["ContentSecurityPolicy"]["Fn::Sub"]
    return {d.split()[0]: d.split()[1:] for d in text.split(";") if d.strip()}


def test_the_dashboard_is_served_with_a_strict_csp_and_security_headers(sam: dict) -> None:
    assert _csp(sam) == {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "connect-src": [
            "'self'",
            "https://${HttpApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}",
            "wss://${WebSocketApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}",
        ],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'none'"],
    }
    # The same origins the stack's outputs give the dashboard's config.js.
    outputs = sam["Outputs"]
    assert outputs["HttpApiUrl"]["Value"]["Fn::Sub"] == _csp(sam)["connect-src"][1]
    assert outputs["WebSocketUrl"]["Value"]["Fn::Sub"].startswith(_csp(sam)["connect-src"][2] + "/")
    headers = sam["Resources"]["DashboardHeadersPolicy"]["Properties"]["ResponseHeadersPolicyConfig"][
        "SecurityHeadersConfig"
    ]
    assert headers["StrictTransportSecurity"]["AccessControlMaxAgeSec"] >= 31536000
    assert headers["ContentTypeOptions"]["Override"] is True
    assert headers["FrameOptions"]["FrameOption"] == "DENY"
    assert headers["ReferrerPolicy"]["ReferrerPolicy"] == "no-referrer"
    assert all(h["Override"] is True for h in headers.values())
    behavior = sam["Resources"]["DashboardDistribution"]["Properties"]["DistributionConfig"]["DefaultCacheBehavior"]
    assert behavior["ResponseHeadersPolicyId"] == {"Ref": "DashboardHeadersPolicy"}


@pytest.mark.parametrize("value", ["", "my-logs-bucket", "other.bucket", "logs-2026.example", "abc"])
def test_allowed_input_buckets_accepts_bucket_names(sam: dict, value: str) -> None:
    # CloudFormation matches the pattern against each value of a CommaDelimitedList, and all of it.
    assert re.fullmatch(sam["Parameters"]["AllowedInputBuckets"]["AllowedPattern"], value)


@pytest.mark.parametrize(
    "value",
    [
        "*",
        "arn:aws:s3:::my-bucket",
        "arn:aws:s3:::*",
        "my-bucket/*",
        "logs-*",
        "My-Bucket",
        "a..b",
        "ab",
        "-logs",
        "logs.",
        " logs",
    ],
)
def test_allowed_input_buckets_refuses_wildcards_arns_and_bad_names(sam: dict, value: str) -> None:
    assert not re.fullmatch(sam["Parameters"]["AllowedInputBuckets"]["AllowedPattern"], value)


def test_deployed_functions_never_read_star_as_any_bucket(monkeypatch: pytest.MonkeyPatch) -> None:
    from logmr.engine.inputs import InputError, check_allowed_buckets
    from logmr.handlers.runtime import allowed_buckets

    monkeypatch.setenv("ALLOWED_BUCKETS", "logmr-input, *,arn:aws:s3:::*,other.bucket,")
    assert allowed_buckets() == ["logmr-input", "other.bucket"]
    check_allowed_buckets(["s3://other.bucket/logs/"], allowed_buckets())
    with pytest.raises(InputError, match="not allowed"):
        check_allowed_buckets(["s3://someone-elses-bucket/x"], ["*"])


def test_errors_a_retry_cannot_fix_are_not_retried_by_the_state_machine() -> None:
    """Every task's first catch-all retrier is preceded by one that never retries the errors the
    local runner treats as final (the handlers raise them with their class name as errorType)."""
    from logmr.engine.tasks import FINAL_ERRORS

    final = sorted(error.__name__ for error in FINAL_ERRORS)
    retriers = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if "Retry" in node:
                retriers.append(node["Retry"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads((ROOT / "statemachine" / "mapreduce.asl.json").read_text()))
    retriers = [retry for retry in retriers if any(rule["ErrorEquals"] == ["States.ALL"] for rule in retry)]
    assert len(retriers) >= 5
    for retry in retriers:
        names = [rule["ErrorEquals"] for rule in retry]
        at = names.index(["States.ALL"])
        assert sorted(names[at - 1]) == final and retry[at - 1]["MaxAttempts"] == 0


def test_task_memory_default_is_the_estimates(sam: dict) -> None:
    """The stack's default task memory is the estimator's default: one vCPU, the least memory at
    which the model's map and reduce tasks run as fast as at more."""
    from logmr.engine.estimate import VCPU_MB, Capacity

    assert sam["Parameters"]["LambdaMemory"]["Default"] == Capacity().memory_mb == VCPU_MB
