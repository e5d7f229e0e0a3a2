"""Authorization of both APIs, WebSocket subscriptions, and the notifier pushing job updates."""

from __future__ import annotations

import json

import pytest
from botocore.stub import Stubber

from aws_harness import LambdaContext, create_jobs_table, http_event, mocked_aws, websocket_event

TOKEN = "s3cr3t-token-for-tests"


@pytest.fixture
def stack(monkeypatch: pytest.MonkeyPatch):
    import boto3

    endpoint = "https://abcdef1234.execute-api.us-east-1.amazonaws.com/live"
    with mocked_aws(monkeypatch, JOBS_TABLE="jobs", CONNECTIONS_TABLE="connections", WEBSOCKET_ENDPOINT=endpoint):
        dynamodb = boto3.client("dynamodb")
        create_jobs_table(dynamodb, "jobs")
        dynamodb.create_table(
            TableName="connections",
            BillingMode="PAY_PER_REQUEST",
            AttributeDefinitions=[
                {"AttributeName": "connection_id", "AttributeType": "S"},
                {"AttributeName": "subscription", "AttributeType": "S"},
            ],
            KeySchema=[{"AttributeName": "connection_id", "KeyType": "HASH"}],
            GlobalSecondaryIndexes=[
                {
                    "IndexName": "by_subscription",
                    "KeySchema": [{"AttributeName": "subscription", "KeyType": "HASH"}],
                    "Projection": {"ProjectionType": "KEYS_ONLY"},
                }
            ],
        )
        secret = boto3.client("secretsmanager").create_secret(Name="logmr-api-token", SecretString=TOKEN)["ARN"]
        monkeypatch.setenv("API_TOKEN_SECRET", secret)
        yield dynamodb


def _received(connection_id: str) -> list[dict]:
    from moto.apigatewaymanagementapi.models import apigatewaymanagementapi_backends

    data = apigatewaymanagementapi_backends["123456789012"]["us-east-1"].connections[connection_id].data
    decoder = json.JSONDecoder()
    messages, text, pos = [], data.decode(), 0
    while pos < len(text):  # moto concatenates the posted messages
        message, pos = decoder.raw_decode(text, pos)
        messages.append(message)
    return messages


@pytest.mark.parametrize(
    ("headers", "allowed"),
    [
        ({"authorization": f"Bearer {TOKEN}"}, True),
        ({"Authorization": f"bearer {TOKEN}"}, True),
        ({"authorization": "Bearer wrong"}, False),
        ({"authorization": TOKEN}, False),
        ({}, False),
    ],
)
def test_http_authorizer(stack, headers: dict, allowed: bool) -> None:
    from logmr.handlers import authorizer

    event = {**http_event("GET", "/jobs"), "type": "REQUEST", "routeArn": "arn:aws:execute-api:x", "headers": headers}
    assert authorizer.handler(event, LambdaContext("authorizer")) == {"isAuthorized": allowed}


@pytest.mark.parametrize(("query", "effect"), [({"token": TOKEN}, "Allow"), ({"token": "no"}, "Deny"), (None, "Deny")])
def test_websocket_authorizer_reads_the_query_string(stack, query, effect) -> None:
    from logmr.handlers import authorizer

    event = {
        **websocket_event("$connect", "c-1", query=query),
        "type": "REQUEST",
        "methodArn": "arn:aws:execute-api:us-east-1:123456789012:abcdef1234/live/$connect",
    }
    policy = authorizer.handler(event, LambdaContext("authorizer"))
    assert policy["policyDocument"]["Statement"][0]["Effect"] == effect


def test_subscribers_get_updates_of_their_jobs_only(stack) -> None:
    from logmr.handlers import websocket
    from logmr.jobstate import DynamoJobStore, JobRecord

    jobs = DynamoJobStore("jobs", stack)
    jobs.create(JobRecord(job_id="job-a", analysis="services", inputs=["s3://logs/a"]))
    jobs.create(JobRecord(job_id="job-b", analysis="services", inputs=["s3://logs/b"]))
    ctx = LambdaContext("ws")
    websocket.connect(websocket_event("$connect", "watch-a", query={"job": "job-a"}), ctx)
    websocket.connect(websocket_event("$connect", "watch-all"), ctx)
    websocket.connect(websocket_event("$connect", "watch-b"), ctx)
    subscribe = json.dumps({"action": "subscribe", "job_id": "job-b"})
    websocket.default(websocket_event("$default", "watch-b", subscribe), ctx)
    assert [m["job"]["job_id"] for m in _received("watch-b")] == ["job-b"], "the current state at once"

    jobs.start_phase("job-a", "map", total=4)
    image = stack.get_item(TableName="jobs", Key={"job_id": {"S": "job-a"}, "item": {"S": "job"}})["Item"]
    marker = {"job_id": {"S": "job-a"}, "item": {"S": "map#00001"}}
    records = [
        {"eventName": "MODIFY", "dynamodb": {"NewImage": image}},
        {"eventName": "INSERT", "dynamodb": {"NewImage": marker}},
    ]
    outcome = websocket.notifier({"Records": records}, ctx)
    assert outcome == {"sent": 2, "gone": 0}
    for connection in ("watch-a", "watch-all"):
        pushed = _received(connection)[-1]
        assert pushed["type"] == "job" and pushed["job"]["job_id"] == "job-a" and pushed["job"]["status"] == "RUNNING"
        assert pushed["job"]["counters"]["splits_total"] == 4 and pushed["job"]["links"]["self"] == "/jobs/job-a"
    assert len(_received("watch-b")) == 1, "no update of another job"


def test_gone_connections_are_removed(stack) -> None:
    from logmr.handlers import websocket
    from logmr.jobstate import DynamoJobStore, JobRecord

    DynamoJobStore("jobs", stack).create(JobRecord(job_id="job-c", analysis="services", inputs=[]))
    ctx = LambdaContext("ws")
    websocket.connect(websocket_event("$connect", "gone-1", query={"job": "job-c"}), ctx)
    client = websocket.management_client()
    with Stubber(client) as stubber:
        stubber.add_client_error("post_to_connection", service_error_code="GoneException", http_status_code=410)
        image = stack.get_item(TableName="jobs", Key={"job_id": {"S": "job-c"}, "item": {"S": "job"}})["Item"]
        outcome = websocket.notifier({"Records": [{"eventName": "MODIFY", "dynamodb": {"NewImage": image}}]}, ctx)
    assert outcome == {"sent": 0, "gone": 1}
    assert websocket.connections().subscribers("job-c") == []


def test_bad_messages_get_an_error_reply(stack) -> None:
    from logmr.handlers import websocket

    ctx = LambdaContext("ws")
    websocket.connect(websocket_event("$connect", "c-9"), ctx)
    websocket.default(websocket_event("$default", "c-9", "not json"), ctx)
    websocket.default(websocket_event("$default", "c-9", json.dumps({"action": "dance"})), ctx)
    websocket.default(websocket_event("$default", "c-9", json.dumps({"action": "subscribe", "job_id": "../x"})), ctx)
    replies = _received("c-9")
    assert [r["type"] for r in replies] == ["error", "error", "error"]
    assert "unknown action 'dance'" in replies[1]["message"] and "invalid job id" in replies[2]["message"]
    websocket.disconnect(websocket_event("$disconnect", "c-9"), ctx)
    assert "c-9" not in websocket.connections().subscribers("anything")
