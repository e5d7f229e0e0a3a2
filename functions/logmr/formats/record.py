"""The record every format produces, and the normalisation of log levels."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from .times import MONTHS

LEVELS = ("DEBUG", "INFO", "WARN", "ERROR", "FATAL")
DEFAULT_LEVEL = "INFO"

# Spellings seen in the wild, lowercased, mapped to the five levels.
_LEVEL_ALIASES = {
    "trace": "DEBUG",
    "trce": "DEBUG",  # .NET's console (trce, dbug, info, warn, fail, crit)
    "trc": "DEBUG",
    "vrb": "DEBUG",  # Serilog's and zerolog's three letters (VRB, DBG, INF, WRN, ERR, FTL)
    "silly": "DEBUG",
    "finest": "DEBUG",
    "finer": "DEBUG",
    "fine": "DEBUG",
    "debug": "DEBUG",
    **{f"debug{n}": "DEBUG" for n in range(1, 6)},  # PostgreSQL's DEBUG1 to DEBUG5
    "maxdebug": "DEBUG",  # (MiniDLNA's)
    "dbg": "DEBUG",
    "deb": "DEBUG",  # (Python's levelname cut: `%(levelname).3s` DEB WAR CRI, `%(levelname)-5.5s` WARNI CRITI)
    "war": "WARN",
    "warni": "WARN",
    "cri": "FATAL",
    "criti": "FATAL",
    "dbug": "DEBUG",
    "debg": "DEBUG",  # supervisord's four letters (TRAC, DEBG, INFO, WARN, ERRO, CRIT)
    "trac": "DEBUG",
    "erro": "ERROR",
    "eror": "ERROR",  # (Icecast's four letters: EROR, WARN, INFO, DBUG)
    "verbose": "DEBUG",
    "verb": "DEBUG",  # (npmlog's)
    "verbo": "DEBUG",  # (captains-log's: Sails')
    "info": "INFO",
    "information": "INFO",
    "inf": "INFO",
    "informational": "INFO",
    "notice": "INFO",
    "config": "INFO",
    "success": "INFO",
    "mark": "INFO",  # (log4js' MARK, above FATAL: a marker, not a failure)
    "http": "INFO",
    "i": "INFO",
    "warn": "WARN",
    "warning": "WARN",
    "wrn": "WARN",
    "w": "WARN",
    "error": "ERROR",
    "err": "ERROR",
    "err!": "ERROR",  # (npmlog's: npm's `npm ERR!`, node-gyp's `gyp ERR!`)
    "severe": "ERROR",
    "fail": "ERROR",
    "e": "ERROR",
    "fatal": "FATAL",
    "ftl": "FATAL",
    "critical": "FATAL",
    "crit": "FATAL",
    "alert": "FATAL",
    "emerg": "FATAL",
    "emergency": "FATAL",
    "panic": "FATAL",
    "dpanic": "FATAL",
    "pnc": "FATAL",  # (zerolog's console: PNC)
    "f": "FATAL",
    **{"ii": "INFO", "ww": "WARN", "ee": "ERROR", "--": "INFO", "**": "INFO", "==": "INFO", "++": "INFO", "!!": "INFO"},
}  # (the last: Xorg's message types, `(II)`, `(WW)`...)

# Syslog severities 0..7 (RFC 5424 table 2): journald's PRIORITY, GELF's level.
SYSLOG_SEVERITY = ("FATAL", "FATAL", "FATAL", "ERROR", "WARN", "INFO", "INFO", "DEBUG")
# bunyan/pino levels from 10 up: 10 trace, 20 debug, 30 info, 40 warn, 50 error, 60 fatal (custom
# levels in between take the level below them).
_PINO_LEVELS = ((60, "FATAL"), (50, "ERROR"), (40, "WARN"), (30, "INFO"), (10, "DEBUG"))
# Monolog's (PHP: Laravel, Symfony): 100 DEBUG, 200 INFO, 250 NOTICE, 300 WARNING, 400 ERROR,
# 500 CRITICAL, 550 ALERT, 600 EMERGENCY. (Log4j 2's intLevel, 600 TRACE to 100 FATAL, logback's
# level_value and java.util.logging's numbers write levels past 99 on scales of their own, each
# beside its word, which their aliases read first; a number alone past 99 is read as Monolog's.)
_MONOLOG_LEVELS = ((500, "FATAL"), (400, "ERROR"), (300, "WARN"), (200, "INFO"), (100, "DEBUG"))


def numeric_level(number: int) -> str:
    """A level written as a number: 0..7 is a syslog severity (journald's PRIORITY, GELF's
    level), 10 to 99 a bunyan/pino level, 100 and up Monolog's. The ranges do not overlap, so the
    value decides."""
    if 0 <= number < len(SYSLOG_SEVERITY):
        return SYSLOG_SEVERITY[number]
    for floor, level in _MONOLOG_LEVELS if number >= 100 else _PINO_LEVELS:
        if number >= floor:
            return level
    return DEFAULT_LEVEL


def known_level(text: str) -> str | None:
    """The level a word names in one of the spellings loggers write (any case), else None."""
    return _LEVEL_ALIASES.get(text.lower())


def normalize_level(raw: Any) -> str:
    """Map a level as written by some logger to one of LEVELS (INFO when absent or unknown)."""
    if raw is None or raw == "":
        return DEFAULT_LEVEL
    if isinstance(raw, bool):
        return DEFAULT_LEVEL
    if isinstance(raw, int | float):
        return numeric_level(int(raw))
    text = str(raw).strip().lower()
    found = _LEVEL_ALIASES.get(text)
    if found is not None:
        return found
    if text.isdigit():
        return numeric_level(int(text))
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
    "%a %b %d %H:%M:%S.%f %Y",
    "%y/%m/%d %H:%M:%S",
    "%y%m%d %H%M%S",
    "%d-%m-%Y %H:%M:%S",  # (day first: Go's `02-01-2006 15:04:05`, CrowdSec's logrus time)
    "%d-%m-%Y %H:%M:%S.%f",
)


# A time starting with a word (`Sun Dec 04 ...`) can be read only by the layouts that start with one
# (the others begin with digits), and a time starting with a digit only by the others.
_WORD_FORMATS = tuple(layout for layout in _TIME_FORMATS if layout.startswith(("%a", "%b")))
_DIGIT_FORMATS = tuple(layout for layout in _TIME_FORMATS if layout not in _WORD_FORMATS)

EPOCH_NUMBER = re.compile(r"(\d+)(?:\.(\d*))?")  # (a time written so is read as an epoch)
UNIX_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# Below these, an epoch number is in seconds, else milli-, else micro-, else nanoseconds: 1e11 s is
# the year 5138, 1e11 ms is 1973 (no log is older than that).
_EPOCH_UNITS = ((10**11, 1), (10**14, 10**3), (10**17, 10**6))


def parse_epoch(text: str) -> datetime | None:
    """Seconds, milli-, micro- or nanoseconds since 1970 (the unit by the magnitude of the whole
    part), possibly with a fraction, as an aware UTC datetime; exact to the microsecond (truncated)."""
    found = EPOCH_NUMBER.fullmatch(text)
    if found is None:
        return None
    whole, fraction = int(found[1]), found[2] or ""
    per_second = 10**9
    for limit, unit in _EPOCH_UNITS:
        if whole < limit:
            per_second = unit
            break
    seconds, rest = divmod(whole, per_second)
    # The part below a second, in units of 1e-9 s: the rest of the whole part and the fraction's digits.
    nanos = rest * (10**9 // per_second) + int((fraction + "000000000")[:9]) // per_second
    try:
        return UNIX_EPOCH + timedelta(seconds=seconds, microseconds=nanos // 1000)
    except OverflowError:
        return None


_YEARLESS = re.compile(r"([A-Z][a-z]{2}) +(\d{1,2}) (\d\d:\d\d:\d\d)(\.\d{1,6})?")
_MONTH_NUMBERS = {name: n for n, name in enumerate(MONTHS, 1)}


def yearless_time(text: str, year: int | None = None, now: datetime | None = None) -> datetime | None:
    """A time written without its year (syslog's RFC 3164 `Nov  1 10:00:00`, klog's): in `year`
    when given, else in the current year unless that puts it more than two days ahead of `now`
    (December's logs read in January), then in the year before. Naive (no zone: UTC)."""
    found = _YEARLESS.fullmatch(text.strip())
    if found is None:
        return None
    now = now or datetime.now(UTC)
    month = _MONTH_NUMBERS.get(found[1])
    hour, minute, second = found[3].split(":")
    try:  # (as strptime's `%Y %b %d %H:%M:%S.%f` reads it, at a tenth of its cost)
        when = datetime(year or now.year, month or 0, int(found[2]), int(hour), int(minute), int(second))
    except ValueError:
        return None
    if found[4]:
        when = when.replace(microsecond=int(found[4][1:].ljust(6, "0")))
    # (whole seconds compared: a time's fraction never changes its year)
    if year is None and when.replace(microsecond=0) > now.replace(tzinfo=None) + timedelta(days=2):
        when = when.replace(year=when.year - 1)
    return when


def parse_timestamp(text: str | None, year: int | None = None, now: datetime | None = None) -> datetime | None:
    """Parse the timestamp layouts the formats produce (ISO 8601 with any offset and fraction,
    epoch numbers, the text layouts below, year-less times as `yearless_time` reads them with
    `year` and `now`); None when it is not one of them."""
    if not text:
        return None
    value = text.strip()
    if value[:1].isdigit():
        if value.isdigit() or EPOCH_NUMBER.fullmatch(value):
            return parse_epoch(value)
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            pass
        if value.endswith((" UTC", " GMT")):  # (PostgreSQL's `2026-12-02 14:33:22.248 UTC`)
            return parse_timestamp(value[:-4] + "+00:00")
    if value[:1].isupper() and _YEARLESS.fullmatch(value):  # no layout below reads a year-less time
        return yearless_time(value, year, now)
    if value.endswith("Z"):
        value = value[:-1] + "+0000"
    for layout in _DIGIT_FORMATS if value[:1].isdigit() else _WORD_FORMATS:
        try:
            return datetime.strptime(value, layout)
        except ValueError:
            continue
    return yearless_time(value, year, now)


@dataclass(slots=True)
class Record:
    """One parsed log line.

    The common fields are filled by every format (None where the line has no such part);
    `fields` keeps everything else the format found, such as a JSON line's extra keys. `text`
    is the line as a person reads it: `raw` with a JSON line's string escapes resolved (see
    formats/json_text.py), and `raw` itself (the default) for the other formats.
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
    text: str = field(default="", compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.text:
            self.text = self.raw

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
