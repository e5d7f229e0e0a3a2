"""services' and timeline's keys of an access log block (`AccessLogFormat.count_block`): counted
in one C pass over the block (line_counts.counted_in_c, the access regex's DFA reading the time
and status), else from the Arrow arrays of access_kernel.py's kernel; each distinct (time, status)
read once."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from .access_kernel import access_arrays
from .base import SECOND, Batch, LogFormat
from .columnar import group_counts, named_groups_only, to_re2
from .line_counts import counted_in_c, line_records
from .record import level_from_status
from .seconds import to_seconds

#: The fields `access_counts` counts by, and the array each is read from.
COUNTED = {SECOND: "timestamp", "timestamp": "timestamp", "level": "status", "status": "status", "service": None}


def access_counts(
    block: bytes, pattern: str, fields: Sequence[str], default: str | None
) -> tuple[Batch, dict[tuple[Any, ...], int]] | None:
    """How many records have each combination of `fields` (services' and timeline's keys), counted
    in Arrow from the kernel's time and status arrays (`access_arrays`): each distinct (time,
    status) read once, where the kernel takes the block; else None."""
    arrays = list(dict.fromkeys(COUNTED[name] for name in fields if COUNTED[name]))
    batch = access_arrays(block, pattern, arrays, lambda text: None) if arrays else None
    if batch is None:
        return None
    rows = list(group_counts([batch.columns[name] for name in arrays]))
    times = [values[arrays.index("timestamp")] for values, _ in rows] if SECOND in fields and rows else []
    seconds = dict(zip(times, to_seconds(times), strict=True))  # (the distinct times in the order first seen)
    counts: Counter = Counter()
    for values, n in rows:
        counts[_key(fields, arrays, values, seconds, default)] += n
    return Batch(columns={}, records=batch.records, lines=batch.lines), counts


def access_counts_in_c(
    fmt: LogFormat, block: bytes, pattern: str, fields: Sequence[str], default: str | None
) -> tuple[Batch, Counter] | None:
    """`access_counts` in one C pass over the block (line_counts.counted_in_c): the access regex,
    reading the time and status, walked on each ASCII line, each distinct pair counted; the lines it
    does not fit on the format's line path. None where it does not take the block."""
    arrays = list(dict.fromkeys(COUNTED[name] for name in fields if COUNTED[name]))
    groups = tuple("time" if name == "timestamp" else name for name in arrays)
    seconds: dict[str, str | None] = {}
    time_at = arrays.index("timestamp") if SECOND in fields else None
    status_at = arrays.index("status") if "status" in arrays else None

    def read(values: tuple[Any, ...]) -> tuple[Any, ...]:
        if time_at is not None and values[time_at] not in seconds:
            seconds[values[time_at]] = to_seconds([values[time_at]])[0]
        if status_at is not None:  # (an int, as Arrow's cast reads it; `-` leaves the block to Arrow's path)
            try:
                status = int(values[status_at])
            except ValueError:
                raise _NoStatus from None
            values = (*values[:status_at], status, *values[status_at + 1 :])
        return _key(fields, arrays, values, seconds, default)

    head = to_re2(named_groups_only(pattern, groups))
    if not groups or head is None:
        return None
    try:
        return counted_in_c(block, None, head, groups, read, line_records(fmt, fields, default), None, None, None)
    except _NoStatus:
        return None


class _NoStatus(Exception):
    """A line's status is `-`: the block is left to the Arrow path (whose cast refuses it too)."""


def _key(
    fields: Sequence[str], arrays: list[str], values: tuple[Any, ...], seconds: dict[str, Any], default: str | None
) -> tuple[Any, ...]:
    """A row of `arrays`' values (the time's text, the status) as its key of `fields`."""
    row = dict(zip(arrays, values, strict=True))
    key = []
    for name in fields:
        if name == SECOND:
            key.append(seconds[row["timestamp"]])
        elif name == "level":
            key.append(level_from_status(row["status"]))
        else:
            key.append(default if name == "service" else row[COUNTED[name]])
    return tuple(key)
