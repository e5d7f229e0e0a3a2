"""How DuckDB and polars read each `logmr gen --profile` family, for bench/families.py: where a
record's service, level, message and minute are, as the profile writes them (gen/profiles/).

JSON profiles name their fields by path (a dotted key is one key; a tuple is a nested path; `log`
wrapped app JSON is read with a JSON path). Text profiles are one regex over each line with the
groups minute, level, service and message; lines it does not match (stack traces, the second line
of a message) are not records, as in logmr. The minute is grouped on as written (its text up to the
minute, or an epoch floored to the minute) and turned into an instant after the group-by."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import NamedTuple


class JsonSpec(NamedTuple):
    service: tuple[str, ...] | None
    level: tuple[str, ...]
    message: tuple[str, ...]
    time: tuple[str, ...]
    time_unit: str  # "ms", "s", "us" (an epoch, number or digits) or "iso" (RFC 3339 text, UTC)
    types: dict[str, str]  # top-level key -> "str", "int", "float" or "struct:<field>" or "json"


JSON: dict[str, JsonSpec] = {
    "pino": JsonSpec(("name",), ("level",), ("msg",), ("time",), "ms", {"level": "int", "time": "int"}),
    "zap": JsonSpec(("logger",), ("level",), ("msg",), ("ts",), "s", {"ts": "float"}),
    "logrus-json": JsonSpec(("service",), ("level",), ("msg",), ("time",), "iso", {}),
    "zerolog": JsonSpec(("service",), ("level",), ("message",), ("time",), "iso", {}),
    "slog-json": JsonSpec(("service",), ("level",), ("msg",), ("time",), "iso", {}),
    "python-json": JsonSpec(("service",), ("level",), ("msg",), ("ts",), "iso", {}),
    "ecs": JsonSpec(("service", "name"), ("log.level",), ("message",), ("@timestamp",), "iso", {"service": "struct"}),
    "docker-pino": JsonSpec(("log", "$.name"), ("log", "$.level"), ("log", "$.msg"), ("time",), "iso", {"log": "json"}),
    "gelf": JsonSpec(
        ("facility",), ("level",), ("short_message",), ("timestamp",), "s", {"level": "int", "timestamp": "float"}
    ),
    "journald": JsonSpec(("SYSLOG_IDENTIFIER",), ("PRIORITY",), ("MESSAGE",), ("__REALTIME_TIMESTAMP",), "us", {}),
}


class TextSpec(NamedTuple):
    regex: str  # with (?P<minute>) (?P<level>) (?P<message>) and optionally (?P<service>)
    minute_format: str  # strptime format of the minute group; no %Y: the year is 2026


MONTH = r"[A-Z][a-z]{2}"
TEXT: dict[str, TextSpec] = {
    "logrus-text": TextSpec(
        r'^time="(?P<minute>\d{4}-\d\d-\d\dT\d\d:\d\d):\d\dZ" level=(?P<level>\w+) '
        r'msg=(?P<message>"(?:[^"\\]|\\.)*"|\S*)'
        r".* service=(?P<service>\S+)$",
        "%Y-%m-%dT%H:%M",
    ),
    "slog-text": TextSpec(
        r"^time=(?P<minute>\d{4}-\d\d-\d\dT\d\d:\d\d)\S* level=(?P<level>\w+) msg=(?P<message>\"(?:[^\"\\]|\\.)*\"|\S*)"
        r" service=(?P<service>\S+)",
        "%Y-%m-%dT%H:%M",
    ),
    "log4j2": TextSpec(
        r"^(?P<minute>\d{4}-\d\d-\d\d \d\d:\d\d):\d\d,\d{3} (?P<level>[A-Z]+) (?P<service>\S+) \[[^\]]*\] "
        r"(?P<message>.*)$",
        "%Y-%m-%d %H:%M",
    ),
    "logback": TextSpec(
        r"^(?P<minute>\d{4}-\d\d-\d\d \d\d:\d\d):\d\d\.\d{3} (?P<level>[A-Z]+) \[[^\]]*\] (?P<service>\S+) \[[^\]]*\] "
        r"(?P<message>.*)$",
        "%Y-%m-%d %H:%M",
    ),
    "python-logging": TextSpec(
        r"^(?P<minute>\d{4}-\d\d-\d\d \d\d:\d\d):\d\d,\d{3} (?P<level>[A-Z]+) (?P<service>[^ :]+): (?P<message>.*)$",
        "%Y-%m-%d %H:%M",
    ),
    "klog": TextSpec(
        r"^(?P<level>[IWEF])(?P<minute>\d{4} \d\d:\d\d):\d\d\.\d{6} +\d+ [^ \]]+\] (?P<message>.*)$", "%m%d %H:%M"
    ),
    "nginx-error": TextSpec(
        r"^(?P<minute>\d{4}/\d\d/\d\d \d\d:\d\d):\d\d \[(?P<level>\w+)\] \d+#\d+: (?:\*\d+ )?(?P<message>.*)$",
        "%Y/%m/%d %H:%M",
    ),
    "apache-error": TextSpec(
        rf"^\[\w{{3}} (?P<minute>{MONTH} \d\d \d\d:\d\d):\d\d\.\d+ \d{{4}}\] \[(?P<service>[^:\]]+):(?P<level>\w+)\] "
        r"\[pid [^\]]*\] (?:\[client [^\]]*\] )?(?P<message>.*)$",
        "%b %d %H:%M",
    ),
    "access-combined": TextSpec(
        r"^\S+ \S+ \S+ \[(?P<minute>\d\d/\w{3}/\d{4}:\d\d:\d\d):\d\d [^\]]*\] \"(?P<message>[^\"]*)\" "
        r"(?P<level>\d{3}) ",
        "%d/%b/%Y:%H:%M",
    ),
    "aws-alb": TextSpec(
        r"^\S+ (?P<minute>\d{4}-\d\d-\d\dT\d\d:\d\d):\S+ (?P<service>\S+) \S+ \S+ \S+ \S+ \S+ (?P<level>\d{3}) "
        r'\S+ \S+ \S+ "(?P<message>[^"]*)"',
        "%Y-%m-%dT%H:%M",
    ),
    "rfc3164": TextSpec(
        rf"^<(?P<level>\d+)>(?P<minute>{MONTH} [ \d]\d \d\d:\d\d):\d\d \S+ (?P<service>[^\[: ]+)(?:\[\d+\])?: "
        r"(?P<message>.*)$",
        "%b %d %H:%M",
    ),
    "rfc5424": TextSpec(
        r"^<(?P<level>\d+)>1 (?P<minute>\d{4}-\d\d-\d\dT\d\d:\d\d)\S* \S+ (?P<service>\S+) \S+ \S+ "
        r'(?:-|(?:\[(?:[^\]"]|"(?:[^"\\]|\\.)*")*\])+) (?P<message>.*)$',
        "%Y-%m-%dT%H:%M",
    ),
    "loghub-hdfs": TextSpec(
        r"^(?P<minute>\d{6} \d{4})\d\d \d+ (?P<level>[A-Z]+) (?P<service>[^:]+): (?P<message>.*)$", "%y%m%d %H%M"
    ),
    "loghub-spark": TextSpec(
        r"^(?P<minute>\d\d/\d\d/\d\d \d\d:\d\d):\d\d (?P<level>[A-Z]+) (?P<service>[^:]+): (?P<message>.*)$",
        "%y/%m/%d %H:%M",
    ),
}


def level_of(profile: str, raw: object) -> object:
    """The level as written, made comparable: klog's letters, syslog's PRI (severity = PRI % 8),
    an access log's status (5xx ERROR, 4xx WARN); the rest go to normalize_level as they are."""
    if raw is None:
        return None
    if profile == "klog":
        return {"I": "INFO", "W": "WARN", "E": "ERROR", "F": "FATAL"}[str(raw)]
    if profile in ("rfc3164", "rfc5424"):
        return int(raw) % 8
    if profile in ("access-combined", "aws-alb"):
        status = int(raw)
        return "ERROR" if status >= 500 else "WARN" if status >= 400 else "INFO"
    return raw


def minute_key(profile: str, value: object) -> str | None:
    """The minute grouped on (text or epoch minute) as `2026-11-01T00:00:00Z`."""
    if value is None or value == "":
        return None
    if profile in JSON:
        unit = JSON[profile].time_unit
        if unit == "iso":
            moment = datetime.strptime(str(value)[:16], "%Y-%m-%dT%H:%M").replace(tzinfo=UTC)
        else:
            moment = datetime.fromtimestamp(int(value) * 60, UTC)
    else:
        text = " ".join(str(value).split())
        moment = datetime.strptime(text, TEXT[profile].minute_format)
        if "%Y" not in TEXT[profile].minute_format and "%y" not in TEXT[profile].minute_format:
            moment = moment.replace(year=2026)
    return moment.strftime("%Y-%m-%dT%H:%M:00Z")


def digest_counts(counts: dict) -> dict:
    """The total, the number of distinct keys and the ten largest counts (ties by key)."""
    top = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))[:10]
    return {"total": sum(counts.values()), "distinct": len(counts), "top": [[str(k), v] for k, v in top]}
