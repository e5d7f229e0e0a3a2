"""Job state behind one interface: DynamoDB on AWS, SQLite on one machine."""

from __future__ import annotations

from typing import Any

from .base import (
    CANCELLED,
    FAILED,
    PENDING,
    RUNNING,
    STATUSES,
    SUCCEEDED,
    TERMINAL,
    JobExistsError,
    JobRecord,
    JobRecordNotFoundError,
    JobStore,
)
from .dynamodb import DynamoJobStore
from .recorder import JobRecorder
from .sqlite import SqliteJobStore


def open_job_store(uri: str, dynamodb_client: Any | None = None) -> JobStore:
    """`dynamodb://TABLE` or a SQLite file path."""
    if uri.startswith("dynamodb://"):
        return DynamoJobStore(uri.removeprefix("dynamodb://"), client=dynamodb_client)
    return SqliteJobStore(uri)


__all__ = [
    "CANCELLED",
    "FAILED",
    "PENDING",
    "RUNNING",
    "STATUSES",
    "SUCCEEDED",
    "TERMINAL",
    "DynamoJobStore",
    "JobExistsError",
    "JobRecord",
    "JobRecordNotFoundError",
    "JobRecorder",
    "JobStore",
    "SqliteJobStore",
    "open_job_store",
]
