"""JSON records of an API's audit trail, whose keys mean something else than a logger's: Kubernetes'
API server audit events (`audit.k8s.io` `Event`, one a line: its `level` is how much the policy
records, Metadata to RequestResponse, no severity) and AWS CloudTrail's delivered objects
(`{"Records": [...]}`, one a file, each event a record).

An audit event is read as an API request: the time it was received, its verb and URI (the message
too), the response's status (the level is its status's, as an access log's), the time to its
response for a completed request; its other keys are fields (the audit level as `auditLevel`).
Such files are told by their first block (`holds_audit_events`, as Docker's lines are) and read on the
record path, where these readers apply."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

# A Kubernetes audit event anywhere in a line, or a CloudTrail object opening one.
_MARK = re.compile(rb'"apiVersion": ?"audit\.k8s\.io/|^\{"Records": ?\[', re.MULTILINE)


def holds_audit_events(block: bytes, upto: int) -> bool:
    """Whether a block's first `upto` bytes hold an audit event (its literals first: a search a
    file's first block pays)."""
    if block.find(b"audit.k8s.io/", 0, upto) < 0 and block.find(b'{"Records"', 0, upto) < 0:
        return False
    return _MARK.search(block, 0, upto) is not None


def is_k8s_audit(obj: dict[str, Any]) -> bool:
    version = obj.get("apiVersion")
    return obj.get("kind") == "Event" and isinstance(version, str) and version.startswith("audit.k8s.io/")


def k8s_audit_event(obj: dict[str, Any]) -> dict[str, Any]:
    """An audit event as a request's record: `timestamp`, `method` (the verb), `path` (the URI),
    `status`, `latency_ms` (ResponseComplete's stage time less the time received) and `message`."""
    found = {key: value for key, value in obj.items() if key != "level"}
    found["auditLevel"] = obj.get("level")
    response = obj.get("responseStatus")
    code = response.get("code") if isinstance(response, dict) else None
    received, staged = obj.get("requestReceivedTimestamp"), obj.get("stageTimestamp")
    verb, uri = obj.get("verb"), obj.get("requestURI")
    found["timestamp"] = received or staged
    found["status"] = code if type(code) is int else None
    found["method"], found["path"] = verb, uri
    found["message"] = " ".join(part for part in (verb, uri) if isinstance(part, str)) or None
    found["latency_ms"] = _elapsed_ms(received, staged) if obj.get("stage") == "ResponseComplete" else None
    return found


def _elapsed_ms(start: Any, end: Any) -> float | None:
    """Milliseconds from one RFC 3339 time to another, None where either is none."""
    try:
        began, ended = datetime.fromisoformat(start), datetime.fromisoformat(end)
    except (TypeError, ValueError):
        return None
    if (began.tzinfo is None) != (ended.tzinfo is None):
        return None
    return round((ended - began).total_seconds() * 1000, 3)


def cloudtrail_records(obj: dict[str, Any]) -> list[Any] | None:
    """A CloudTrail object's events (`Records`, its only key), None for any other object."""
    records = obj.get("Records")
    return records if len(obj) == 1 and isinstance(records, list) else None
