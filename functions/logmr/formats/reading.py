"""A file's reader from its first bytes: the detected format, and for plain text the header layout
learned from the same sample (for access logs of named columns, their columns). The planner
learns once per file; map tasks rebuild the reader from what the Split carries (`format_for`)."""

from __future__ import annotations

from . import LogFormat, detect_format, get_format, sample_lines
from .ansi import without_ansi

PLAIN = "plain"  # (plain.py, imported only for plain text)
COLUMNS = "columns"  # (columns.py)
#: The formats with a layout learned per file.
LEARNED = frozenset((PLAIN, COLUMNS))


def learn_layout(format_name: str, head: bytes) -> list[list[str]] | None:
    """The header layout of a plain-text file, or the columns of an access log of named columns,
    from its first bytes (None for other formats, or where none is found)."""
    if format_name == PLAIN:
        from .header import infer_layout

        return infer_layout(head)
    if format_name == COLUMNS:
        from .columns_layouts import learn

        found = learn(sample_lines(without_ansi(head)))
        return None if found is None else [list(part) for part in found.wire]
    return None


def format_for(format_name: str, layout: list[list[str]] | None = None) -> LogFormat:
    """The format called `format_name`, reading the given header layout when it has one."""
    fmt = get_format(format_name)
    if layout and format_name in LEARNED:
        return fmt.with_layout(layout)  # (a PlainTextFormat or a ColumnsFormat)
    return fmt


def reader_for(head: bytes) -> LogFormat:
    """What a job reads a file with, from its first bytes: detection, then the learned layout."""
    name = detect_format(head).name
    return format_for(name, learn_layout(name, head))
