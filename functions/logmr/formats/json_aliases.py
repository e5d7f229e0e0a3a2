"""Which JSON keys carry each record field, for every common logger (bunyan, pino, zap, logrus,
slog, structlog, Serilog CLEF, ECS, GELF, journald, Docker json-file, OpenTelemetry...), in order
of preference (json_fields.py reads them)."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .json_audit import milliseconds
from .json_envelopes import (
    MONGODB,
    Instant,
    app_insights_level,
    container_name,
    docker_log,
    docker_needs_lines,
    docker_text_level,
    instant,
    lambda_platform_type,
    mongodb_component,
    mongodb_severity,
    not_a_stream,
    otel_service,
    otel_severity,
    request_line,
    seconds_as_ms,
    text_only,
    utf8,
    waf_request,
)


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
    loose: bool = False  # the path's objects may hold other values in other logs (decoded as any too)


def _keys(*paths: str | tuple[str, ...]) -> tuple[Alias, ...]:
    return tuple(p if isinstance(p, Alias) else Alias(p if isinstance(p, tuple) else (p,)) for p in paths)


_LABELS = "logging.googleapis.com/labels"  # GCP structured logging


_TOOK = ("responseTime",)  # (pino-http's and Fastify's completion record: the time the request took)


def _node(parent: str, key: str, when: tuple[str, ...] | None = None) -> Alias:
    """`parent.key`, its parent decoded as an object or any other value (another log's `req` may be a
    text: no cliff), beside `when`, and kept in `fields`."""
    return Alias((parent, key), kept=True, when=when, loose=True)


# Record field -> where it may be, in order of preference (an alias read beside a mark, MongoDB's, stays
# last: a file that uses it is then decoded to its full depth; parse over small splits of mongodb_json.jsonl
# read its `c` as no service with an alias after it). See tests/data/loggers/README.md for
# which logger writes which.
_CLOUDTRAIL = ("eventVersion",)  # (a CloudTrail event's keys, read beside its version)
_FLUENTD = ("container_name",)  # (Docker's fluentd driver's and FireLens' records)
ALIASES: dict[str, tuple[Alias, ...]] = {
    "message": _keys(
        "message",
        "msg",
        ("fields", "message"),  # tracing-subscriber's json() (Rust)
        ("record", "message"),  # loguru's serialize (before its `text`, the formatted line)
        "@message",  # logstash
        Alias(("log",), convert=docker_log, record_path=docker_needs_lines),  # Docker json-file
        "text",
        "event",  # structlog
        "short_message",  # GELF
        Alias(("MESSAGE",), type=str | tuple[int, ...] | None, convert=utf8),  # journald
        "@m",  # Serilog CLEF: the rendered message, else its template as written
        "@mt",
        *(("properties", "message"), "Message"),  # Azure resource logs (FunctionAppLogs), AppTraces
        *(("jsonPayload", "message"), "textPayload"),  # Cloud Logging's LogEntry (sinks, exports)
        Alias(("type",), convert=lambda_platform_type, kept=True),  # Lambda's platform records
        *("message_type", "action_type"),  # Eliot's records name their kind, they hold no text
        Alias(
            ("request",), type=Any, convert=request_line, kept=True, when=("status",)
        ),  # nginx's `$request` (JSON access logs)
        Alias(("body",), kept=True, when=("observed_timestamp",)),  # OpenTelemetry's LogRecord.to_json() (console)
        Alias(("eventName",), kept=True, when=_CLOUDTRAIL),  # AWS CloudTrail: the API call (no text of its own)
        _node("protoPayload", "methodName", when=("logName",)),  # Google Cloud's audit logs (LogEntry): the call
        Alias(("operationName",), kept=True, when=("resourceId",)),  # Azure's activity and resource logs
        Alias(("query_name",), kept=True, when=("query_timestamp",)),  # Route 53 Resolver's query logs
        Alias(("httpRequest",), type=Any, convert=waf_request, kept=True, when=("webaclId",)),  # AWS WAF
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
        "severity_text",  # OpenTelemetry's LogRecord.to_json(), its number where it has no text
        Alias(("severity_number",), type=Any, convert=otel_severity, kept=True, when=("observed_timestamp",)),
        Alias(("SeverityLevel",), convert=app_insights_level),  # AppTraces: 0..4, a scale of its own
        *(("context", "logLevel"), "_logLevel"),  # Roarr (pino's numbers), lambda-log (Node's, for AWS Lambda)
        Alias(("s",), type=Any, convert=mongodb_severity, **MONGODB),  # F, E, W, I, D1..D5
        Alias(  # Docker json-file's and CRI's app line of text: the level it opens with or names
            ("log",),
            type=str | None,
            convert=docker_text_level,
            record_path=docker_needs_lines,
            when=("stream",),
        ),
        # (the fluentd driver's and FireLens' `log`, beside their `container_name`: not `source`, a service's key
        # in other logs, which a mark would have every file decode)
        Alias(("log",), type=str | None, convert=docker_text_level, record_path=docker_needs_lines, when=_FLUENTD),
    ),
    "service": _keys(
        "service",
        "app",
        "application",
        "logger",
        "component",
        Alias(("source",), convert=not_a_stream, kept=True),  # (Docker's fluentd driver and FireLens: the stream)
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
        Alias(("PROGRAM",), kept=True, when=("MESSAGE",)),  # syslog-ng's format-json
        Alias(("resource", "attributes", "service.name"), convert=otel_service),  # OpenTelemetry's to_json()
        *(("properties", "appName"), "AppRoleName", "logGroup"),  # Azure, AppTraces, CloudWatch subscriptions
        ("resource", "labels", "service_name"),  # LogEntry of a Cloud Run service
        "@module",  # hclog
        *("module", "collector"),  # log15's subloggers (`log.New("module", ...)`), node_exporter's collectors
        "backend_type",  # PostgreSQL's jsonlog (postmaster, client backend, checkpointer...)
        ("context", "application"),  # Roarr
        Alias(("target",), kept=True, when=("fields", "message")),  # tracing-subscriber's json() (Rust)
        Alias(("channel",), kept=True, when=("level_name",)),  # Monolog's JsonFormatter (PHP)
        _node("protoPayload", "serviceName", when=("logName",)),  # Google Cloud's audit logs: the API's service
        Alias(("eventSource",), kept=True, when=_CLOUDTRAIL),  # CloudTrail: the AWS service called
        Alias(("container_name",), convert=container_name, kept=True, when=("log",)),  # fluentd driver, FireLens
        Alias(("c",), type=Any, convert=mongodb_component, **MONGODB),  # NETWORK, STORAGE...
    ),
    "host": _keys(
        *("host", "hostname", "host.name", ("host", "hostname"), ("host", "name"), "_HOSTNAME", "MachineName"),
        *(("properties", "roleInstance"), "AppRoleInstance"),  # Azure resource logs, AppTraces
        Alias(("HOST",), kept=True, when=("MESSAGE",)),  # syslog-ng's format-json
        ("resource", "attributes", "host.name"),  # OpenTelemetry's LogRecord.to_json()
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
        Alias(("instant",), type=Instant | None, convert=instant),
        "__REALTIME_TIMESTAMP",
        "TimeGenerated",  # AppTraces
        Alias(("t",), type=str | None, convert=text_only),  # log15's (go-ethereum's), logfmt and JSON
        ("t", "$date"),  # MongoDB 4.4+
        Alias(("ISODATE",), kept=True, when=("MESSAGE",)),  # syslog-ng's format-json
        Alias(("observed_timestamp",), kept=True, when=("body",)),  # OpenTelemetry's, where no time
        Alias(("eventTime",), kept=True, when=_CLOUDTRAIL),  # CloudTrail
        Alias(("query_timestamp",), kept=True, when=("query_name",)),  # Route 53 Resolver
        Alias(("ibm_datetime",), kept=True),  # Open Liberty's and IBM MQ's JSON logs
    ),
    # (pino-http's and Fastify's `req` and `res` objects, their `responseTime` in ms: a request's completion
    # record, beside the time it took; an error's record holds `res` too, counted at its completion)
    "status": _keys(*("status", "status_code", "statusCode", "http.status_code"), _node("res", "statusCode", _TOOK)),
    "method": _keys("method", "http_method", "http.method", _node("req", "method")),
    "path": _keys("path", "url", "uri", "request_path", "http.path", _node("req", "url")),
    "bytes": _keys("bytes", "bytes_sent", "size", "response_bytes", "body_bytes_sent"),
    "latency_ms": _keys(
        *("latency_ms", "duration_ms", "response_time_ms", "elapsed_ms", "took_ms"),
        Alias(("request_time",), type=Any, convert=seconds_as_ms, kept=True),  # nginx's: seconds
        Alias(("responseTime",), type=Any, convert=milliseconds, kept=True),  # pino-http's, Fastify's
    ),
}
