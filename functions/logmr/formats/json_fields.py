"""Which JSON keys carry each record field, for every common logger (bunyan, pino, zap, logrus,
slog, structlog, Serilog CLEF, ECS, GELF, journald, Docker json-file...), and building a Record
from a decoded object: each field is read from the first of its aliases present; a key may be a
path into nested objects or a dotted key."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import msgspec

from . import json_envelopes as producers
from .base import FIELD_PREFIX, LEVEL_CACHE
from .record import Record, level_from_status


@dataclass(frozen=True, slots=True)
class Alias:
    """Where a record field may be: a key, or a path of keys into nested objects (a dotted key such
    as ECS's "log.level" is one key). `type` is what the fast path decodes it as (default: the
    field's); `convert` turns a value found there into the field's value (None: not there);
    `record_path` says which values need the line-by-line path (Docker's partial or JSON lines);
    `when` reads the key only in an object that has that path too (MongoDB's `s` and `c` beside
    its `t.$date`: keys so short mean other things in other logs)."""

    path: tuple[str, ...]
    type: Any = None
    convert: Callable[[Any], Any] | None = None
    record_path: Callable[[Any], bool] | None = None
    kept: bool = False  # the key also stays in `fields` (a common key this alias reads only some values of)
    when: tuple[str, ...] | None = None  # read only in an object that has this path (a producer's mark)


def _keys(*paths: str | tuple[str, ...]) -> tuple[Alias, ...]:
    return tuple(p if isinstance(p, Alias) else Alias(p if isinstance(p, tuple) else (p,)) for p in paths)


_LABELS = "logging.googleapis.com/labels"  # GCP structured logging

# Record field -> where it may be, in order of preference (an alias read beside a mark, MongoDB's, stays
# last: a file that uses it is then decoded to its full depth; parse over small splits of mongodb_json.jsonl
# read its `c` as no service with an alias after it). See tests/data/loggers/README.md for
# which logger writes which.
ALIASES: dict[str, tuple[Alias, ...]] = {
    "message": _keys(
        "message",
        "msg",
        ("fields", "message"),  # tracing-subscriber's json() (Rust)
        ("record", "message"),  # loguru's serialize (before its `text`, the formatted line)
        "@message",  # logstash
        Alias(("log",), convert=producers.docker_log, record_path=producers.docker_needs_lines),  # Docker json-file
        "text",
        "event",  # structlog
        "short_message",  # GELF
        Alias(("MESSAGE",), type=str | tuple[int, ...] | None, convert=producers.utf8),  # journald
        "@m",  # Serilog CLEF: the rendered message, else its template as written
        "@mt",
        *(("properties", "message"), "Message"),  # Azure resource logs (FunctionAppLogs), AppTraces
        *(("jsonPayload", "message"), "textPayload"),  # Cloud Logging's LogEntry (sinks, exports)
        Alias(("type",), convert=producers.lambda_platform_type, kept=True),  # Lambda's platform records
        *("message_type", "action_type"),  # Eliot's records name their kind, they hold no text
        Alias(
            ("request",), type=Any, convert=producers.request_line, kept=True, when=("status",)
        ),  # nginx's `$request` (JSON access logs)
    ),
    "level": _keys(
        "level",
        "lvl",
        "severity",
        "levelname",
        "loglevel",
        "log.level",
        ("log", "level"),
        ("record", "level", "name"),
        ("@fields", "level"),
        "PRIORITY",
        "@l",
        "@level",  # hclog (Consul, Vault, Nomad)
        "error_severity",  # PostgreSQL's jsonlog
        Alias(("SeverityLevel",), convert=producers.app_insights_level),  # AppTraces: 0..4, a scale of its own
        *(("context", "logLevel"), "_logLevel"),  # Roarr (pino's numbers), lambda-log (Node's, for AWS Lambda)
        Alias(("s",), type=Any, convert=producers.mongodb_severity, **producers.MONGODB),  # F, E, W, I, D1..D5
        Alias(  # Docker json-file's and CRI's app line of text: the level it opens with or names
            ("log",),
            type=str | None,
            convert=producers.docker_text_level,
            record_path=producers.docker_needs_lines,
            when=("stream",),
        ),
    ),
    "service": _keys(
        "service",
        "app",
        "application",
        "logger",
        "component",
        "source",
        "name",
        ("service", "name"),
        "service.name",
        "logger_name",
        "loggerName",
        ("log", "logger"),
        "log.logger",
        ("record", "name"),
        ("@fields", "service"),
        "facility",
        "SourceContext",
        (_LABELS, "python_logger"),
        "SYSLOG_IDENTIFIER",
        "_COMM",
        *(("properties", "appName"), "AppRoleName", "logGroup"),  # Azure, AppTraces, CloudWatch subscriptions
        ("resource", "labels", "service_name"),  # LogEntry of a Cloud Run service
        "@module",  # hclog
        *("module", "collector"),  # log15's subloggers (`log.New("module", ...)`), node_exporter's collectors
        "backend_type",  # PostgreSQL's jsonlog (postmaster, client backend, checkpointer...)
        ("context", "application"),  # Roarr
        Alias(("target",), kept=True, when=("fields", "message")),  # tracing-subscriber's json() (Rust)
        Alias(("c",), type=Any, convert=producers.mongodb_component, **producers.MONGODB),  # NETWORK, STORAGE...
    ),
    "host": _keys(
        *("host", "hostname", "host.name", ("host", "hostname"), ("host", "name"), "_HOSTNAME", "MachineName"),
        *(("properties", "roleInstance"), "AppRoleInstance"),  # Azure resource logs, AppTraces
    ),
    "timestamp": _keys(
        "timestamp",
        "time",
        "ts",
        "@timestamp",
        "datetime",
        "date",
        "@t",
        "asctime",
        ("record", "time", "repr"),
        Alias(("instant",), type=producers.Instant | None, convert=producers.instant),
        "__REALTIME_TIMESTAMP",
        "TimeGenerated",  # AppTraces
        Alias(("t",), type=str | None, convert=producers.text_only),  # log15's (go-ethereum's), logfmt and JSON
        ("t", "$date"),  # MongoDB 4.4+
    ),
    "status": _keys("status", "status_code", "statusCode", "http.status_code"),
    "method": _keys("method", "http_method", "http.method"),
    "path": _keys("path", "url", "uri", "request_path", "http.path"),
    "bytes": _keys("bytes", "bytes_sent", "size", "response_bytes", "body_bytes_sent"),
    "latency_ms": _keys(
        *("latency_ms", "duration_ms", "response_time_ms", "elapsed_ms", "took_ms"),
        Alias(("request_time",), type=Any, convert=producers.seconds_as_ms, kept=True),  # nginx's: seconds
    ),
}
_ALIAS_KEYS = frozenset(a.path[0] for aliases in ALIASES.values() for a in aliases if len(a.path) == 1 and not a.kept)
# Paths that hold an object some alias reads into: an object found there is no value of its own.
_CONTAINERS = frozenset(
    alias.path[:i] for aliases in ALIASES.values() for alias in aliases for i in range(1, len(alias.path))
)
_TEXT_FIELDS = ("message", "service", "host", "timestamp", "method", "path")
#: What the block path reads besides: a record's `fields.pid` (its `pid` key, kept in `fields` as
#: written); `fields.time` is always None (a `time` key is a timestamp alias's, no field).
BLOCK_ALIASES = ALIASES | {FIELD_PREFIX + "pid": (Alias(("pid",), type=Any),)}
NO_FIELDS = frozenset(FIELD_PREFIX + key for key in ("time",) if key in _ALIAS_KEYS)


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return msgspec.json.encode(value).decode() if isinstance(value, dict | list) else str(value)


def _number(kind: type) -> Any:
    def coerce(value: Any) -> Any:
        if value is None or isinstance(value, bool):
            return None
        try:
            return kind(value)
        except (TypeError, ValueError):
            return None

    return coerce


_int, _float, _NESTED = _number(int), _number(float), (dict, list)
# (a level's object or array that no alias reads into is no level: the status's then, or the default)
_COERCE = {"status": _int, "bytes": _int, "latency_ms": _float, "level": lambda v: None if type(v) in _NESTED else v}


def _lookup(value: Any, alias: Alias) -> Any:
    """The alias's value below its first key's value (itself found and not None)."""
    for key in alias.path[1:]:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    if value is None or (isinstance(value, dict) and alias.path in _CONTAINERS):
        return None
    return alias.convert(value) if alias.convert is not None else value


# Per field, its aliases as (first key, None where its value is the value, else the alias): mostly one dict.get.
_LOOKUPS: dict[str, tuple[tuple[str, Alias | None], ...]] = {
    name: tuple(
        (a.path[0], None if len(a.path) == 1 and a.convert is a.when is None and a.path not in _CONTAINERS else a)
        for a in aliases
    )
    for name, aliases in BLOCK_ALIASES.items()
}


def _has(get: Callable[[str], Any], path: tuple[str, ...]) -> bool:
    """Whether an object (read by its `get`) has a value at the path."""
    value = get(path[0])
    for key in path[1:]:
        value = value.get(key) if isinstance(value, dict) else None
    return value is not None


def _resolve(get: Callable[[str], Any], name: str) -> Any:
    """A record field's value: that of the first of its aliases present, coerced."""
    value = None
    for key, alias in _LOOKUPS[name]:
        value = get(key)
        if value is not None and alias is not None:
            value = _lookup(value, alias) if alias.when is None or _has(get, alias.when) else None
        if value is not None:
            break
    return _COERCE.get(name, _text)(value)


def field_values(get: Callable[[str], Any], names: Sequence[str], default_service: str | None) -> list[Any]:
    """The values `record_from_object(obj, ...)` gives the named record fields, without building
    the record, for an object (read by its `get`) that is not a Docker json-file record."""
    values = []
    for name in names:
        value = _resolve(get, name)
        if name == "level":
            value = LEVEL_CACHE[value] if value is not None else level_from_status(_resolve(get, "status"))
        elif name == "message":
            value = value or ""
        elif name == "service":
            value = value or default_service
        values.append(value)
    return values


def is_docker(obj: dict[str, Any]) -> bool:
    return isinstance(obj.get("log"), str) and "stream" in obj and "time" in obj


def is_docker_partial(obj: dict[str, Any]) -> bool:
    return is_docker(obj) and not obj["log"].endswith("\n")


decode_line = msgspec.json.Decoder().decode


def decode_object(line: str) -> dict[str, Any] | None:
    try:  # (a byte order mark opening a line inside a file: files joined with `cat`, as the block path reads it)
        obj = decode_line(line.removeprefix("\ufeff"))
    except msgspec.DecodeError:
        return None
    return obj if isinstance(obj, dict) else None


def _docker_app_object(obj: dict[str, Any]) -> dict[str, Any] | None:
    """The app's own JSON object inside a Docker json-file record's `log`, if it is one."""
    log = obj.get("log")
    if not (isinstance(log, str) and log.startswith("{") and "stream" in obj):
        return None
    try:
        inner = decode_line(log)
    except msgspec.DecodeError:
        return None
    return inner if isinstance(inner, dict) else None


def record_from_object(obj: dict[str, Any], line: str, default_service: str | None) -> Record:
    """Build a Record from a decoded JSON object (the one place aliases are resolved).

    A Docker json-file record whose `log` is a JSON line is the app's record, at Docker's time."""
    inner = _docker_app_object(obj)
    if inner is not None:
        record = record_from_object(inner, line, default_service)
        record.timestamp = _text(obj.get("time")) or record.timestamp
        return record
    get = obj.get
    found = {name: _resolve(get, name) for name in ALIASES}
    status = found["status"]
    raw_level = found["level"]
    level = LEVEL_CACHE[raw_level] if raw_level is not None else level_from_status(status)
    return Record(
        message=found["message"] or "",
        level=level,
        service=found["service"] or default_service,
        host=found["host"],
        timestamp=found["timestamp"],
        status=status,
        method=found["method"],
        path=found["path"],
        bytes=found["bytes"],
        latency_ms=found["latency_ms"],
        raw=line,
        fields={k: v for k, v in obj.items() if k not in _ALIAS_KEYS},
    )
