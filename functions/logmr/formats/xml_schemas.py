"""How each XML schema of log records is read into a Record (formats/xml_records.py finds and
parses the elements): java.util.logging's `<record>`, log4j 1's `<log4j:event>` (and log4net's
`<log4net:event>`, of the same shape, and Log4j 2.0's first `<log4j:Event>`), Log4j 2's `<Event>`,
.NET's `<E2ETraceEvent>` (XmlWriterTraceListener, WCF's `.svclog` files) and Windows' `<Event>`
(the event log as `wevtutil qe /f:xml` and Get-WinEvent's `ToXml()` write it). Each reader takes
the record's element and gives its time, level, service, host and message, the rest it holds (a
thread, a code location, an exception, properties, context) as fields; or None where the element
holds none of what its schema writes (another document's `<record>` or `<event>`). A value a
schema cannot read (a time out of range) is left out, never fatal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from xml.etree.ElementTree import Element

from .record import Record, normalize_level

_WINDOWS_EVENTS = "{http://schemas.microsoft.com/win/2004/08/events/event}"
# java.util.logging's levels by number (its DTD allows one): SEVERE 1000, WARNING 900, INFO 800,
# CONFIG 700, FINE 500, FINER 400, FINEST 300.
_JUL_LEVELS = ((1000, "ERROR"), (900, "WARN"), (700, "INFO"))
# Windows' event levels: 1 critical, 2 error, 3 warning, 4 information, 5 verbose (0: LogAlways).
_WINDOWS_LEVELS = {"1": "FATAL", "2": "ERROR", "3": "WARN", "4": "INFO", "5": "DEBUG"}


def local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _children(node: Element) -> dict[str, Element]:
    """A record element's children by local name (the first of each name)."""
    return {local(child.tag): child for child in reversed(node)}


def _first(parts: dict[str, Element], *names: str) -> Element | None:
    """The first of the named children there is (an Element without children is false: never `or`)."""
    return next((parts[name] for name in names if name in parts), None)


def _text(node: Element | None) -> str | None:
    if node is None:
        return None
    return "".join(node.itertext()) if len(node) else node.text or ""


def _number(text: str | None) -> int | None:
    """A whole number written in ASCII digits (a sign allowed), else None."""
    if text is None or not (digits := text.strip().removeprefix("-")).isascii() or not digits.isdigit():
        return None
    return int(text)


def _iso(seconds: int, nanos: int = 0) -> str | None:
    """An instant given as whole seconds since 1970 and nanoseconds, as ISO 8601 UTC (None where
    it is out of range)."""
    if not 0 <= nanos < 10**9:
        return None
    try:
        return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%S") + f".{nanos:09d}Z"
    except (OverflowError, OSError, ValueError):
        return None


def _epoch_ms(text: str | None) -> str | None:
    """Milliseconds since 1970 as ISO 8601; any other text (log4net's ISO time) as it is."""
    millis = _number(text)
    if millis is None:
        return text
    seconds, rest = divmod(millis, 1000)
    return _iso(seconds, rest * 1_000_000)


