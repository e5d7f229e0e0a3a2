"""Access logs of named columns, one record a line (the layouts: formats/columns_layouts.py and
columns_documented.py): AWS load balancers', S3's and VPC Flow Logs', W3C extended logs (IIS,
CloudFront), Squid, Envoy, Apache's vhost_combined, php-fpm's, nginx's stream log, xferlog.

A record's fields come from its layout's roles: the time, the HTTP status (the level from it,
as for Apache/Nginx access logs), the request (method, path; the message: the request line, or
W3C's method and URI stem), the bytes sent, the latency in milliseconds (the columns summed: an
ALB's three processing times; `-1` or `-` none), the service where the log names what served
(the load balancer, the bucket, IIS's site, CloudFront's distribution; else the file's), and
every column in `fields` under its name (`cs(User-Agent)` -> `cs_user_agent`; `-` none).
One table of readers (columns_readers.py) gives each field from its columns' texts, for the line
path (`parse`) and for the RE2 kernels of block paths alike, so that the two agree by construction.

W3C directives (`#Fields:`, `#Software:`...) are no records and nothing malformed. A `#Fields:`
directive gives the columns of the lines after it, in its block and the blocks after it
(`after`); a W3C file is read whole, in order, by one task (formats/reading.py `read_whole`),
since a byte range starting after a change of columns would not see it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache, partial
from typing import Any

from .base import BOM, FIELD_PREFIX, SECOND, Batch, LogFormat, count_lines, records_batch, split_block
from .columnar import kernel_reader, named_groups_only, to_re2
from .columns_arrow import columns_arrays
from .columns_documented import DOCUMENTED, from_wire, holds_vpc_header, vpc_header
from .columns_layouts import QUOTED, Columns, compiled, directive, next_layout
from .columns_readers import spec, value_of
from .line_columns import line_columns
from .line_counts import count_lines_matching, line_records
from .record import Record

# The Record attributes a layout's roles give (the others: raw, text, fields).
_ATTRIBUTES = ("message", "level", "service", "host", "timestamp", "status", "method", "path", "bytes", "latency_ms")


@cache
def _regexes(layout: Columns, groups: tuple[str, ...]) -> tuple[str, str] | None:
    """For RE2: the layout's regex without groups, and its head up to the last column `groups`
    name (SECOND: the one time column's, renamed), or None where RE2 cannot take them."""
    time = layout.roles["timestamp"][0] if SECOND in groups else None
    if time in groups:
        return None
    wanted = {time if group == SECOND else group for group in groups}
    last = max(
        (i for i, (name, token) in enumerate(layout.columns) if {name, *_PARTS.findall(token)} & wanted), default=0
    )
    head = layout.head(last + 1, loose=True)
    if time is not None:
        head = head.replace(f"(?P<{time}>", f"(?P<{SECOND}>")
    found = to_re2(named_groups_only(layout.pattern, ())), to_re2(named_groups_only(head, groups))
    return None if None in found else found  # type: ignore[return-value]


_PARTS = re.compile(r"\(\?P<(\w+)>")  # (the groups inside a column's token: Squid's `code/status`)


def _record(layout: Columns, line: str, default_service: str | None) -> Record | None:
    found = compiled(layout).match(line)
    if found is None:
        return None
    texts = found.groupdict()
    table = spec(layout)
    values = {
        name: table[name][1](*(texts[group] for group in table[name][0]), default_service) for name in _ATTRIBUTES
    }
    fields = {}
    for name in layout.names:  # (an empty value kept: `""`, as the block path reads it)
        value = table[FIELD_PREFIX + name][1](texts[name], None)
        if value is not None:
            fields[name] = value
    if texts.get("_rest"):
        rest = layout.rest_tokens.findall(texts["_rest"])
        fields.update(
            (name, value)
            for name, text in zip(layout.more, rest, strict=False)
            if (value := value_of(text)) is not None
        )
    return Record(**values, raw=line, fields=fields)


def _fitting(line: str) -> Columns | None:
    return next((layout for layout in DOCUMENTED.values() if compiled(layout).match(line)), None)


class ColumnsFormat(LogFormat):
    name = "columns"
    description = (
        "access logs of named columns: AWS ALB, ELB, S3 and VPC Flow Logs, W3C extended (IIS, CloudFront), Squid,"
        " Envoy, Apache vhost_combined, php-fpm, nginx stream, xferlog"
    )

    def __init__(self, layout: Columns | None = None) -> None:
        self.columns = layout

    def with_layout(self, layout: Columns | list[list[str]] | None) -> ColumnsFormat:
        """This format reading the given layout (a Split's, or learned)."""
        return _with_layout(layout if isinstance(layout, Columns) or layout is None else from_wire(layout))

    def matches(self, line: str) -> bool:
        if self.columns is not None:
            return compiled(self.columns).match(line) is not None or _is_directive(self.columns, line)
        return _fitting(line) is not None  # (a W3C file is told by its `#Fields:`: formats.detect_format)

    def after(self, block: bytes) -> ColumnsFormat:
        """The format the lines after this block are read with: a W3C file's layout as the block's
        `#Fields:` directives left it (as `_read` read the block)."""
        if self.columns is None or not _has_directive(self.columns, block) or b"#Fields:" not in block:
            return self
        layout, lines = self.columns, split_block(block)
        for i in (i for i, line in enumerate(lines) if directive(line) == "Fields"):
            layout = next_layout(lines, i, layout)
        return self.with_layout(layout)

    def parse(self, line: str, default_service: str | None = None) -> Record | None:
        layout = self.columns or _fitting(line)
        return None if layout is None else _record(layout, line, default_service)

    def records(self, block: bytes, default_service: str | None = None) -> Iterator[tuple[Record | None, str]]:
        for _, record, line in self._read(block, default_service):
            yield record, line

    def _read(self, block: bytes, default_service: str | None) -> Iterator[tuple[int, Record | None, str]]:
        """(line index, record or None, line) of each line that is no directive nor blank; a
        `#Fields:` directive changes the layout of the lines after it. (Directives are W3C's: in
        a file of a documented layout, a `#` line is malformed.)"""
        layout, lines = self.columns, split_block(block)
        for i, line in enumerate(lines):
            if _is_directive(layout, line):
                if directive(line) == "Fields":
                    layout = next_layout(lines, i, layout)
                continue
            if line.strip():
                yield (
                    i,
                    self.parse(line, default_service) if layout is None else _record(layout, line, default_service),
                    line,
                )

    def parse_block(self, block: bytes, fields: Sequence[str], default_service: str | None = None) -> Batch:
        """On RE2 where the block has a layout and no directive (line_columns.py), else line by line."""
        if self.columns is not None and not _has_directive(self.columns, block):
            parse = partial(self.parse, default_service=default_service)
            found = line_columns(
                block, partial(_regexes, self.columns), spec(self.columns), fields, parse, default_service
            )
            if found is not None:
                return found
        read = list(self._read(block, default_service))
        batch = records_batch(((record, line) for _, record, line in read), fields, count_lines(block))
        if batch.records < batch.lines:  # (directives, blank or malformed lines: each record's line)
            batch.starts = [i for i, record, _ in read if record is not None]
        return batch

    def arrow_block(self, block: bytes, fields: Sequence[str], default_service: str | None = None) -> Batch | None:
        """http's fields and the message as Arrow arrays, where the request is one quoted column (a
        load balancer's or Envoy's) and every line is ASCII and fits (columns_arrow.py)."""
        layout = self.columns
        request = layout.roles.get("request", ()) if layout is not None else ()
        if len(request) != 1 or dict(layout.columns)[request[0]] != QUOTED:  # type: ignore[union-attr]
            return None
        return columns_arrays(block, spec(layout), partial(_regexes, layout), fields)  # type: ignore[arg-type]

    def count_block(
        self, block: bytes, fields: Sequence[str], default_service: str | None = None
    ) -> tuple[Batch, dict[tuple[Any, ...], int]]:
        """Counted on RE2 (line_counts.py) where the block has a layout and no directive."""
        table = spec(self.columns) if self.columns is not None else {}
        if fields and all(name in table for name in fields) and not _has_directive(self.columns, block):
            groups, read = kernel_reader(table, fields, default_service)
            regexes = _regexes(self.columns, groups)
            rest = line_records(self, fields, default_service)
            fraction = self.columns.fraction if SECOND in groups else None
            found = None if regexes is None else count_lines_matching(block, *regexes, groups, read, rest, fraction)
            if found is not None:
                return found
        return super().count_block(block, fields, default_service)


def _directives(layout: Columns | None) -> bool:
    """Whether a file of this layout may hold W3C directives (a W3C file's, or one not yet learned)."""
    return layout is None or layout.kind in ("w3c", "zeek")


def _is_directive(layout: Columns | None, line: str) -> bool:
    """Whether the line is no record but a W3C directive, or a header line that names a VPC flow
    log's columns (an S3 object opens with one: it recurs where objects are joined; the file's
    columns are its first header's, whatever a later one names)."""
    if layout is not None and layout.header:  # (any header: joined objects may name other columns)
        return vpc_header(line) is not None
    return _directives(layout) and line.startswith("#") and directive(line) is not None


def _has_directive(layout: Columns, block: bytes) -> bool:
    if layout.header:
        return holds_vpc_header(block)
    return _directives(layout) and (block.removeprefix(BOM).startswith(b"#") or b"\n#" in block)


@lru_cache(maxsize=64)
def _with_layout(layout: Columns | None) -> ColumnsFormat:
    return ColumnsFormat(layout)
