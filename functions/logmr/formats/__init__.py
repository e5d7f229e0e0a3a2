"""Log formats: parsing lines into records, and detecting a file's format from a sample.

A format's module is imported when the format is first asked for (get_format, or detection
reaching it): a JSON job never loads the text formats' kernels (tests/test_imports.py)."""

from __future__ import annotations

from importlib import import_module
from typing import Any

from .ansi import without_ansi
from .base import Batch, LogFormat
from .binary import binary_reason
from .json_pieces import starts_like_json_object
from .record import LEVELS, Record, normalize_level

#: Format name -> (its module in this package, its class), in detection order: the most specific
#: layouts first; plain text matches anything.
FORMAT_CLASSES: dict[str, tuple[str, str]] = {
    "json": ("jsonl", "JsonLinesFormat"),
    "cri": ("cri", "CriFormat"),
    "compose": ("compose", "ComposeFormat"),
    "access": ("access", "AccessLogFormat"),
    "columns": ("columns", "ColumnsFormat"),
    "pgcsv": ("pgcsv", "PostgresCsvFormat"),
    "apache_error": ("access", "ApacheErrorFormat"),
    "syslog": ("syslog", "SyslogFormat"),
    "auditd": ("auditd", "AuditdFormat"),
    "logfmt": ("logfmt", "LogfmtFormat"),
    "rich": ("rich_console", "RichConsoleFormat"),
    "xml": ("xml_records", "XmlRecordsFormat"),
    "json_pretty": ("json_pretty", "JsonPrettyFormat"),
    "journal": ("journal_records", "JournalFormat"),
    "mysql_slow": ("mysql_slow", "MysqlSlowFormat"),
    "plain": ("plain", "PlainTextFormat"),
}
FORMAT_NAMES = tuple(FORMAT_CLASSES)
AUTO = "auto"
DETECT_SAMPLE_LINES = 200
DETECT_MIN_SHARE = 0.5
#: Formats told by a fit of the whole sample, not by a share of lines each matching: Rich's console,
#: whose `[time] LEVEL    message` lines another logger's layout may write (rich_console.rich_fit),
#: XML records, a line of each opening one (xml_records.xml_fit), and JSON objects over several
#: lines (json_pretty.pretty_fit), journalctl's verbose and export entries (journal_records.journal_fit), and
#: MySQL's slow query log (mysql_slow.slow_fit).
_BY_FIT_ONLY = frozenset({"rich", "xml", "json_pretty", "journal", "mysql_slow"})

_loaded: dict[str, LogFormat] = {}


class UnknownFormatError(ValueError):
    """A format name that is not one of FORMAT_NAMES."""


def get_format(name: str) -> LogFormat:
    """The format called `name`: one instance per process, whichever thread asks first."""
    fmt = _loaded.get(name)
    if fmt is not None:
        return fmt
    try:
        module, cls = FORMAT_CLASSES[name]
    except KeyError:
        known = ", ".join(FORMAT_NAMES)
        raise UnknownFormatError(f"unknown format {name!r}; choose one of: auto, {known}") from None
    return _loaded.setdefault(name, getattr(import_module(f"{__name__}.{module}"), cls)())


def __getattr__(name: str) -> Any:
    """FORMATS, name -> format, every format imported: for what lists or checks them all."""
    if name == "FORMATS":
        return {fmt: get_format(fmt) for fmt in FORMAT_NAMES}
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    starts like a JSON object. The first format to match every line wins: no later one can match
    more (so a JSON file's detection imports no other format). Terminal colours are read past."""
    lines = sample_lines(without_ansi(sample))
    if not lines:
        return get_format("plain")
    if any(line.startswith(("#Fields:", "#fields\t")) for line in lines):  # W3C extended, Zeek: named columns
        from .columns_layouts import w3c_fit

        if w3c_fit(lines) >= DETECT_MIN_SHARE * len(lines):
            return get_format("columns")
    if lines[0][:1].islower() and " " in lines[0]:  # (a VPC flow log's header names its columns)
        from .columns_documented import vpc_fit

        if vpc_fit(lines) >= DETECT_MIN_SHARE * len(lines):
            return get_format("columns")
    if len(lines) == 1 and b"\n" not in sample and starts_like_json_object(lines[0]):
        return get_format("json")
    if lines[0].rstrip() == "{":
        from .json_pretty import pretty_fit

        if pretty_fit(lines):
            return get_format("json_pretty")
    head = next((line for line in lines[:3] if not line.startswith("-- ")), "")
    if head.startswith("__") or "[s=" in head:
        from .journal_records import journal_fit

        if journal_fit(lines, sample):
            return get_format("journal")
    if lines[0].startswith(("# ", "SET timestamp=")) or ", Version: " in lines[0]:
        from .mysql_slow import slow_fit

        if slow_fit(lines):
            return get_format("mysql_slow")
    if lines[0].lstrip()[:1] == "<":
        from .xml_records import xml_fit

        if xml_fit(lines):
            return get_format("xml")
    if lines[0][:1] in ("[", " "):
        from .rich_console import rich_fit

        if rich_fit(lines):
            return get_format("rich")
    best, best_hits = "plain", 0
    for name in FORMAT_NAMES:
        if name == "plain" or best_hits == len(lines):
            break
        if name in _BY_FIT_ONLY:
            continue
        fmt = get_format(name)
        hits = sum(1 for line in lines if fmt.matches(line))
        if hits > best_hits:
            best, best_hits = name, hits
    if best_hits < DETECT_MIN_SHARE * len(lines):
        return get_format("plain")
    return get_format(best)


__all__ = [
    "AUTO",
    "FORMATS",
    "FORMAT_NAMES",
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
