"""Pushing job updates to WebSocket subscribers, and answering their messages."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import msgspec

from ..api.operations import job_document
from ..engine.spec import InvalidJobIdError, validate_job_id
from ..jobstate import JobRecord
from ..jobstate.dynamodb import JOB_ITEM, job_from_item
from .connections import ALL_JOBS, ConnectionStore

Post = Callable[[str, bytes], None]


class ConnectionGoneError(Exception):
    """The client behind a connection id is gone (API Gateway's GoneException)."""


def job_message(job: JobRecord) -> bytes:
    """The message subscribers get: the same job document as GET /jobs/{id}."""
    return msgspec.json.encode({"type": "job", "job": job_document(job)})


def jobs_from_stream(records: Iterable[dict[str, Any]]) -> list[JobRecord]:
    """Jobs whose record changed, from DynamoDB stream records (task markers skipped)."""
    jobs = []
    for record in records:
        image = record.get("dynamodb", {}).get("NewImage")
        if record.get("eventName") in ("INSERT", "MODIFY") and image and image.get("item", {}).get("S") == JOB_ITEM:
            jobs.append(job_from_item(image))
    return jobs


def notify(jobs: Iterable[JobRecord], connections: ConnectionStore, post: Post) -> dict[str, int]:
    """Post each job to the connections that watch it; forget connections that are gone."""
    sent = gone = 0
    for job in jobs:
        message = job_message(job)
        for connection_id in dict.fromkeys(connections.subscribers(job.job_id)):
            try:
                post(connection_id, message)
                sent += 1
            except ConnectionGoneError:
                connections.remove(connection_id)
                gone += 1
    return {"sent": sent, "gone": gone}


class Subscribe(msgspec.Struct):
    action: str
    job_id: str = ALL_JOBS


def handle_message(
    connection_id: str,
    body: str | None,
    connections: ConnectionStore,
    current: Callable[[str], list[JobRecord]],
    post: Post,
) -> None:
    """`{"action": "subscribe", "job_id": ID or "*"}`: watch it, and get its current state at once."""
    try:
        request = msgspec.json.decode(body or b"", type=Subscribe)
        if request.action != "subscribe":
            raise ValueError(f'unknown action {request.action!r}: send {{"action": "subscribe", "job_id": ...}}')
        if request.job_id != ALL_JOBS:
            validate_job_id(request.job_id)
    except (msgspec.DecodeError, msgspec.ValidationError, ValueError, InvalidJobIdError) as error:
        post(connection_id, msgspec.json.encode({"type": "error", "message": str(error)}))
        return
    connections.subscribe(connection_id, request.job_id)
    for job in current(request.job_id):
        post(connection_id, job_message(job))
