"""A file's reader from its first bytes: the detected format, and for plain text the header layout
learned from the same sample. The planner learns once per file; map tasks rebuild the reader
from what the Split carries (`format_for`)."""

from __future__ import annotations

from . import LogFormat, detect_format, get_format

PLAIN = "plain"  # the one format with a learned layout (plain.py, imported only for plain text)


def learn_layout(format_name: str, head: bytes) -> list[list[str]] | None:
    """The header layout of a plain-text file from its first bytes (None for other formats)."""
    if format_name != PLAIN:
        return None
    from .header import infer_layout

    return infer_layout(head)


def format_for(format_name: str, layout: list[list[str]] | None = None) -> LogFormat:
    """The format called `format_name`, reading the given header layout when it has one."""
    fmt = get_format(format_name)
    if layout and format_name == PLAIN:
        return fmt.with_layout(layout)  # (a PlainTextFormat)
    return fmt


def reader_for(head: bytes) -> LogFormat:
    """What a job reads a file with, from its first bytes: detection, then the learned layout."""
    name = detect_format(head).name
    return format_for(name, learn_layout(name, head))
