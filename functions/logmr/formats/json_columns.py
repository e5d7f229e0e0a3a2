"""A block's column of one record field from its decoded rows: each row's first alias present
(json_blocks.py decodes the rows; json_count.py counts them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .json_fields import Alias


class NeedsRecordPath(Exception):
    """A value the fast path does not handle (see Alias.record_path): parse the block line by line."""


def _alias_column(rows: list[Any], get: Callable[[Any], Any], alias: Alias) -> list[Any]:
    top = getattr(get, "top", None)
    if top is not None:  # a path: none there where no row has its first key
        column = list(map(top, rows))
        if column.count(None) == len(column):
            return column
    column = list(map(get, rows))
    if alias.record_path is not None and any(alias.record_path(v) for v in column):
        raise NeedsRecordPath
    if alias.convert is not None:
        convert = alias.convert
        column = [convert(v) if v is not None else None for v in column]
    return column


def coalesce(rows: list[Any], readers: list[tuple[Callable, Alias]]) -> tuple[list[Any], int, frozenset[int], int]:
    """Each row's first non-None alias value, how many aliases that took, which of them some row
    had (by their index), and how many Nones are left (counted once: a pass over the block)."""
    if not readers:  # (every alias unused)
        return [None] * len(rows), 0, frozenset(), len(rows)
    column = _alias_column(rows, *readers[0])
    nones = column.count(None)
    used, present = 1, {0} if nones != len(column) else set()
    for get, alias in readers[1:]:
        if not nones:
            break
        other = _alias_column(rows, get, alias)
        used += 1
        missing = other.count(None)
        if missing == len(other):  # no merge for an alias no row has
            continue
        present.add(used - 1)
        if nones == len(column):  # no row had the aliases before: no merge
            column, nones = other, missing
        else:
            column = [a if a is not None else b for a, b in zip(column, other, strict=True)]
            nones = column.count(None)
    return column, used, frozenset(present), nones
