"""How each XML schema of log records is read into a Record (formats/xml_records.py finds and
parses the elements): java.util.logging's `<record>`, log4j 1's `<log4j:event>` (and log4net's
`<log4net:event>`, of the same shape), Log4j 2's `<Event>`, .NET's `<E2ETraceEvent>`
(XmlWriterTraceListener, WCF's `.svclog` files). Each reader takes the record's element and gives
its time, level, service, host and message; the rest it holds (the thread, a code location, an
exception, properties, context) are its fields."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from xml.etree.ElementTree import Element

from .record import Record, normalize_level


def local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _children(node: Element) -> dict[str, Element]:
    """A record element's children by local name (the first of each name)."""
    return {child.tag.rpartition("}")[2]: child for child in reversed(node)}


def _text(node: Element | None) -> str | None:
    if node is None:
        return None
    return "".join(node.itertext()) if len(node) else node.text or ""


def _iso(seconds: int, nanos: int = 0) -> str:
    """An instant given as whole seconds since 1970 and nanoseconds, as ISO 8601 UTC."""
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%S") + f".{nanos:09d}Z"


def _epoch_ms(text: str | None) -> str | None:
    if text is None or not text.strip().lstrip("-").isdigit():
        return text
    seconds, millis = divmod(int(text), 1000)
    return _iso(seconds, millis * 1_000_000)


def _jul(node: Element, default_service: str | None) -> Record:
    """java.util.logging's XMLFormatter: the instant from `millis` and `nanos` (the ISO `date` is
    local time without a zone before Java 9)."""
    parts = _children(node)
    millis, nanos = _text(parts.get("millis")), _text(parts.get("nanos"))
    if millis is not None and millis.strip().isdigit():
        seconds, rest = divmod(int(millis), 1000)
        extra = int(nanos) if nanos is not None and nanos.strip().isdigit() else 0
        timestamp: str | None = _iso(seconds, rest * 1_000_000 + extra % 1_000_000)
    else:
        timestamp = _text(parts.get("date"))
    fields: dict[str, Any] = {}
    for name in ("class", "method", "thread", "sequence", "key", "catalog"):
        value = _text(parts.get(name))
        if value is not None:
            fields[name] = int(value) if name in ("thread", "sequence") and value.isdigit() else value
    params = [_text(child) for child in node if local(child.tag) == "param"]
    if params:
        fields["params"] = params
    if (thrown := parts.get("exception")) is not None:
        fields["exception"] = _jul_exception(thrown)
    return Record(
        message=_text(parts.get("message")) or "",
        level=normalize_level(_text(parts.get("level"))),
        service=_text(parts.get("logger")) or default_service,
        timestamp=timestamp,
        fields=fields,
    )


def _trace(first: str, frames: list[tuple[str | None, str | None, str | None, str | None]]) -> str:
    """A stack trace as Java prints one: its first line, then (class, method, file, line) a frame."""
    lines = [first]
    for cls, method, file, line in frames:
        where = f"{file or 'Unknown Source'}:{line}" if line else file or "Unknown Source"
        lines.append(f"\tat {cls}.{method}({where})")
    return "\n".join(lines)


def _jul_exception(node: Element) -> str:
    """An `<exception>`'s message and frames (no file: JUL's XML has none)."""
    frames = []
    for frame in node.iter("frame"):
        parts = _children(frame)
        frames.append((_text(parts.get("class")), _text(parts.get("method")), None, _text(parts.get("line"))))
    return _trace(_text(node.find("message")) or "", frames)


_HOST_PROPERTIES = ("log4jmachinename", "log4net:HostName", "log4net:hostname", "hostname")