def _jul(node: Element, default_service: str | None) -> Record | None:
    """java.util.logging's XMLFormatter: the instant from `millis` and `nanos` (the ISO `date` is
    local time without a zone before Java 9)."""
    parts = _children(node)
    if not parts.keys() & {"level", "message", "millis", "date", "logger"}:
        return None
    millis, nanos = _number(_text(parts.get("millis"))), _number(_text(parts.get("nanos"))) or 0
    if millis is not None:
        timestamp = _iso(millis // 1000, millis % 1000 * 1_000_000 + nanos % 1_000_000)
    else:
        timestamp = _text(parts.get("date"))
    fields: dict[str, Any] = {}
    for name in ("class", "method", "thread", "sequence", "key", "catalog"):
        value = _text(parts.get(name))
        if value is not None:
            number = _number(value) if name in ("thread", "sequence") else None
            fields[name] = value if number is None else number
    params = [_text(child) for child in node if local(child.tag) == "param"]
    if params:
        fields["params"] = params
    if (thrown := parts.get("exception")) is not None:
        fields["exception"] = _jul_exception(thrown)
    level = _text(parts.get("level"))
    if (number := _number(level)) is not None:
        level = next((name for floor, name in _JUL_LEVELS if number >= floor), "DEBUG")
    return Record(
        message=_text(parts.get("message")) or "",
        level=normalize_level(level),
        service=_text(parts.get("logger")) or default_service,
        timestamp=timestamp,
        fields=fields,
    )


def _trace(first: str, frames: list[tuple[str | None, str | None, str | None, str | None]]) -> list[str]:
    """A stack trace's lines as Java prints them: its first line, then (class, method, file, line) a frame."""
    lines = [first]
    for cls, method, file, line in frames:
        where = f"{file or 'Unknown Source'}:{line}" if line else file or "Unknown Source"
        lines.append(f"\tat {cls}.{method}({where})")
    return lines


def _jul_exception(node: Element) -> str:
    """An `<exception>`'s message and frames (no file: JUL's XML has none)."""
    frames = []
    for frame in node.iter("frame"):
        parts = _children(frame)
        frames.append((_text(parts.get("class")), _text(parts.get("method")), None, _text(parts.get("line"))))
    return "\n".join(_trace(_text(node.find("message")) or "", frames))


_HOST_PROPERTIES = ("log4jmachinename", "log4net:HostName", "log4net:hostname", "hostname")


def _event(node: Element, default_service: str | None) -> Record | None:
    """log4j 1's schema (and log4net's XmlLayout, of the same shape)."""
    if node.get("logger") is None and node.get("level") is None and node.get("timestamp") is None:
        return None
    parts = _children(node)
    properties = {}
    if (listed := parts.get("properties")) is not None:
        properties = {data.get("name"): data.get("value") for data in listed if data.get("name")}
    fields: dict[str, Any] = {k: v for k, v in node.attrib.items() if k not in ("logger", "timestamp", "level")}
    for name in ("NDC", "throwable", "exception"):
        if (value := _text(_first(parts, name, name.capitalize()))) is not None:
            fields[name.lower()] = value
    if (where := parts.get("locationInfo")) is not None:
        fields["location"] = dict(where.attrib)
    host = next((properties[name] for name in _HOST_PROPERTIES if properties.get(name)), None)
    if properties:
        fields["properties"] = properties
    return Record(  # (Log4j 2.0's first schema: `<log4j:Message>`)
        message=_text(_first(parts, "message", "Message")) or "",
        level=normalize_level(node.get("level")),
        service=node.get("logger") or default_service,
        host=host,
        timestamp=_epoch_ms(node.get("timestamp")),
        fields=fields,
    )


def _thrown(node: Element, ns: str) -> list[str]:
    """A Log4j 2 `<Thrown>` (or `<Cause>`) as Java prints it, its causes after `Caused by: `."""
    first = ": ".join(filter(None, (node.get("name"), node.get("message"))))
    items = node.find(ns + "ExtendedStackTrace")
    frames = [(item.get("class"), item.get("method"), item.get("file"), item.get("line")) for item in items or ()]
    lines = _trace(first, frames)
    if (cause := node.find(ns + "Cause")) is not None:
        lines += ["Caused by: " + (rest := _thrown(cause, ns))[0], *rest[1:]]
    return lines


def _log4j2(node: Element, default_service: str | None) -> Record | None:
    """Log4j 2's XmlLayout: the instant from `<Instant>` (nanoseconds), else `timeMillis`. (Log4j
    2.0's first schema, `<log4j:Event logger= timestamp=>`, is log4j 1's; Windows' `<Event>` its own.)"""
    if node.tag.startswith(_WINDOWS_EVENTS):
        return _windows(node, default_service)
    if node.get("loggerName") is None and (node.get("logger") is not None or node.get("timestamp") is not None):
        return _event(node, default_service)
    parts = _children(node)
    if node.get("level") is None and not parts.keys() & {"Instant", "Message"}:
        return None
    instant = parts.get("Instant")
    seconds = None if instant is None else _number(instant.get("epochSecond"))
    if seconds is not None:
        timestamp = _iso(seconds, _number(instant.get("nanoOfSecond")) or 0)  # type: ignore[union-attr]
    else:
        timestamp = _epoch_ms(node.get("timeMillis"))
    skipped = ("level", "loggerName", "timeMillis", "endOfBatch", "loggerFqcn")
    fields: dict[str, Any] = {k: v for k, v in node.attrib.items() if k not in skipped}
    if (context := parts.get("ContextMap")) is not None:
        fields["context"] = {item.get("key"): item.get("value") for item in context}
    if (thrown := parts.get("Thrown")) is not None:
        fields["thrown"] = "\n".join(_thrown(thrown, node.tag[: node.tag.find("}") + 1]))
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


def _windows(node: Element, default_service: str | None) -> Record | None:
    """A Windows event: `<System>`'s provider, level, time and computer; its message the rendered
    one where the export holds it (`<RenderingInfo><Message>`), else its `<EventData>` items as
    `Name=value` (or their values)."""
    parts = _children(node)
    if "System" not in parts:
        return None
    system = _children(parts["System"])
    provider, created = system.get("Provider"), system.get("TimeCreated")
    rendered = parts.get("RenderingInfo")
    message = None if rendered is None else _text(rendered.find(_WINDOWS_EVENTS + "Message"))
    data = _first(parts, "EventData", "UserData")
    items = [] if data is None else [(item.get("Name"), _text(item)) for item in data.iter() if item is not data]
    if message is None:
        message = " ".join(f"{name}={value}" if name else value or "" for name, value in items if value or name)
    fields: dict[str, Any] = {"event_id": _text(system.get("EventID")), "data": dict(i for i in items if i[0])}
    if (channel := _text(system.get("Channel"))) is not None:
        fields["channel"] = channel
    return Record(
        message=message,
        level=_WINDOWS_LEVELS.get(_text(system.get("Level")) or "", "INFO"),
        service=(None if provider is None else provider.get("Name")) or default_service,
        host=_text(system.get("Computer")),
        timestamp=None if created is None else created.get("SystemTime"),
        fields=fields,
    )


def _e2e(node: Element, default_service: str | None) -> Record | None:
    """.NET's XmlWriterTraceListener (the schema of WCF's traces): `<System>` holds the time, the
    TraceEventType (`<SubType Name=>`: Verbose, Information, Warning, Error, Critical; Start and
    Stop are INFO), the source and the computer; `<ApplicationData>` the message, before the footer
    TraceOutputOptions add (`<System.Diagnostics>`), or TraceData's items."""
    parts = _children(node)
    if "System" not in parts:
        return None
    system = _children(parts["System"])
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


#: A record element's local name -> its reader.
READERS: dict[str, Callable[[Element, str | None], Record | None]] = {
    "record": _jul,
    "event": _event,
    "Event": _log4j2,
    "E2ETraceEvent": _e2e,
}
