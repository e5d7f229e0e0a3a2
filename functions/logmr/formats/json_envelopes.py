"""JSON lines that carry several log events, and the keys read only for some values (of particular
producers: Docker, Lambda, Application Insights, MongoDB; log4j2's `instant` object, journald's
byte-array MESSAGE).

A CloudWatch Logs subscription payload (`{"messageType": "DATA_MESSAGE", ..., "logEvents": [...]}`,
one a line as Firehose writes them to S3), an Azure Monitor `{"records": [...]}` object (an
Event Hubs message, or a storage blob before November 2018), an OpenTelemetry OTLP JSON object
(`{"resourceLogs": [...]}`: the Collector's file exporter) and a CloudTrail object (`{"Records":
[...]}`) hold many events: each is a record of its own, on its envelope's line (a located job gets
that line's offset for each). An event that is no object is malformed, the others still records; an
envelope with no events makes none. A Kubernetes audit event is one event read as a request
(json_audit.py)."""

from __future__ import annotations

import re
from typing import Any

import msgspec

from .json_audit import cloudtrail_records, k8s_audit_events
from .message_marks import text_level

_encode = msgspec.json.encode
_decode = msgspec.json.Decoder().decode


def _cloudwatch_event(envelope: dict[str, Any], event: Any) -> dict[str, Any] | None:
    """A subscription event as a record's object: its time, its log group (the service unless the
    app says), and the app's own JSON object when the message is one (Lambda's JSON logs)."""
    if not isinstance(event, dict):
        return None
    found = {"timestamp": event.get("timestamp"), "logGroup": envelope.get("logGroup"), "id": event.get("id")}
    found["logStream"] = envelope.get("logStream")
    message = event.get("message")
    if isinstance(message, str) and message.startswith("{"):
        try:
            app = _decode(message)
        except msgspec.DecodeError:
            app = None
        if isinstance(app, dict):
            return found | app
    return found | {"message": message}


# OpenTelemetry's SeverityNumber: 1-4 TRACE, 5-8 DEBUG, 9-12 INFO, 13-16 WARN, 17-20 ERROR, 21-24 FATAL
# (as a number, its digits, or its enum's name as protojson writes it: `SEVERITY_NUMBER_ERROR2`).
_OTLP_SEVERITIES = ("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL")


