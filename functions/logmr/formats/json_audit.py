"""JSON records of an API's audit trail, whose keys mean something else than a logger's: Kubernetes'
API server audit events (`audit.k8s.io` `Event`, one a line: its `level` is how much the policy
records, Metadata to RequestResponse, no severity) and AWS CloudTrail's delivered objects
(`{"Records": [...]}`, one a file, each event a record).

An audit event is read as an API request: the time it was received, its verb and URI (the message
too); at the stage that answers it (ResponseComplete, Panic: a request counted once) the response's
status (the level is its status's, as an access log's), its method and path, and the time to the
answer (not a watch's: its timeout); its other keys are fields (the audit level as `auditLevel`).
A webhook's `EventList` holds many. A block whose first 64 KiB hold such a line
(`holds_audit_events`) is read on the record path, where these readers apply; a block whose audit
lines all come later, or whose keys a shipper reordered, is read as other JSON lines are."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

# A Kubernetes audit event (or a webhook's batch of them) opening a line as the API server writes it
# (its kind first), or a CloudTrail object opening one.
_MARK = re.compile(rb'^\{"kind": ?"Event(?:List)?", ?"apiVersion": ?"audit\.k8s\.io/|^\{"Records": ?\[', re.MULTILINE)


def holds_audit_events(block: bytes, upto: int = 1 << 16) -> bool:
    """Whether a block's first `upto` bytes hold a line of audit events (its literals first: a
    search each block pays; an object nested in a record, or keys reordered by a shipper, are
    not found)."""
    if block.find(b'{"kind":', 0, upto) < 0 and block.find(b'{"Records"', 0, upto) < 0:
        return False
    return _MARK.search(block, 0, upto) is not None


def is_k8s_audit(obj: dict[str, Any], kind: str = "Event") -> bool:
    version = obj.get("apiVersion")
    return obj.get("kind") == kind and isinstance(version, str) and version.startswith("audit.k8s.io/")


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
    found["message"] = " ".join(part for part in (verb, uri) if isinstance(part, str)) or None
    if obj.get("stage") in _ANSWERED:  # (a request once: its other stages', a watch's start, are no answer)
        found["status"] = int(code) if type(code) is int or (type(code) is str and code.isdigit()) else None
        found["method"], found["path"] = verb, uri
        found["latency_ms"] = _elapsed_ms(received, staged) if verb != "watch" else None  # (a watch: its timeout)
    return found


_ANSWERED = ("ResponseComplete", "Panic")


def k8s_audit_events(obj: dict[str, Any]) -> list[dict[str, Any] | None] | None:
    """The events of an audit object: an event's, or a webhook batch's (`EventList`) items; None for
    any other object."""
    if is_k8s_audit(obj):
        return [k8s_audit_event(obj)]
    if not is_k8s_audit(obj, "EventList") or not isinstance(obj.get("items"), list):
        return None
    return [k8s_audit_event(item) if isinstance(item, dict) else None for item in obj["items"]]


def _elapsed_ms(start: Any, end: Any) -> float | None:
    """Milliseconds from one RFC 3339 time to another, None where either is none."""
    try:
        began, ended = datetime.fromisoformat(start), datetime.fromisoformat(end)
    except (TypeError, ValueError):
        return None
    if (began.tzinfo is None) != (ended.tzinfo is None) or ended < began:
        return None
    return round((ended - began).total_seconds() * 1000, 3)


def cloudtrail_records(obj: dict[str, Any]) -> list[Any] | None:
    """A CloudTrail object's events (`Records`, its only key), None for any other object."""
    records = obj.get("Records")
    return records if len(obj) == 1 and isinstance(records, list) else None


def milliseconds(value: Any) -> float | None:
    """A latency written as a number of milliseconds (pino-http's `responseTime`), else None."""
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
