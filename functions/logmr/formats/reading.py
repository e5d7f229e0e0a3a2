"""A file's reader from its first bytes: the detected format, and for plain text the header layout
learned from the same sample (for access logs of named columns, their columns). The planner
learns once per file; map tasks rebuild the reader from what the Split carries (`format_for`)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from . import LogFormat, detect_format, get_format, sample_lines
from .ansi import without_ansi

PLAIN = "plain"  # (plain.py, imported only for plain text)
COLUMNS = "columns"  # (columns.py)
COMPOSE = "compose"  # (compose.py: each container's reading)
#: The formats with a layout learned per file.
LEARNED = frozenset((PLAIN, COLUMNS, COMPOSE))
_READINGS: dict[tuple[str, str], LogFormat] = {}  # (format, file) -> its reading, for a format that learns
MAX_READINGS = 64


def learn_layout(format_name: str, head: bytes) -> list[list[str]] | None:
    """The header layout of a plain-text file, or the columns of an access log of named columns,
    from its first bytes (None for other formats, or where none is found)."""
    if format_name == PLAIN:
        from .header import infer_layout

        return infer_layout(head)
    if format_name == COLUMNS:
        from .columns_documented import learn

        found = learn(sample_lines(without_ansi(head)))
        return None if found is None else [list(part) for part in found.wire]
    if format_name == COMPOSE:
        from .compose import learn

        # (every whole line of the head, not detection's first 200: each container learns from its own share)
        lines = without_ansi(head).decode("utf-8", "replace").split("\n")[:-1]
        return learn([line.removesuffix("\r") for line in lines], learn_layout)
    return None


def read_whole(format_name: str, layout: list[list[str]] | None) -> bool:
    """Whether a file of this reading is read whole, in order, by one task: a W3C file's columns
    may change at any `#Fields:` directive, which a byte range starting after it would not see."""
    return format_name == COLUMNS and bool(layout) and layout[0][0] == "w3c"  # type: ignore[index]


def format_for(format_name: str, layout: list[list[str]] | None = None, source: str | None = None) -> LogFormat:
    """The format called `format_name`, reading the given header layout when it has one; for a
    format that learns from a file's blocks (JSON's alias depths), a reading of `source`'s own,
    which that file's splits in this process share (none given: a new one)."""
    fmt = get_format(format_name)
    if fmt.learns:
        reading = _READINGS.get((format_name, source)) if source is not None else None
        if reading is None:
            if len(_READINGS) >= MAX_READINGS:
                _READINGS.clear()
            reading = type(fmt)()
            if source is not None:
                _READINGS[format_name, source] = reading
        return reading
    if layout and format_name == COMPOSE:  # (each container's reading: the nameless entry holds options)
        readers = {name: format_for(inner, json.loads(learned)) for name, inner, learned in layout if name}
        return type(fmt)(layout, readers)  # type: ignore[call-arg]
    if layout and format_name in LEARNED:
        return fmt.with_layout(layout)  # (a PlainTextFormat or a ColumnsFormat)
    return fmt


def reader_for(head: bytes) -> LogFormat:
    """What a job reads a file with, from its first bytes: detection, then the learned layout."""
    name = detect_format(head).name
    return format_for(name, learn_layout(name, head))


def along(fmt: LogFormat, blocks: Iterable[tuple[int, bytes]]) -> Iterator[tuple[LogFormat, int, bytes]]:
    """Each (offset, block) of a split with the format that reads it: a block may change it for
    the blocks after it (`LogFormat.after`: a W3C file's new `#Fields:`)."""
    for base, raw in blocks:
        yield fmt, base, raw
        fmt = fmt.after(raw)