def otel_severity(value: Any) -> str | None:
    """An OpenTelemetry SeverityNumber as its level word; None for any other value."""
    if isinstance(value, str):
        if not (value.isascii() and value.isdigit() and len(value) < 4):
            name = value.removeprefix("SEVERITY_NUMBER_").rstrip("234")
            return name if name in _OTLP_SEVERITIES else None
        value = int(value)
    return _OTLP_SEVERITIES[(value - 1) // 4] if type(value) is int and 1 <= value <= 24 else None


def otel_service(value: Any) -> Any:
    """A resource's `service.name`, but the SDK's `unknown_service:...` default (none was set)."""
    return None if isinstance(value, str) and value.startswith("unknown_service") else value


def _any_value(value: Any) -> Any:
    """An OTLP AnyValue (`{"stringValue": ...}`, `{"intValue": "12"}`, a list, a key-value list)."""
    if not isinstance(value, dict):
        return value
    for key in ("stringValue", "boolValue", "doubleValue", "bytesValue"):
        if key in value:
            return value[key]
    if "intValue" in value:
        number = value["intValue"]
        digits = number.removeprefix("-") if isinstance(number, str) else ""
        return int(number) if digits.isascii() and digits.isdigit() and len(digits) < 20 else number
    if isinstance(listed := value.get("arrayValue"), dict):
        return [_any_value(item) for item in _list(listed.get("values"))]
    if isinstance(pairs := value.get("kvlistValue"), dict):
        return _attributes(pairs.get("values"))
    return None


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _attributes(items: Any) -> dict[str, Any]:
    """OTLP's attributes, `[{"key": ..., "value": AnyValue}]`, as a dict (keys that are no text left out)."""
    found = (_object(item) for item in _list(items))
    return {item["key"]: _any_value(item.get("value")) for item in found if isinstance(item.get("key"), str)}


def _otlp_events(obj: dict[str, Any]) -> list[dict[str, Any] | None]:
    """The log records of an OTLP JSON object (the Collector's file exporter, OTLP/HTTP's JSON
    bodies: `resourceLogs[].scopeLogs[].logRecords[]`; before OTLP 0.19 `instrumentationLibraryLogs`
    and `instrumentationLibrary`), each with its resource's `service.name` (else its scope's name)
    and `host.name`; a record's time its `timeUnixNano` (else when it was observed), its level
    `severityText` (else its `severityNumber`), its message its body. What is no object where one
    belongs is a malformed record."""
    events: list[dict[str, Any] | None] = []
    for resource in _list(obj["resourceLogs"]):
        if not isinstance(resource, dict):
            events.append(None)
            continue
        found = _attributes(_object(resource.get("resource")).get("attributes"))
        for scope in _list(resource.get("scopeLogs") or resource.get("instrumentationLibraryLogs")):
            scope = _object(scope)
            name = _object(scope.get("scope") or scope.get("instrumentationLibrary")).get("name")
            for record in _list(scope.get("logRecords")):
                events.append(_otlp_record(record, found, name) if isinstance(record, dict) else None)
    return events


def _otlp_record(record: dict[str, Any], resource: dict[str, Any], scope: Any) -> dict[str, Any]:
    time = record.get("timeUnixNano")
    if time in (None, "", "0", 0):
        time = record.get("observedTimeUnixNano")
    body = _any_value(record.get("body"))
    return {
        "timestamp": None if time in (None, "", "0", 0) else str(time),
        "level": record.get("severityText") or otel_severity(record.get("severityNumber")),
        "service": otel_service(resource.get("service.name")) or (scope if isinstance(scope, str) else None),
        "host": resource.get("host.name"),
        "message": body if body is None or isinstance(body, str) else _encode(body).decode(),
        "scope": scope,
        "attributes": _attributes(record.get("attributes")),
        **{key: record[key] for key in ("traceId", "spanId") if record.get(key)},
    }


def envelope_events(obj: dict[str, Any]) -> list[tuple[dict[str, Any], str] | None] | None:
    """The events of an envelope object, each as (object, its JSON text) or None when it is no
    object; None when `obj` is no envelope (an ordinary record)."""
    if isinstance(obj.get("logEvents"), list) and "messageType" in obj:
        events = [_cloudwatch_event(obj, event) for event in obj["logEvents"]]
    elif len(obj) == 1 and isinstance(obj.get("records"), list):
        events = [event if isinstance(event, dict) else None for event in obj["records"]]
    elif len(obj) == 1 and isinstance(obj.get("resourceLogs"), list):
        events = _otlp_events(obj)
    elif (trail := cloudtrail_records(obj)) is not None:
        events = [event if isinstance(event, dict) else None for event in trail]
    elif (audit := k8s_audit_events(obj)) is not None:
        if len(audit) == 1 and audit[0] is not None:  # (an event: its own line's text)
            return [(audit[0], _encode(obj).decode())]
        events = audit
    else:
        return None
    return [None if event is None else (event, _encode(event).decode()) for event in events]


# Application Insights' SeverityLevel (the AppTraces table): 0 Verbose .. 4 Critical, its own scale.
_APP_INSIGHTS_LEVELS = ("Verbose", "Information", "Warning", "Error", "Critical")


def app_insights_level(value: Any) -> str | None:
    """SeverityLevel 0..4 (a number, or its digits) as its word; None for any other value."""
    if type(value) is str and value.isdigit():
        value = int(value)
    if type(value) is int and 0 <= value < len(_APP_INSIGHTS_LEVELS):
        return _APP_INSIGHTS_LEVELS[value]
    return None


# MongoDB's structured log (4.4+): `s` its severity (D1..D5 the debug verbosities), `c` its
# component in capitals (`-` none). Read only beside a `t.$date` (MONGODB), and only these values.
_MONGODB_SEVERITIES = {"F": "FATAL", "E": "ERROR", "W": "WARN", "I": "INFO", "D": "DEBUG"}
_MONGODB_SEVERITIES |= {f"D{n}": "DEBUG" for n in range(1, 6)}
_MONGODB_COMPONENT = re.compile(r"[A-Z][A-Z0-9_]*")


#: The aliases' settings: kept in `fields`, read beside a `t.$date` only.
MONGODB = {"kept": True, "when": ("t", "$date")}


def mongodb_severity(value: Any) -> str | None:
    """MongoDB's one-letter severity as its level word; None for any other value."""
    return _MONGODB_SEVERITIES.get(value) if type(value) is str else None


def mongodb_component(value: Any) -> str | None:
    """MongoDB's component (`NETWORK`, `STORAGE`...); None for `-` and any other value."""
    return value if type(value) is str and _MONGODB_COMPONENT.fullmatch(value) else None


def lambda_platform_type(value: Any) -> str | None:
    """A Lambda platform record's `type` (platform.start, platform.report...) as its message: those
    records have no message. Any other `type` is not one."""
    return value if isinstance(value, str) and value.startswith("platform.") else None


def text_only(value: Any) -> str | None:
    """A value that is a text, else none (log15's `t`: a number under that key is no time)."""
    return value if isinstance(value, str) else None


def docker_log(value: Any) -> Any:
    """Docker json-file's `log`: the app's line with its newline."""
    return value[:-1] if isinstance(value, str) and value.endswith("\n") else value


def docker_text_level(value: Any) -> str | None:
    """The level an app's line of text in Docker's `log` (or a CRI line's) opens with or names, as a
    syslog message's (message_marks.text_level: klog's `E0926 19:59:39.977461 ...`, a Go
    service's `level=warn`), or None (a JSON app line is the app's record: read apart). Read in any
    object whose `log` string has a `stream` beside it (json_fields: the level's last alias), the
    level of none of its own keys: Docker's lines, CRI's, Fluentd's that moved Docker's `time` out.
    Its cost: a Python regex a row."""
    if not isinstance(value, str) or value.startswith("{"):
        return None
    return text_level(value)


def not_a_stream(value: Any) -> Any:
    """A `source` that names a program, not the stream a container's line came on (Docker's fluentd
    driver and ECS FireLens write `"source": "stdout"` beside its `log`)."""
    return None if value in ("stdout", "stderr") else value


def container_name(value: Any) -> str | None:
    """Docker's fluentd driver's `container_name` (`/web-1`) as a service: its name."""
    return value.removeprefix("/") or None if isinstance(value, str) else None


def docker_needs_lines(value: Any) -> bool:
    """A partial line (no newline: joined with the next ones) or an app line that is JSON itself."""
    return isinstance(value, str) and (not value.endswith("\n") or value.startswith("{"))


class Instant(msgspec.Struct, frozen=True, gc=False):
    """log4j2 JsonLayout's `instant`."""

    epochSecond: int | None = None  # the logger's key names
    nanoOfSecond: int = 0


def instant(value: Any) -> str | None:
    """log4j2's {epochSecond, nanoOfSecond} as epoch seconds with nine decimals."""
    if isinstance(value, dict):
        value = Instant(value.get("epochSecond"), value.get("nanoOfSecond", 0))
    if not isinstance(value, Instant):
        return None
    seconds, nanos = value.epochSecond, value.nanoOfSecond
    if type(seconds) is not int or type(nanos) is not int or not 0 <= nanos < 10**9:
        return None
    return f"{seconds}.{nanos:09d}"


def utf8(value: Any) -> Any:
    """journald writes a MESSAGE that is not valid text (control characters...) as an array of bytes."""
    if isinstance(value, list | tuple):
        try:
            return bytes(value).decode("utf-8", "replace")
        except (TypeError, ValueError):
            return None
    return value


def request_line(value: Any) -> str | None:
    """nginx's `$request` (`GET /path HTTP/1.1`, or whatever a bad client sent) as an access
    record's message (its alias is read beside a `status` only): a text, not an app's `request`
    object."""
    return (value or None) if type(value) is str else None


def waf_request(value: Any) -> str | None:
    """AWS WAF's `httpRequest` object as its request's method and URI (the record's message)."""
    if not isinstance(value, dict):
        return None
    return " ".join(part for part in (value.get("httpMethod"), value.get("uri")) if isinstance(part, str)) or None


def seconds_as_ms(value: Any) -> float | None:
    """nginx's `$request_time` (seconds, a number or its text, under a day) as milliseconds;
    None for anything else (an app's epoch or ISO `request_time`)."""
    if type(value) is str:
        try:
            value = float(value)
        except ValueError:
            return None
    return value * 1000 if type(value) in (int, float) and 0 <= value < 86400 else None
