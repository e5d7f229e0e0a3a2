"""Lambdas of the WebSocket API: $connect, $disconnect, $default (subscribe) and the notifier
that the jobs table's stream feeds."""

import os
from functools import cache
from typing import Any

import boto3
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from ..jobstate import JobRecordNotFoundError
from ..live.connections import ALL_JOBS, DynamoConnections
from ..live.push import ConnectionGoneError, handle_message, jobs_from_stream, notify
from .runtime import job_store, logger, metrics, tracer

OK = {"statusCode": 200}


_local: dict[str, Any] = {}


def configure(connections: Any, post: Any, jobs: Any) -> None:
    """Serve these handlers from `logmr serve`: its own connection store, sockets and job store."""
    _local.update(connections=connections, post=post, jobs=jobs)


def connections() -> Any:
    return _local.get("connections") or _dynamo_connections()


@cache
def _dynamo_connections() -> DynamoConnections:
    return DynamoConnections(os.environ["CONNECTIONS_TABLE"])


@cache
def management_client() -> Any:
    """The API Gateway Management API client of WEBSOCKET_ENDPOINT, one per container."""
    return boto3.client("apigatewaymanagementapi", endpoint_url=os.environ["WEBSOCKET_ENDPOINT"])


def post(connection_id: str, data: bytes) -> None:
    if "post" in _local:
        _local["post"](connection_id, data)
        return
    client = management_client()
    try:
        client.post_to_connection(ConnectionId=connection_id, Data=data)
    except client.exceptions.GoneException:
        raise ConnectionGoneError(connection_id) from None


def _jobs() -> Any:
    return _local.get("jobs") or job_store()


def _current(subscription: str) -> list:
    if subscription == ALL_JOBS:
        return _jobs().list(limit=25)
    try:
        return [_jobs().get(subscription)]
    except JobRecordNotFoundError:
        return []


@logger.inject_lambda_context
def connect(event: dict, context: LambdaContext) -> dict:
    """$connect (after the authorizer): watch `?job=ID`, or every job."""
    job = (event.get("queryStringParameters") or {}).get("job") or ALL_JOBS
    connections().subscribe(event["requestContext"]["connectionId"], job)
    return OK


@logger.inject_lambda_context
def disconnect(event: dict, context: LambdaContext) -> dict:
    connections().remove(event["requestContext"]["connectionId"])
    return OK


@logger.inject_lambda_context
def default(event: dict, context: LambdaContext) -> dict:
    handle_message(event["requestContext"]["connectionId"], event.get("body"), connections(), _current, post)
    return OK


@logger.inject_lambda_context
@tracer.capture_lambda_handler
@metrics.log_metrics
def notifier(event: dict, context: LambdaContext) -> dict:
    """DynamoDB stream of the jobs table -> post_to_connection for each subscriber."""
    outcome = notify(jobs_from_stream(event.get("Records", [])), connections(), post)
    metrics.add_metric(name="UpdatesPushed", unit=MetricUnit.Count, value=outcome["sent"])
    return outcome
