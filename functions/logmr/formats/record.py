"""The record every format produces, and the normalisation of log levels."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

LEVELS = ("DEBUG", "INFO", "WARN", "ERROR", "FATAL")
DEFAULT_LEVEL = "INFO"

# Spellings seen in the wild, lowercased, mapped to the five levels.
_LEVEL_ALIASES = {
    "trace": "DEBUG",
    "finest": "DEBUG",
    "finer": "DEBUG",
    "fine": "DEBUG",
    "debug": "DEBUG",
    "dbg": "DEBUG",
    "verbose": "DEBUG",
    "info": "INFO",
    "information": "INFO",
    "informational": "INFO",
    "notice": "INFO",
    "config": "INFO",
    "i": "INFO",
    "warn": "WARN",
    "warning": "WARN",
    "w": "WARN",
    "error": "ERROR",
    "err": "ERROR",
    "severe": "ERROR",
    "e": "ERROR",
    "fatal": "FATAL",
    "critical": "FATAL",
    "crit": "FATAL",
    "alert": "FATAL",
    "emerg": "FATAL",
    "emergency": "FATAL",
    "panic": "FATAL",
    "f": "FATAL",
}

# Syslog severities 0..7 (RFC 5424 table 2).
SYSLOG_SEVERITY = ("FATAL", "FATAL", "FATAL", "ERROR", "WARN", "INFO", "INFO", "DEBUG")
# Numeric levels of bunyan/pino (10 trace .. 60 fatal) and Python's logging (10 .. 50).
_NUMERIC_LEVELS = {10: "DEBUG", 20: "INFO", 30: "INFO", 40: "WARN", 50: "ERROR", 60: "FATAL"}


def normalize_level(raw: Any) -> str:
    """Map a level as written by some logger to one of LEVELS (INFO when absent or unknown)."""
    if raw is None or raw == "":
        return DEFAULT_LEVEL
    if isinstance(raw, bool):
        return DEFAULT_LEVEL
    if isinstance(raw, int | float):
        return _NUMERIC_LEVELS.get(int(raw), DEFAULT_LEVEL)
    text = str(raw).strip().lower()
    found = _LEVEL_ALIASES.get(text)
    if found is not None:
        return found
    if text.isdigit():
        return _NUMERIC_LEVELS.get(int(text), DEFAULT_LEVEL)
    return DEFAULT_LEVEL


def level_from_status(status: int | None) -> str:
    """Access logs have no level: a 5xx answer is an ERROR, a 4xx a WARN."""
    if status is None:
        return DEFAULT_LEVEL
    if status >= 500:
        return "ERROR"
    if status >= 400:
        return "WARN"
    return "INFO"


_TIME_FORMATS = (
    "%Y-%m-%dT%H:%M:%S.%f%z",
    "%Y-%m-%dT%H:%M:%S%z",
    "%Y-%m-%dT%H:%M:%S.%f",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M:%S,%f",
    "%Y-%m-%d %H:%M:%S.%f",
    "%Y-%m-%d %H:%M:%S",
    "%d/%b/%Y:%H:%M:%S %z",
    "%a %b %d %H:%M:%S %Y",
    "%y/%m/%d %H:%M:%S",
    "%y%m%d %H%M%S",
)


def parse_timestamp(text: str | None) -> datetime | None:
    """Parse the timestamp layouts the formats produce; None when it is not one of them."""
    if not text:
        return None
    value = text.strip()
    if value.endswith("Z"):
        value = value[:-1] + "+0000"
    for layout in _TIME_FORMATS:
        try:
            return datetime.strptime(value, layout)
        except ValueError:
            continue
    return None


@dataclass(slots=True)
class Record:
    """One parsed log line.

    The common fields are filled by every format (None where the line has no such part);
    `fields` keeps everything else the format found, such as a JSON line's extra keys.
    """

    message: str
    level: str = DEFAULT_LEVEL
    service: str | None = None
    host: str | None = None
    timestamp: str | None = None
    status: int | None = None
    method: str | None = None
    path: str | None = None
    bytes: int | None = None
    latency_ms: float | None = None
    raw: str = ""
    fields: dict[str, Any] = field(default_factory=dict)

    @property
    def time(self) -> datetime | None:
        """The timestamp parsed into a datetime, when its layout is known."""
        return parse_timestamp(self.timestamp)

    def get(self, name: str, default: Any = None) -> Any:
        """A common field or a format-specific one, by name."""
        if name in _COMMON_FIELDS:
            value = getattr(self, name)
            return default if value is None else value
        return self.fields.get(name, default)


_COMMON_FIELDS = frozenset(Record.__dataclass_fields__) - {"fields"}
