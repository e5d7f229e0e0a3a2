"""The benchmark profiles `logmr gen --profile NAME` writes: name -> (family, file suffix, what it
is). Cheap to import (the CLI lists it in its help); the renderers live in gen/profiles/."""

from __future__ import annotations

from typing import NamedTuple


class ProfileInfo(NamedTuple):
    family: str
    suffix: str
    description: str


def _many(family: str, suffix: str, entries: dict[str, str]) -> dict[str, ProfileInfo]:
    return {name: ProfileInfo(family, suffix, text) for name, text in entries.items()}


PROFILES: dict[str, ProfileInfo] = {
    **_many(
        "json",
        ".jsonl",
        {
            "pino": "pino: numeric levels 10-60, epoch ms, hostname, name",
            "zap": "zap production: float epoch seconds, logger, caller, stacktrace",
            "logrus-json": "logrus JSONFormatter: sorted keys, time to the second",
            "zerolog": "zerolog: level first, `message`, time to the second",
            "slog-json": "slog JSONHandler: nanosecond time, DEBUG..ERROR",
            "python-json": "json.dumps defaults: \\uXXXX escapes, ': ' ', ', 10% CRLF, 1/2000 lines cut short",
            "ecs": "ecs-logging: dotted log.level, nested service.name and host.hostname",
            "docker-pino": "Docker json-file lines wrapping pino's JSON in `log`",
            "gelf": "GELF 1.0 (graypy): syslog level numbers, facility, float timestamp",
            "journald": "journalctl -o json: string values, shuffled keys, PRIORITY, SYSLOG_IDENTIFIER",
        },
    ),
    **_many(
        "logfmt",
        ".log",
        {
            "logrus-text": "logrus TextFormatter: logfmt with Go-quoted values",
            "slog-text": "slog TextHandler: logfmt with Go-quoted values",
        },
    ),
    **_many(
        "text",
        ".log",
        {
            "log4j2": "Log4j2 PatternLayout %d %p %c{1.} [%t] %m%n, Java stack traces",
            "logback": "logback %date %level [%thread] %logger{10} [%file:%line] %msg, stack traces",
            "python-logging": "Python logging %(asctime)s %(levelname)s %(name)s: %(message)s, tracebacks",
            "klog": "klog: Lmmdd hh:mm:ss.uuuuuu pid file:line], InfoS quoted messages",
            "nginx-error": "nginx error_log: yyyy/mm/dd hh:mm:ss [level] pid#tid: *conn ...",
            "apache-error": "Apache 2.4 error log: [date] [module:level] [pid:tid] [client] AHnnnnn: ...",
        },
    ),
    **_many(
        "access",
        ".log",
        {
            "access-combined": "combined access log with the request time appended",
            "aws-alb": "AWS Application Load Balancer access log, its documented fields",
        },
    ),
    **_many(
        "syslog",
        ".log",
        {
            "rfc3164": "syslog RFC 3164 as util-linux logger sends it",
            "rfc5424": "syslog RFC 5424 with structured data",
        },
    ),
    **_many(
        "system",
        ".log",
        {
            f"loghub-{name.lower()}": f"loghub's {name} sample scaled up, variables refreshed"
            for name in ("Apache", "HDFS", "Hadoop", "Linux", "OpenSSH", "Proxifier", "Spark", "Zookeeper")
        },
    ),
}
