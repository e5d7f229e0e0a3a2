"""A plain layout's block path (`PlainTextFormat.parse_block`): each column of the header rows the
block regex read, as `PlainTextFormat._record` reads a record's fields."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress
from operator import itemgetter
from typing import Any

from .base import FIELD_PREFIX, read_each
from .header_names import thread_component
from .layout import WORD_LEVEL, CompiledLayout
from .message_marks import line_opening, word_level
from .plain_keys import LEVELS as _LEVELS
from .plain_keys import component_text
from .plain_messages import finish_messages, quoted, quoted_fields


def column(
    compiled: CompiledLayout,
    name: str,
    rows: list[tuple[str, ...]],
    default_service: str | None,
    stamps: dict,
    quotes: bool,
    context: bool,
    cut: tuple[list[str], list[str | None]] | None,
    lines: Sequence[str],
) -> list[Any]:
    """A column of the header rows, each distinct text read once (`lines`: the rows' lines, where
    a syslog message's level is read: message_marks.line_opening; `stamps`: the block's times
    read as timestamps, shared by the columns that read them; `quotes`: whether the block has
    a quote, without which no message is klog's quoted one; `context`: whether it may hold a
    message followed by context fields, context.py; `compiled`: the layout's regexes the rows
    were read with; `cut`: the messages without the logger at their end, and those loggers)."""
    at = compiled.columns.get(name if name != "service" else "component")
    if name == "message":
        messages = list(cut[0]) if cut is not None else list(map(itemgetter(compiled.message_at), rows))
        other = compiled.other_at
        kept = set(compress(range(len(rows)), map(itemgetter(other), rows)))
        for k in kept:
            messages[k] = rows[k][other]  # (a record's first line that fits no header)
        return finish_messages(messages, quotes, context, kept)
    if name == "level" and (words := compiled.columns.get(WORD_LEVEL)) is not None:  # (syslog's `error: `)
        openings = map(line_opening, map(itemgetter(words), rows), lines)
        return read_each(openings, lambda text: word_level(text) or "INFO")
    if name == "level":
        return ["INFO"] * len(rows) if at is None else read_each(map(itemgetter(at), rows), _LEVELS.__getitem__)
    if name == "service" and cut is not None:
        return [logger or default_service for logger in cut[1]]
    if name == "service":
        return _services(compiled, rows, at, default_service)
    if name == "host":
        return [None] * len(rows) if at is None else read_each(map(itemgetter(at), rows), lambda text: text or None)
    if name.startswith(FIELD_PREFIX):
        return _fields_column(compiled, name[len(FIELD_PREFIX) :], rows, stamps, quotes)
    if name == "timestamp" and "time" in compiled.columns:
        return read_each(map(itemgetter(compiled.columns["time"]), rows), compiled.timestamp, stamps)
    return [None] * len(rows)


def _fields_column(
    compiled: CompiledLayout, key: str, rows: list[tuple[str, ...]], stamps: dict, quotes: bool
) -> list[Any]:
    """`fields[key]` of each record (pid or time), as `_record` sets it: from the header's
    groups of that role (the last one written), else a klog structured message's pairs."""
    index = compiled.block.groupindex
    at = [index[role.group] - 1 for role in compiled.roles if role.role == key]
    if key == "time":  # a time of day alone, no instant

        def read(text: str) -> Any:
            stamp = stamps[text] if text in stamps else stamps.setdefault(text, compiled.timestamp(text))
            return text if stamp is None else None
    else:
        read = _read_pid
    values: list[Any] = [None] * len(rows)
    for i in at:  # (the last group written wins)
        found = read_each(map(itemgetter(i), rows), lambda text: read(text) if text else False)
        values = [value if value is not False else kept for value, kept in zip(found, values, strict=True)]
    messages = list(map(itemgetter(compiled.message_at), rows)) if quotes else []
    quoted_fields(values, key, ((k, messages[k]) for k in quoted(messages)))
    return values


def _services(
    compiled: CompiledLayout, rows: list[tuple[str, ...]], at: int | None, default_service: str | None
) -> list[Any]:
    if at is not None:
        return read_each(map(itemgetter(at), rows), lambda text: component_text(text) or default_service)
    thread = compiled.columns.get("thread")
    if thread is None:
        return [default_service] * len(rows)
    return read_each(map(itemgetter(thread), rows), lambda text: thread_component(text) or default_service)


def _read_pid(text: str) -> Any:
    """A pid's text as `_set` keeps it in `fields`."""
    return int(text) if text.isdigit() else text
