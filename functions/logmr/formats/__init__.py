"""Log formats: parsing lines into records, and detecting a file's format from a sample."""

from __future__ import annotations

from .access import AccessLogFormat, ApacheErrorFormat
from .base import Batch, LogFormat
from .binary import binary_reason
from .jsonl import JsonLinesFormat
from .logfmt import LogfmtFormat
from .plain import PlainTextFormat
from .record import LEVELS, Record, normalize_level
from .syslog import SyslogFormat

# Detection order: the most specific layouts first; plain text matches anything.
FORMATS: dict[str, LogFormat] = {
    fmt.name: fmt
    for fmt in (
        JsonLinesFormat(),
        AccessLogFormat(),
        ApacheErrorFormat(),
        SyslogFormat(),
        LogfmtFormat(),
        PlainTextFormat(),
    )
}
AUTO = "auto"
DETECT_SAMPLE_LINES = 200
DETECT_MIN_SHARE = 0.5


class UnknownFormatError(ValueError):
    """A format name that is not one of FORMATS."""


def get_format(name: str) -> LogFormat:
    """The format called `name`."""
    try:
        return FORMATS[name]
    except KeyError:
        known = ", ".join(FORMATS)
        raise UnknownFormatError(f"unknown format {name!r}; choose one of: auto, {known}") from None


def detect_format(sample: bytes) -> LogFormat:
    """The format most of the sample's lines match (at least half of them), else plain text."""
    lines = [
        line.rstrip("\r")
        for line in sample.decode("utf-8", "replace").split("\n")[:DETECT_SAMPLE_LINES]
        if line.strip()
    ]
    if not lines:
        return FORMATS["plain"]
    best, best_hits = FORMATS["plain"], 0
    for fmt in FORMATS.values():
        if fmt.name == "plain":
            continue
        hits = sum(1 for line in lines if fmt.matches(line))
        if hits > best_hits:
            best, best_hits = fmt, hits
    if best_hits < DETECT_MIN_SHARE * len(lines):
        return FORMATS["plain"]
    return best


__all__ = [
    "AUTO",
    "FORMATS",
    "LEVELS",
    "Batch",
    "LogFormat",
    "Record",
    "UnknownFormatError",
    "binary_reason",
    "detect_format",
    "get_format",
    "normalize_level",
]
