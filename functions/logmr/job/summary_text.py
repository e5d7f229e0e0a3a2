"""Reading a summary through its views (job/presentation.py): paths, named formats, templates,
folded time series, and the cells of a table, exactly as the terminal shows them; the dashboard
(frontend/app.js) implements the same rules."""

from __future__ import annotations

import re
from typing import Any

import msgspec

from .presentation import Column, Format, Path, Table

NUMERIC = ("count", "compact", "percent", "ms")
BAR_WIDTH = 20


class TableCells(msgspec.Struct):
    """A table view filled in: its title, its rows as cell texts, and the "all" row when it has one."""

    title: str
    rows: list[list[str]]
    total: list[str] | None


def table_cells(view: Table, summary: dict[str, Any]) -> TableCells:
    """What a table view shows of a summary, as text (bars as runs of █ BAR_WIDTH long at most)."""
    rows = rows_at(summary, view.rows)
    extra = {}
    if view.fold:
        rows, per_row = folded(rows, view.fold)
        extra["interval"] = (value_at(summary, view.interval) or 0) * per_row if view.interval else None
    else:
        rows = rows[: view.limit]
    most = [
        max((value_at(row, column.value) or 0 for row in rows), default=0) or 1 if column.format == "bar" else None
        for column in view.columns
    ]
    cells = [[_cell(row, column, top) for column, top in zip(view.columns, most, strict=True)] for row in rows]
    total = None
    if view.total is not None:
        whole = value_at(summary, view.total) if view.total else summary
        total = ["all", *(_cell(whole, column, None) if column.format != "bar" else "" for column in view.columns[1:])]
    return TableCells(filled(view.title, summary, extra), cells, total)


def _cell(row: Any, column: Column, most: float | None) -> str:
    value = value_at(row, column.value)
    if most is not None:
        return "\u2588" * round(BAR_WIDTH * (value or 0) / most)
    return formatted(value, column.format)


def value_at(item: Any, path: Path) -> Any:
    """The value a path points at in `item` (None where it leads nowhere); a list of paths: the
    numbers summed, or the texts joined by spaces."""
    if isinstance(path, list):
        values = [value_at(item, one) for one in path]
        numbers = [v for v in values if isinstance(v, int | float)]
        if numbers and len(numbers) == len([v for v in values if v is not None]):
            return sum(numbers)
        return " ".join("" if v is None else str(v) for v in values)
    for step in path.split(".") if path else ():
        if isinstance(item, dict):
            item = item.get(step)
        elif isinstance(item, list | tuple) and step.isdigit() and int(step) < len(item):
            item = item[int(step)]
        else:
            return None
    return item


def rows_at(summary: dict[str, Any], path: str) -> list[Any]:
    """The rows a view shows: a list as it is, an object as its [name, value] pairs."""
    rows = value_at(summary, path)
    if isinstance(rows, dict):
        return [[name, value] for name, value in rows.items()]
    return rows if isinstance(rows, list) else []


def formatted(value: Any, how: Format = "text") -> str:
    """A value as text, in one of the formats the module docstring lists."""
    name, _, digits = how.partition(":")
    if value is None:
        return {"ms": "-", "count": "0", "compact": "0"}.get(name, "")
    if name == "count" and isinstance(value, int | float):
        return f"{value:,}" if isinstance(value, int) else f"{value:,.1f}"
    if name == "compact" and isinstance(value, int | float):
        return _compact(value)
    if name == "percent" and isinstance(value, int | float):
        return f"{value:.{int(digits or 2)}%}"
    if name == "ms" and isinstance(value, int | float):
        return f"{value:,.1f}"
    if name == "top" and isinstance(value, dict):
        return ", ".join(f"{key} {formatted(n, 'count')}" for key, n in list(value.items())[: int(digits or 3)])
    if name == "duration" and isinstance(value, int | float):
        return duration(int(value))
    if name == "time" and isinstance(value, str):
        return value.replace("T", " ").removesuffix("Z")
    if name in _REGEXES and isinstance(value, str):
        return _REGEXES[name](value)
    if name == "quoted":
        return '"' + str(value).replace('"', "") + '"'
    if isinstance(value, list | tuple):
        return " | ".join("-" if v is None else str(v) for v in value)
    return str(value)


def filled(template: str, item: Any, extra: dict[str, Any] | None = None) -> str:
    """A template with each `{path}` or `{path|format}` replaced by the formatted value; `{@name}`
    reads `extra` (values the renderer computes, such as a folded table's interval)."""

    def replace(match: re.Match) -> str:
        path, _, how = match.group(1).partition("|")
        value = (extra or {}).get(path[1:]) if path.startswith("@") else value_at(item, path)
        return formatted(value, how or "text")

    return PLACEHOLDER.sub(replace, template)


def folded(rows: list[dict[str, Any]], most: int) -> tuple[list[dict[str, Any]], int]:
    """A time series in at most `most` rows: each run of consecutive rows merged into its first,
    with numbers (also inside objects) summed; and how many rows were merged into each."""
    per_row = max(1, -(-len(rows) // most))
    merged = [_merge(rows[i : i + per_row]) for i in range(0, len(rows), per_row)]
    return merged, per_row


def _merge(rows: list[Any]) -> Any:
    first = next((row for row in rows if row is not None), None)
    if isinstance(first, dict):
        keys = dict.fromkeys(key for row in rows if isinstance(row, dict) for key in row)
        return {key: _merge([row.get(key) for row in rows if isinstance(row, dict)]) for key in keys}
    if isinstance(first, int | float) and not isinstance(first, bool):
        return sum(v for v in rows if isinstance(v, int | float))
    return first


def duration(seconds: int) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def _compact(n: float) -> str:
    """12,345 as is; larger counts as 123.5k or 1.24M, so that wide tables fit a terminal."""
    if n < 100_000:
        return f"{n:,}" if isinstance(n, int) else f"{n:,.1f}"
    if n < 1_000_000:
        return f"{n / 1000:.1f}k"
    return f"{n / 1_000_000:.2f}M"


_VARIABLE = re.compile(r"<(?:\*|[A-Z]+)>")
_ROUTE_PART = re.compile(r":(?:id|uuid|hex)")


def _template_regex(template: str) -> str:
    parts = _VARIABLE.split(template)
    return "^" + r"\S+".join(re.escape(part).replace(r"\ ", r"\s+") for part in parts) + r"(?:\s|$)"


def _route_regex(route: str) -> str:
    return "^" + "[^/]+".join(re.escape(part) for part in _ROUTE_PART.split(route)) + r"(?:\?.*)?$"


_REGEXES = {"regex": _template_regex, "route": _route_regex}
PLACEHOLDER = re.compile(r"\{([@\w.]+(?:\|[\w:]+)?)\}")
