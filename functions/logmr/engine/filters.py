"""Which records a job reads: `--where` conditions and a `--since`/`--until` time window, applied
in the map task before the job's own map (first step only: later steps read its output).

Conditions, all of which must hold:

- `FIELD=VALUE`, `FIELD!=VALUE`: equal or not (a record without the field is not equal);
- `FIELD in (A, B, ...)`: one of the values;
- `FIELD~REGEX`: the regex is found in the field's text (RE2, as patterns: linear time);
- `level>=LEVEL`, `level<=LEVEL`: on the normalised levels, DEBUG < INFO < WARN < ERROR < FATAL.

FIELD is level, service, host, status, method, path, message, or any field the format found
(`fields.user_id`). Values may be quoted ("two words", 'x'); levels are compared normalised
(`level=warning` is WARN), statuses as numbers. The window is half-open: since <= time < until;
a windowed job leaves out the records with no readable time and counts them as `untimed`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import msgspec

from ..formats.record import LEVELS, Record, normalize_level, parse_timestamp
from ..job import JobOptionsError

COMMON_FIELDS = ("level", "service", "host", "status", "method", "path", "message")
_CONDITION = re.compile(
    r"^\s*(?P<field>[A-Za-z_][\w.]*)\s*"
    r"(?:(?P<op>!=|>=|<=|=|~)\s*(?P<value>.*?)|\s+in\s*\((?P<values>.*)\))\s*$",
    re.S,
)
_RELATIVE = re.compile(r"^\s*(\d+)\s*([smhdw])\s*$")
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


class FilterError(JobOptionsError):
    """A condition or time that cannot be read; the message says how to write it (a bad job, like
    bad options: never retried)."""


class Condition(msgspec.Struct, frozen=True):
    field: str
    op: str  # "=", "!=", "in", "~", ">=", "<="
    values: tuple[str, ...]


def _unquoted(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1]
    return text


def _listed(text: str) -> tuple[str, ...]:
    items = re.findall(r"\"[^\"]*\"|'[^']*'|[^,]+", text)
    values = tuple(_unquoted(item) for item in items if item.strip())
    if not values:
        raise FilterError("`in ( )` needs at least one value: level in (ERROR, FATAL)")
    return values


def parse_condition(text: str) -> Condition:
    """One `--where` expression, checked: FilterError says what is wrong and how to write it."""
    found = _CONDITION.match(text)
    if found is None:
        raise FilterError(
            f"cannot read --where {text!r}: write FIELD=VALUE, FIELD!=VALUE, FIELD in (A, B), "
            "FIELD~REGEX or level>=LEVEL"
        )
    field = found["field"]
    if field not in COMMON_FIELDS and not (field.startswith("fields.") and len(field) > 7):
        raise FilterError(f"unknown field {field!r} in --where {text!r}: use {', '.join(COMMON_FIELDS)} or fields.NAME")
    op = found["op"] or "in"
    values = _listed(found["values"]) if op == "in" else (_unquoted(found["value"]),)
    if op in (">=", "<=") and field != "level":
        raise FilterError(f"{op} compares levels only (level>=WARN), not {field!r}")
    if field == "level" and op != "~":
        unknown = [v for v in values if normalize_level(v) == "INFO" and v.strip().upper() != "INFO"]
        if unknown:
            raise FilterError(f"unknown level {unknown[0]!r} in --where {text!r}: use {', '.join(LEVELS)}")
        values = tuple(normalize_level(v) for v in values)
    if field == "status" and op != "~" and not all(v.isdigit() for v in values):
        raise FilterError(f"a status is a number, not {values!r}, in --where {text!r}")
    return Condition(field, op, values)


def parse_time(text: str, now: datetime | None = None) -> str:
    """A `--since`/`--until` value as UTC ISO 8601: ISO 8601 with any offset (none means UTC), a
    date, or a span before now (`90m`, `6h`, `7d`, `2w`)."""
    now = now or datetime.now(UTC)
    relative = _RELATIVE.match(text)
    if relative:
        when = now - timedelta(seconds=int(relative[1]) * _SECONDS[relative[2]])
    else:
        try:
            when = datetime.fromisoformat(text.strip())
        except ValueError:
            raise FilterError(
                f"cannot read the time {text!r}: write ISO 8601 (2026-11-30T12:00:00+01:00, 2026-11-30) "
                "or a span before now (90m, 6h, 7d)"
            ) from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).isoformat().replace("+00:00", "Z")


def job_filter(where: Sequence[str], since: str | None, until: str | None) -> tuple[list[str], str | None, str | None]:
    """A job's conditions and window as its spec keeps them (times resolved to UTC ISO 8601 now),
    checked: FilterError before any work."""
    since_at = parse_time(since) if since else None
    until_at = parse_time(until) if until else None
    RecordFilter(where, since_at, until_at)
    return list(where), since_at, until_at


def check_window(since: str | None, until: str | None) -> None:
    if since and until and datetime.fromisoformat(since) >= datetime.fromisoformat(until):
        raise FilterError(f"--since {since} is not before --until {until}: the window would be empty")


def _line_patterns(regexes: dict[str, str]) -> Any:
    """The `~` conditions' regexes, searched per line (RE2 and Hyperscan, imported only for a job
    that has such a condition: they take tens of milliseconds to load)."""
    from ..analyses.linear import LinearPatterns

    try:
        return LinearPatterns(regexes, strategy="lines")
    except JobOptionsError as error:
        raise FilterError(str(error).replace("bad regex for pattern", "bad regex in --where")) from None


class RecordFilter:
    """The conditions and window of a job, for records (`keep`) and for columns (`mask`)."""

    def __init__(self, where: Sequence[str], since: str | None = None, until: str | None = None) -> None:
        self.conditions = [parse_condition(text) for text in where]
        self.texts = list(where)
        self.since = datetime.fromisoformat(since) if since else None
        self.until = datetime.fromisoformat(until) if until else None
        check_window(since, until)
        regexes = {self.texts[i]: c.values[0] for i, c in enumerate(self.conditions) if c.op == "~"}
        self._regexes = _line_patterns(regexes) if regexes else None
        self.windowed = self.since is not None or self.until is not None
        wanted = [c.field.partition(".")[0] for c in self.conditions] + (["timestamp"] if self.windowed else [])
        #: The record fields the filter reads (columns the parser must give).
        self.fields = tuple(dict.fromkeys(wanted))

    def mask(self, columns: dict[str, list[Any]], count: int) -> tuple[list[bool], int, int]:
        """Which of `count` records to keep; and how many were filtered out, and left out untimed."""
        keep = [True] * count
        for index, condition in enumerate(self.conditions):
            values = self._values(columns, condition.field, count)
            hits = self._hits(index, condition, values)
            keep = [k and h for k, h in zip(keep, hits, strict=True)]
        untimed = 0
        if self.windowed:
            for i, text in enumerate(columns["timestamp"]):
                if not keep[i]:
                    continue
                when = self.instant(text)
                if when is None:
                    untimed += 1
                    keep[i] = False
                elif (self.since and when < self.since) or (self.until and when >= self.until):
                    keep[i] = False
        kept = sum(keep)
        return keep, count - kept - untimed, untimed

    def keep(self, record: Record) -> tuple[bool, bool]:
        """(kept, untimed) for one record."""
        columns = {name: [getattr(record, name)] for name in self.fields}
        keep, _, untimed = self.mask(columns, 1)
        return keep[0], bool(untimed)

    @staticmethod
    def _values(columns: dict[str, list[Any]], field: str, count: int) -> list[Any]:
        if field.startswith("fields."):
            name = field[7:]
            return [(extra or {}).get(name) if isinstance(extra, dict) else None for extra in columns["fields"]]
        return columns[field]

    def _hits(self, index: int, condition: Condition, values: list[Any]) -> list[bool]:
        op, wanted = condition.op, condition.values
        if op == "~":
            assert self._regexes is not None
            texts = ["" if v is None else str(v) for v in values]
            found = set(self._regexes.matching_lines(texts)[list(self._regexes.sources).index(self.texts[index])])
            return [i in found and values[i] is not None for i in range(len(values))]
        if condition.field == "level" and op in (">=", "<="):
            rank = LEVELS.index(wanted[0])
            ranks = {level: LEVELS.index(level) for level in LEVELS}
            if op == ">=":
                return [ranks.get(v, -1) >= rank for v in values]
            return [0 <= ranks.get(v, 99) <= rank for v in values]
        texts = [None if v is None else str(v) for v in values]
        if op == "!=":
            return [t != wanted[0] for t in texts]
        chosen = set(wanted)
        return [t in chosen for t in texts]

    def instant(self, text: str | None) -> datetime | None:
        """A record's time as an aware UTC datetime (no offset means UTC; syslog's year-less times
        take the current year, or the one before when that would put them over two days ahead)."""
        when = parse_timestamp(text)
        if when is None:
            return None
        return when.replace(tzinfo=UTC) if when.tzinfo is None else when
