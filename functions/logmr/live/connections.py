"""WebSocket connections and what each one watches: one job (its id) or every job (`*`)."""

from __future__ import annotations

import time
from typing import Any, Protocol

ALL_JOBS = "*"
CONNECTION_TTL = 2 * 3600  # API Gateway closes WebSocket connections after two hours
INDEX = "by_subscription"


class ConnectionStore(Protocol):
    def subscribe(self, connection_id: str, subscription: str) -> None:
        """Record (or change) what a connection watches."""

    def remove(self, connection_id: str) -> None:
        """Forget a connection."""

    def subscribers(self, job_id: str) -> list[str]:
        """Connections watching this job or every job."""


class DynamoConnections:
    """Connections in a DynamoDB table: `connection_id` key, `subscription` (indexed), TTL."""

    def __init__(self, table: str, client: Any | None = None) -> None:
        if client is None:
            import boto3

            client = boto3.client("dynamodb")
        self.table = table
        self.client = client

    def subscribe(self, connection_id: str, subscription: str) -> None:
        item = {
            "connection_id": {"S": connection_id},
            "subscription": {"S": subscription},
            "expires_at": {"N": str(int(time.time()) + CONNECTION_TTL)},
        }
        self.client.put_item(TableName=self.table, Item=item)

    def remove(self, connection_id: str) -> None:
        self.client.delete_item(TableName=self.table, Key={"connection_id": {"S": connection_id}})

    def subscribers(self, job_id: str) -> list[str]:
        found: list[str] = []
        for subscription in (job_id, ALL_JOBS):
            paginator = self.client.get_paginator("query")
            pages = paginator.paginate(
                TableName=self.table,
                IndexName=INDEX,
                KeyConditionExpression="subscription = :s",
                ExpressionAttributeValues={":s": {"S": subscription}},
            )
            found.extend(item["connection_id"]["S"] for page in pages for item in page.get("Items", []))
        return found
