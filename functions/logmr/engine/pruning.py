"""Inputs a time window rules out by their names alone, never opened (partition pruning, as Athena
and Hive do it).

Logs are often written under dated names: `2026/11/26/` and `2026/11/26/13/` folders (Firehose,
ALB, CloudTrail), `dt=2026-11-26/hour=13/` or `year=2026/month=11/day=26/` partitions,
`app-2026-11-26.log` or CloudFront's `E2ABC.2026-11-26-13.a1b2.gz`. The most precise date in a key
(an hour beats a day; the last one wins a tie) says which hour or day its records are from; an
input is left out when that span, widened by an hour on each side (rotation and delivery lag),
misses the window [since, until). A key without a date is always read.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import msgspec

from .inputs import InputFile

# Each yields (year, month, day, hour or None).
_DATED = (
    re.compile(r"(?:dt|date|day)=(\d{4})-?(\d\d)-?(\d\d)(?:[/_-](?:hour|hr|h)=(\d\d?))?"),
    re.compile(r"year=(\d{4})/month=(\d\d?)/day=(\d\d?)(?:/hour=(\d\d?))?"),
    re.compile(r"(?<![\w])(\d{4})/(\d\d)/(\d\d)(?:/(\d\d)(?=/))?(?=/)"),
    re.compile(r"(?<!\d)(\d{4})-(\d\d)-(\d\d)(?:[-T_](\d\d)(?![\d:]))?(?!\d)"),
    re.compile(r"(?<!\d)(20\d\d)(\d\d)(\d\d)(?:T(\d\d)\d\d)?(?!\d)"),
)
LAG = timedelta(hours=1)


class Pruned(msgspec.Struct):
    """What a window left unread: how many inputs and how many bytes."""

    files: int = 0
    bytes: int = 0


def span_of(key: str) -> tuple[datetime, datetime] | None:
    """[start, end) of the hour or day a key's most precise date names, or None without one."""
    best: tuple[int, int, datetime, timedelta] | None = None
    for pattern in _DATED:
        for found in pattern.finditer(key):
            year, month, day, hour = found.groups()
            try:
                start = datetime(int(year), int(month), int(day), int(hour or 0), tzinfo=UTC)
            except ValueError:
                continue
            width = timedelta(hours=1) if hour is not None else timedelta(days=1)
            rank = (hour is not None, found.end())
            if best is None or rank > best[:2]:
                best = (*rank, start, width)
    if best is None:
        return None
    return best[2], best[2] + best[3]


def prune(files: list[InputFile], since: str | None, until: str | None) -> tuple[list[InputFile], Pruned]:
    """The inputs whose names do not rule them out of [since, until), and what was left out."""
    if not since and not until:
        return files, Pruned()
    low = datetime.fromisoformat(since) if since else None
    high = datetime.fromisoformat(until) if until else None
    kept: list[InputFile] = []
    pruned = Pruned()
    for item in files:
        span = span_of(item.uri)
        if span is not None and (
            (low is not None and span[1] + LAG <= low) or (high is not None and span[0] - LAG >= high)
        ):
            pruned.files += 1
            pruned.bytes += item.size
        else:
            kept.append(item)
    return kept, pruned
