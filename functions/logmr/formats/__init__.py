"""Log formats: parsing lines into records, and detecting a file's format from a sample."""

from __future__ import annotations

from .access import AccessLogFormat, ApacheErrorFormat
from .base import Batch, LogFormat
from .binary import binary_reason
from .cri import CriFormat
from .json_pieces import starts_like_json_object
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
        CriFormat(),
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


def sample_lines(sample: bytes) -> list[str]:
    """The sample's complete lines (its first ones, a byte order mark left out). The piece after
    the last newline may be a line cut by the sample's end, so it counts only when it is all
    there is (a one-line file, or a first line longer than the sample)."""
    text = sample.decode("utf-8", "replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    pieces = text.split("\n", DETECT_SAMPLE_LINES)
    if len(pieces) > 1:
        pieces.pop()  # cut by the sample's end, or the rest beyond DETECT_SAMPLE_LINES, or ""
    return [line.rstrip("\r") for line in pieces if line.strip()]


def detect_format(sample: bytes) -> LogFormat:
    """The format most of the sample's complete lines match (at least half of them), else plain
    text. A sample without a complete line (a first line longer than the sample) is JSON when it
    starts like a JSON object."""
    lines = sample_lines(sample)
    if not lines:
        return FORMATS["plain"]
    if len(lines) == 1 and b"\n" not in sample and starts_like_json_object(lines[0]):
        return FORMATS["json"]
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
