"""Plain text: any line is a record; its header is split off by the layout learned for its file.

The planner learns each plain file's header layout from its first lines (`header.infer_layout`)
and the Split carries it, so every split of a file reads the same layout. A line the layout does
not fit (a stack trace line, a continuation) is a record of its own whose message is the whole
line: multi-line records are not joined. Without a layout every line is a message, whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .base import Batch, LogFormat, count_lines, split_block
from .layout import CompiledLayout, Layout, as_layout, compile_layout, thread_component
from .record import Record, normalize_level

# Spellings the common normalisation does not know: klog/Android letters, zap's dpanic, loguru's success.
_EXTRA_LEVELS = {"v": "DEBUG", "d": "DEBUG", "dpanic": "FATAL", "success": "INFO"}
# Record fields the block path fills (the others, such as raw and fields, come from parse()).
_BLOCK_FIELDS = frozenset(
    {"message", "level", "service", "host", "timestamp", "status", "method", "path", "bytes", "latency_ms"}
)


class _Levels(dict):
    def __missing__(self, raw: str) -> str:
        value = self[raw] = _EXTRA_LEVELS.get(raw.lower()) or normalize_level(raw)
        return value


_LEVELS = _Levels()


class PlainTextFormat(LogFormat):
    name = "plain"
    description = "plain text (header layout learned per file: time, level, component, pid, host)"

    def __init__(self, layout: Layout | list[list[str]] | None = None) -> None:
        self.layout = as_layout(layout)
        self.compiled: CompiledLayout | None = compile_layout(self.layout) if self.layout else None

    def with_layout(self, layout: Layout | list[list[str]] | None) -> PlainTextFormat:
        """This format reading the given header layout (the same object for the same layout)."""
        return _with_layout(as_layout(layout))

    def matches(self, line: str) -> bool:
        return True

    def parse(self, line: str, default_service: str | None = None) -> Record | None:
        found = self.compiled.line.match(line) if self.compiled is not None else None
        if found is None:
            return Record(message=line, service=default_service, raw=line)
        record = Record(message=found["message"], service=default_service, raw=line)
        for group, role in self.compiled.roles:
            value = found[group]
            if value:
                self._set(record, role, value)
        if record.service is default_service and "thread" in record.fields:
            record.service = thread_component(record.fields["thread"]) or default_service
        return record

    def _set(self, record: Record, role: str, value: str) -> None:
        if role == "time":
            record.timestamp = self.compiled.timestamp(value)
            if record.timestamp is None:  # a time of day alone is no instant
                record.fields["time"] = value
        elif role == "level":
            record.level = _LEVELS[value]
        elif role == "component":
            record.service = value
        elif role == "host":
            record.host = value
        elif role in ("pid", "tid") and value.isdigit():
            record.fields[role] = int(value)
        else:
            record.fields[role] = value

    def parse_block(self, block: bytes, fields: Sequence[str], default_service: str | None = None) -> Batch:
        """One regex scan over the whole block (fields only parse() fills: line by line)."""
        if self.compiled is None or not set(fields) <= _BLOCK_FIELDS:
            return super().parse_block(block, fields, default_service)
        lines = split_block(block)
        rows = self.compiled.block.findall("\n".join(lines))
        if len(rows) != len(lines) - lines.count(""):
            return super().parse_block(block, fields, default_service)
        other = self.compiled.other_at
        rows = [row for row in rows if not row[other] or not row[other].isspace()]
        columns = {name: self._column(name, rows, default_service) for name in fields}
        return Batch(columns=columns, records=len(rows), lines=count_lines(block))

    def _column(self, name: str, rows: list[tuple[str, ...]], default_service: str | None) -> list[Any]:
        compiled = self.compiled
        at = compiled.columns.get(name if name != "service" else "component")
        if name == "message":
            message, other = compiled.message_at, compiled.other_at
            return [row[message] or row[other] for row in rows]
        if name == "level":
            return ["INFO"] * len(rows) if at is None else [_LEVELS[row[at]] for row in rows]
        if name == "service":
            return self._services(rows, at, default_service)
        if name == "host":
            return [None] * len(rows) if at is None else [row[at] or None for row in rows]
        if name == "timestamp" and "time" in compiled.columns:
            at, cache = compiled.columns["time"], {}
            return [
                cache[t] if t in cache else cache.setdefault(t, compiled.timestamp(t)) for t in (r[at] for r in rows)
            ]
        return [None] * len(rows)

    def _services(self, rows: list[tuple[str, ...]], at: int | None, default_service: str | None) -> list[Any]:
        if at is not None:
            return [row[at] or default_service for row in rows]
        thread = self.compiled.columns.get("thread")
        if thread is None:
            return [default_service] * len(rows)
        cache: dict[str, str | None] = {}
        for row in rows:
            if row[thread] not in cache:
                cache[row[thread]] = thread_component(row[thread]) or default_service
        return [cache[row[thread]] for row in rows]


@lru_cache(maxsize=256)
def _with_layout(layout: Layout | None) -> PlainTextFormat:
    return PlainTextFormat(layout)
