"""Plain text: a record is a header line and the lines that continue it; the header is split off
by the layout learned for its file.

The planner learns each plain file's header layout from its first lines (`header.infer_layout`)
and the Split carries it, so every split of a file reads the same layout. A line the layout does
not fit (a stack trace line, a message's second line) continues the record above it, within the
caps of multiline.py: the record's message is its first line's, `raw` and `text` are all its
lines (patterns see them all), and `fields["stack"]` holds the continuation lines. Without a
layout every line is a record, its message the whole line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from typing import Any

from .base import FIELD_PREFIX, SECOND, Batch, LogFormat, count_lines, split_block
from .context import may_have_context, with_meta, with_pairs, without_context, without_monolog_context
from .header_names import cut_trailers, later_loggers, logger_at_end, split_trailer, thread_component
from .layout import (
    LEVEL_LINE,
    WORD_LEVEL,
    CompiledLayout,
    Layout,
    as_layout,
    compile_layout,
    read_pairs,
)
from .logfmt import quoted_message
from .message_marks import line_opening, with_level_mark, word_level
from .multiline import first_rows, group_lines, header_rows, record_text
from .plain_columns import column
from .plain_kernel import count_plain, message_batch, parse_plain
from .plain_keys import LEVELS as _LEVELS
from .plain_keys import component_text
from .record import Record
from .request_lines import REQUEST_FIELDS, REQUEST_MESSAGES, request_match, request_record, with_request
from .slots import MESSAGE_LEVEL, base_kind, message_head

# Record fields the block path fills (the others, such as raw and fields, come from parse()).
_BLOCK_FIELDS = frozenset(
    {"message", "level", "service", "host", "timestamp", "status", "method", "path", "bytes", "latency_ms"}
    | {FIELD_PREFIX + "pid", FIELD_PREFIX + "time"}
)

#: The header roles a block field is read from (parse_block leaves the others' groups uncaptured).
_ROLES = {
    "service": ("component", "thread"),
    "level": ("level", WORD_LEVEL),
    "host": ("host",),
    "timestamp": ("time",),
    FIELD_PREFIX + "pid": ("pid",),
    FIELD_PREFIX + "time": ("time",),
}


class PlainTextFormat(LogFormat):
    name = "plain"
    description = "plain text (header layout learned per file: time, level, component, pid, host)"

    def __init__(self, layout: Layout | list[list[str]] | None = None) -> None:
        self.layout = as_layout(layout)
        self.compiled: CompiledLayout | None = compile_layout(self.layout) if self.layout else None
        self.starts_record = None
        if self.compiled is not None:
            self.starts_record = self.compiled.pair_starts or self.compiled.starts

    def with_layout(self, layout: Layout | list[list[str]] | None) -> PlainTextFormat:
        """This format reading the given header layout (the same object for the same layout)."""
        return _with_layout(as_layout(layout))

    def matches(self, line: str) -> bool:
        return True

    def parse(self, line: str, default_service: str | None = None) -> Record | None:
        found = self.compiled.line.match(line) if self.compiled is not None else None
        return self._record(line, found, default_service)

    def _request(self, line: str, found: re.Match[str] | None) -> re.Match[str] | None:
        """A request line's match where the layout has them and its header (if any) misses the line."""
        if self.compiled is None or not self.compiled.requests or (found is not None and self.compiled.layout):
            return None
        return request_match(line)

    def _record(self, line: str, found: re.Match[str] | None, default_service: str | None) -> Record:
        """The record of a line and its header's match (None: the line is all message)."""
        request = self._request(line, found)
        if request is not None:
            return request_record(line, request, default_service)
        if found is None:
            return Record(message=line, service=default_service, raw=line)
        record = Record(message=found["message"], service=default_service, raw=line)
        if self.compiled.trailer:  # (Kafka's `message (logger)`)
            record.message, logger = split_trailer(record.message)
            record.service = logger or default_service
        structured = quoted_message(record.message)
        if structured is not None:  # klog's InfoS/ErrorS: `"message" key="value" ...`
            record.message = structured[0]
            record.fields.update(structured[1])
        elif may_have_context(record.message) and not self.compiled.trailing_pairs:  # zap's, structlog's consoles
            record.message = without_context(record.message)
        for group, role in self.compiled.roles:
            value = found[group] if role != WORD_LEVEL else line_opening(found[group], line)
            if value:
                self._set(record, role, value)
        if record.service is default_service and "thread" in record.fields:
            record.service = thread_component(record.fields["thread"]) or default_service
        if self.compiled.trailing_meta:  # (winston's `format.simple()`: context.py)
            with_meta(record)
        elif self.compiled.trailing_pairs:  # (zerolog's console)
            with_pairs(record, default_service)
        elif self.compiled.monolog:
            record.message = without_monolog_context(record.message)
        if self.compiled.level_marks:
            with_level_mark(record)
        return with_request(record, self.compiled.leveled) if self.compiled.request_messages else record

    def records(self, block: bytes, default_service: str | None = None):
        """Yield (record, first line) for each record of a block (which begins on a record)."""
        if self.compiled is None:
            yield from super().records(block, default_service)
            return
        lines = split_block(block)
        match = self.compiled.line.match
        found = [match(line) for line in lines]
        starts = [m is not None for m in found]
        if self.compiled.pair_starts is not None:  # (the line above tells: headless.py)
            starts = self.compiled.pair_starts.of_lines(lines)
        for first, stop in group_lines(lines, starts):
            record = self._record(lines[first], found[first], default_service)
            if stop - first > 1:
                self._continued(record, lines[first:stop], found[first])
            yield record, lines[first]

    def _continued(self, record: Record, lines: list[str], header: re.Match[str] | None) -> None:
        """A record's continuation lines (`header`: its first line's match): its text, its `stack`
        field (and JUL's level line, .NET's message, the logger a Kafka message names below)."""
        record.raw = record.text = record_text(lines)[0]
        rest = lines[1:]
        if self.compiled.trailer and header is not None and split_trailer(header["message"])[1] is None:
            record.service = logger_at_end(rest) or record.service
        if self.compiled.next_line_message:
            record.message, rest = rest[0].strip(), rest[1:]
        found = LEVEL_LINE.match(rest[0]) if rest and self.compiled.next_line_level else None
        if found is not None:
            record.fields["source"] = record.message
            record.level, record.message = _LEVELS[found["level"]], found["message"]
            rest = rest[1:]
        stack = record_text(["", *rest])[1] if rest else ""
        if stack.strip():
            record.fields["stack"] = stack

    def _set(self, record: Record, role: str, value: str) -> None:
        if role == "time":
            record.timestamp = self.compiled.timestamp(value)
            if record.timestamp is None:  # a time of day alone is no instant
                record.fields["time"] = value
        elif role == "level":
            record.level = _LEVELS[value]
        elif role == WORD_LEVEL:  # (syslog's `error: `, the message's: a level word or not)
            record.level = word_level(value) or record.level
        elif role == "component":
            record.service = component_text(value) or record.service
        elif role == "host":
            record.host = value
        elif role == "pairs":  # (a key names no role of its own: `pairs=x`, `time=12ms` are fields)
            for key, named, text in read_pairs(value):
                if named:
                    self._set(record, named, text)
                else:
                    record.fields[key] = text
        elif role in ("pid", "tid") and value.isdigit():
            record.fields[role] = int(value)
        else:
            record.fields[role] = value

    def _reading(self, fields: Sequence[str]) -> PlainTextFormat:
        """The format a block's `fields` are read with: where no field is read from its request
        messages (services, timeline: the header's time and level), the one without them, on the kernels."""
        compiled, asked = self.compiled, set(fields)
        if compiled is not None and "level" not in asked and message_head(compiled.layout) != compiled.layout:
            return _with_layout(tuple(slot for slot in self.layout if base_kind(slot[0]) != MESSAGE_LEVEL))
        if compiled is None or not compiled.request_messages or REQUEST_FIELDS & asked:
            return self
        if (asked & {"timestamp", SECOND} and compiled.time_key is None) or ("level" in asked and not compiled.leveled):
            return self
        return _with_layout(tuple(slot for slot in self.layout if slot[0] != REQUEST_MESSAGES))

    def arrow_block(self, block: bytes, fields: Sequence[str], default_service: str | None = None) -> Batch | None:
        """The records' messages alone, as an Arrow array, where the kernel reads them (plain_kernel.py)."""
        layout = self._reading(fields).layout
        return message_batch(layout, block) if layout and tuple(fields) == ("message",) else None

    def parse_block(self, block: bytes, fields: Sequence[str], default_service: str | None = None) -> Batch:
        """One regex scan over the whole block (fields only parse() fills: line by line)."""
        if (reading := self._reading(fields)) is not self:
            return reading.parse_block(block, fields, default_service)
        kernel = parse_plain(self.layout, block, fields, default_service) if self.layout else None
        if kernel is not None:  # the columnar kernel (plain_kernel.py)
            return kernel
        compiled = self.compiled
        if compiled is None or compiled.by_records or not set(fields) <= _BLOCK_FIELDS:
            return super().parse_block(block, fields, default_service)
        compiled = compile_layout(compiled.layout, frozenset(role for name in fields for role in _ROLES.get(name, ())))
        lines = split_block(block)
        text = "\n".join(lines)
        rows = compiled.block.findall(text)
        if len(rows) != len(lines) - lines.count(""):
            return super().parse_block(block, fields, default_service)
        other = compiled.other_at
        continued = list(compress(range(len(rows)), map(itemgetter(other), rows)))
        starts = None
        if continued:
            rows, starts = header_rows(lines, rows, other, continued) or first_rows(lines, rows, other)
        stamps: dict[str, str | None] = {}
        quotes, context = '"' in text, "\t{" in text or "  " in text
        # (Kafka's `message (logger)`: each message cut once, for the message and service columns)
        cut = cut_trailers(map(itemgetter(compiled.message_at), rows)) if compiled.trailer else None
        words = "level" in fields and WORD_LEVEL in compiled.columns  # (a syslog level's search reads the lines)
        heads = _header_lines(lines, starts) if words else []
        columns = {
            name: column(compiled, name, rows, default_service, stamps, quotes, context, cut, heads) for name in fields
        }
        if starts is not None and cut is not None and "service" in columns:
            later_loggers(columns["service"], cut[1], lines, starts)
        return Batch(columns=columns, records=len(rows), lines=count_lines(block), starts=starts)

    def count_block(
        self, block: bytes, fields: Sequence[str], default_service: str | None = None
    ) -> tuple[Batch, dict[tuple[Any, ...], int]]:
        """Counted on the columnar kernel (plain_kernel.py) where it applies, else by records."""
        if (reading := self._reading(fields)) is not self:
            return reading.count_block(block, fields, default_service)
        counted = count_plain(self.layout, block, fields, default_service) if self.layout else None
        return counted if counted is not None else super().count_block(block, fields, default_service)


@lru_cache(maxsize=256)
def _with_layout(layout: Layout | None) -> PlainTextFormat:
    return PlainTextFormat(layout)


def _header_lines(lines: list[str], starts: list[int] | None) -> list[str]:
    """The lines of the block regex's rows: each record's first line (`starts`), else each line not blank."""
    return [lines[i] for i in starts] if starts is not None else [line for line in lines if line]
