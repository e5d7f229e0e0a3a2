"""Job state behind one interface: DynamoDB on AWS, SQLite on one machine."""

from __future__ import annotations

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
]