def _event(node: Element, default_service: str | None) -> Record:
    """log4j 1's schema (and log4net's XmlLayout, of the same shape)."""
    parts = _children(node)
    properties = {}
    if (listed := parts.get("properties")) is not None:
        properties = {data.get("name"): data.get("value") for data in listed if data.get("name")}
    fields: dict[str, Any] = {k: v for k, v in node.attrib.items() if k not in ("logger", "timestamp", "level")}
    for name in ("NDC", "throwable", "exception"):
        if (value := _text(parts.get(name))) is not None:
            fields[name.lower()] = value
    if (where := parts.get("locationInfo")) is not None:
        fields["location"] = dict(where.attrib)
    host = next((properties[name] for name in _HOST_PROPERTIES if properties.get(name)), None)
    if properties:
        fields["properties"] = properties
    return Record(
        message=_text(parts.get("message")) or "",
        level=normalize_level(node.get("level")),
        service=node.get("logger") or default_service,
        host=host,
        timestamp=_epoch_ms(node.get("timestamp")),
        fields=fields,
    )


def _log4j2(node: Element, default_service: str | None) -> Record:
    """Log4j 2's XmlLayout: the instant from `<Instant>` (nanoseconds), else `timeMillis`."""
    parts = _children(node)
    instant = parts.get("Instant")
    if instant is not None and (instant.get("epochSecond") or "").isdigit():
        timestamp = _iso(int(instant.get("epochSecond", "0")), int(instant.get("nanoOfSecond") or 0))
    else:
        timestamp = _epoch_ms(node.get("timeMillis"))
    skipped = ("level", "loggerName", "timeMillis", "endOfBatch", "loggerFqcn")
    fields: dict[str, Any] = {k: v for k, v in node.attrib.items() if k not in skipped}
    if (context := parts.get("ContextMap")) is not None:
        fields["context"] = {item.get("key"): item.get("value") for item in context}
    if (thrown := parts.get("Thrown")) is not None:
        items = thrown.iter(thrown.tag.replace("Thrown", "ExtendedStackTraceItem"))
        frames = [(item.get("class"), item.get("method"), item.get("file"), item.get("line")) for item in items]
        first = ": ".join(filter(None, (thrown.get("name"), thrown.get("message"))))
        fields["thrown"] = _trace(first, frames)
    for name, key in (("Marker", "marker"), ("Source", "source")):
        if (found := parts.get(name)) is not None:
            fields[key] = found.get("name") if name == "Marker" else dict(found.attrib)
    return Record(
        message=_text(parts.get("Message")) or "",
        level=normalize_level(node.get("level")),
        service=node.get("loggerName") or default_service,
        timestamp=timestamp,
        fields=fields,
    )


def _e2e(node: Element, default_service: str | None) -> Record:
    """.NET's XmlWriterTraceListener (the schema of WCF's traces): `<System>` holds the time, the
    TraceEventType (`<SubType Name=>`: Verbose, Information, Warning, Error, Critical; Start and
    Stop are INFO), the source and the computer; `<ApplicationData>` the message, before the footer
    TraceOutputOptions add (`<System.Diagnostics>`), or TraceData's items."""
    parts = _children(node)
    system = _children(parts["System"]) if "System" in parts else {}
    pieces: list[str] = []
    if (data := parts.get("ApplicationData")) is not None:
        pieces.append(data.text or "")
        for child in data:
            if local(child.tag) != "System.Diagnostics":
                pieces.append("\n".join(_text(item) or "" for item in child) if len(child) else _text(child) or "")
            pieces.append(child.tail or "")
    execution = system.get("Execution")
    fields: dict[str, Any] = {"event_id": _text(system.get("EventID"))}
    if execution is not None:
        fields.update(process=execution.get("ProcessName"), pid=execution.get("ProcessID"))
        fields["thread"] = execution.get("ThreadID")
    source, created, kind = (system.get(name) for name in ("Source", "TimeCreated", "SubType"))
    return Record(
        message="".join(pieces),
        level=normalize_level(None if kind is None else kind.get("Name")),
        service=(None if source is None else source.get("Name")) or default_service,
        host=_text(system.get("Computer")),
        timestamp=None if created is None else created.get("SystemTime"),
        fields=fields,
    )


READERS: dict[str, Callable[[Element, str | None], Record]] = {
    "record": _jul,
    "event": _event,
    "Event": _log4j2,
    "E2ETraceEvent": _e2e,
}
