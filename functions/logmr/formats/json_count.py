"""Counting a block of JSON lines from one decode of the keys its fields use: the decoded structs
are counted (C-level hashing) and only the distinct ones read into field values."""

from collections import Counter
from collections.abc import Callable
from typing import Any

from .base import LEVEL_CACHE, Batch, count_lines
from .json_blocks import NeedsRecordPath, Projection, as_array, as_text, block_decoder
from .json_docker import app_lines
from .json_fields import Alias


def count_rows(
    block: bytes, projection: Projection, wanted: tuple[str, ...], default_service: str | None
) -> tuple[Batch, dict[tuple[Any, ...], int]]:
    """The block counted from one decode of the fields' keys in use; NeedsRecordPath where a
    value would need a deeper alias or a level falls back to an HTTP status."""
    depths, full = projection.depths, dict(projection.full)
    decoding = block_decoder(depths, frozen=True, unused=projection.unused)
    by_field = decoding.by_field
    rows = decoding.decoder.decode(as_array(block))
    if len(rows) != count_lines(block):
        raise NeedsRecordPath("a line holds no object, or more than one")
    tallies = decoding.tally(rows)
    decoding.markers.check(list(tallies), "message" in wanted)  # (the message's aliases read Docker's `log`)
    counts: Counter = Counter()
    for row, n in tallies.items():
        values = []
        for name, depth in depths:
            value = first_present(row, by_field[name])
            if value is None and (depth < full[name] or name == "level"):
                raise NeedsRecordPath("a deeper alias, or a level from the HTTP status")
            if name == "level":
                value = LEVEL_CACHE[value]
            elif name == "service":
                value = value or default_service
            elif name == "message" and value is None:
                value = ""
            elif name == "timestamp":
                value = as_text(value)
            values.append(value)
        counts[tuple(values)] += n
    return Batch(columns={}, records=len(rows), lines=len(rows)), counts


def count_app_rows(
    block: bytes, projection: Projection, wanted: tuple[str, ...], default_service: str | None
) -> tuple[Batch, dict[tuple[Any, ...], int]]:
    """Docker json-file lines around an app's JSON lines counted from one decode of the app's
    lines (json_docker.app_lines), for fields other than the timestamp (Docker's time stands for
    the app's there: the column path reads it); NeedsRecordPath as count_rows, or where an app
    line is not one object."""
    rows, inner = app_lines(block)
    batch, counts = count_rows(inner, projection, wanted, default_service)
    if batch.records != len(rows):
        raise NeedsRecordPath("an app line holds no object, or more than one")
    return batch, counts


def first_present(row: Any, readers: list[tuple[Callable, Alias]]) -> Any:
    for get, alias in readers:
        value = get(row)
        if value is None:
            continue
        if alias.record_path is not None and alias.record_path(value):
            raise NeedsRecordPath
        if alias.convert is not None:
            value = alias.convert(value)
            if value is None:
                continue
        return value
    return None
