"""Access logs of named columns, one record a line (the layouts: formats/columns_layouts.py): AWS
load balancers' and S3's access logs, W3C extended logs (IIS, CloudFront), Squid, Envoy.

A record's fields come from its layout's roles: the time, the HTTP status (the level from it,
as for Apache/Nginx access logs), the request (method, path; the message: the request line, or
W3C's method and URI stem), the bytes sent, the latency in milliseconds (the columns summed: an
ALB's three processing times; `-1` or `-` none), the service where the log names what served
(the load balancer, the bucket, IIS's site, CloudFront's distribution; else the file's), and
every column in `fields` under its name (`cs(User-Agent)` -> `cs_user_agent`; `-` none).
One table of readers (`_spec`) gives each field from its columns' texts, for the line path
(`parse`) and for the RE2 kernels of block paths alike, so that the two agree by construction.

W3C directives (`#Fields:`, `#Software:`...) are no records and nothing malformed. A `#Fields:`
directive gives the columns of the lines after it, in its block and the blocks after it
(`after`); a W3C file is read whole, in order, by one task (formats/reading.py `read_whole`),
since a byte range starting after a change of columns would not see it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache, lru_cache, partial
from typing import Any

from .base import BOM, FIELD_PREFIX, SECOND, Batch, LogFormat, count_lines, records_batch, split_block
from .columnar import KernelField, kernel_reader, named_groups_only, to_re2
from .columns_layouts import DOCUMENTED, Columns, compiled, directive, from_wire, w3c_from
from .line_columns import line_columns
from .line_counts import count_lines_matching, line_records
from .record import Record, level_from_status
from .seconds import to_seconds

# The Record attributes a layout's roles give (the others: raw, text, fields).
_ATTRIBUTES = ("message", "level", "service", "host", "timestamp", "status", "method", "path", "bytes", "latency_ms")


def _value(text: str | None) -> str | None:
    """A column's value: its text without its quotes (escapes kept as written), None for `-` or nothing."""
    if not text or text == "-":
        return None
    if len(text) > 1 and text[0] == '"' and text[-1] == '"':
        return text[1:-1]
    return text


def _w3c_value(text: str | None) -> str | None:
    """A W3C column's value: a quoted string's `""` is a quote."""
    value = _value(text)
    return value.replace('""', '"') if value and text[0] == '"' else value  # type: ignore[index]


def _time(*texts: str) -> str | None:
    """The time column's text without brackets, or W3C's date and time joined."""
    if not texts or any(not text or text == "-" for text in texts):
        return None
    if len(texts) == 2:
        return f"{texts[0]} {texts[1]}"
    return texts[0][1:-1] if texts[0].startswith("[") else texts[0]


def _second(*texts: str) -> Any:
    """The time to the second, as `base.counted` gives it (from `to_seconds`, numbers as text)."""
    found = to_seconds([_time(*texts[:-1])])[0]
    return str(found) if type(found) is int else found


def _status(text: str | None) -> int | None:
    """An HTTP status (100 to 599; `000`, `0`, `-`: none)."""
    return int(text) if text and text.isdigit() and 100 <= int(text) <= 599 else None


def _number(text: str | None) -> int | None:
    """Bytes: `-` is 0 (as in Common Log Format), a column without digits none."""
    return int(text) if text and text.isdigit() else (0 if text == "-" else None)


def _latency(scale: float) -> Callable[..., float | None]:
    def read(*texts: str) -> float | None:
        try:
            values = [float(text) for text in texts[:-1]]
        except (TypeError, ValueError):
            return None
        if not values or not all(0 <= value < math.inf for value in values):  # (`-1`, nan, inf: none)
            return None
        return round(sum(values) * scale, 6)

    return read


def _request(text: str | None) -> tuple[str | None, str | None]:
    """An HTTP request line's method and path (none of a line that is no `METHOD PATH [PROTOCOL]`);
    a load balancer's absolute URL gives its path (`http://host:80/a?b` -> `/a?b`)."""
    parts = (_value(text) or "").split(" ")
    if len(parts) > 3 or not parts[0] or parts[0] == "-":
        return None, None
    path = parts[1] if len(parts) > 1 else None
    absolute = _ABSOLUTE.match(path) if path is not None else None
    if absolute is not None:
        path = "/" + path[absolute.end() :].removeprefix("/")  # type: ignore[index]
    return parts[0], path


_ABSOLUTE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*")  # (a URL's scheme and authority)


def _joiner(value: Callable[[str | None], str | None]) -> Callable[..., str]:
    def joined(*texts: str) -> str:
        """The columns' texts as written (a `-` too), without their quotes."""
        return " ".join(value(text) or text for text in texts[:-1] if text)

    return joined


@cache
def _spec(layout: Columns) -> dict[str, KernelField]:
    """Each field's columns (groups) and its value from their texts and the default service. A
    field the layout has no columns for reads its first column and ignores it (a kernel reads
    at least one group)."""
    roles, first = layout.roles, layout.names[:1]

    def read(
        role: str, reader: Callable[..., Any], absent: Callable[[str | None], Any] = lambda _: None
    ) -> KernelField:
        return (roles[role], reader) if role in roles else (first, lambda _, default: absent(default))

    value = _w3c_value if layout.kind == "w3c" else _value
    spec: dict[str, KernelField] = {
        FIELD_PREFIX + name: ((name,), lambda text, _: value(text)) for name in layout.names
    }
    spec["timestamp"] = read("timestamp", lambda *texts: _time(*texts[:-1]))
    spec[SECOND] = read("timestamp", _second)
    if len(spec[SECOND][0]) == 1 and "timestamp" in roles:  # (renamed by a kernel, its fraction dropped: `_regexes`)
        spec[SECOND] = (SECOND,), _second
    spec["status"] = read("status", lambda text, _: _status(text))
    spec["level"] = read("status", lambda text, _: level_from_status(_status(text)), lambda _: level_from_status(None))
    if "request" in roles:
        spec["message"] = roles["request"], lambda *texts: next(filter(None, map(_value, texts[:-1])), "")
        spec["method"] = roles["request"][:1], lambda text, _: _request(text)[0]
        spec["path"] = roles["request"][:1], lambda text, _: _request(text)[1]
    else:  # (W3C's method and URI; a log of no request: its columns but the time)
        said = roles.get("method", ()) + roles.get("path", ())
        spec["message"] = (
            said or tuple(name for name in layout.names if name not in roles.get("timestamp", ())),
            _joiner(value),
        )
        spec["method"] = read("method", lambda text, _: value(text))
        spec["path"] = read("path", lambda text, _: value(text))
    spec["bytes"] = read("bytes", lambda text, _: _number(text))
    spec["latency_ms"] = read("latency", _latency(layout.scale))
    spec["service"] = read("service", lambda text, default: value(text) or default, lambda default: default)
    spec["host"] = read("host", lambda text, _: value(text))
    return spec


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
    head = layout.head(last + 1)
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
    spec = _spec(layout)
    values = {name: spec[name][1](*(texts[group] for group in spec[name][0]), default_service) for name in _ATTRIBUTES}
    fields = {name: value for name in layout.names if (value := spec[FIELD_PREFIX + name][1](texts[name], None))}
    if texts.get("_rest"):
        rest = layout.rest_tokens.findall(texts["_rest"])
        fields.update(
            (name, value) for name, text in zip(layout.more, rest, strict=False) if (value := _value(text)) is not None
        )
    return Record(**values, raw=line, fields=fields)


def _fitting(line: str) -> Columns | None:
    return next((layout for layout in DOCUMENTED.values() if compiled(layout).match(line)), None)


class ColumnsFormat(LogFormat):
    name = "columns"
    description = "access logs of named columns: AWS ALB, ELB and S3, W3C extended (IIS, CloudFront), Squid, Envoy"

    def __init__(self, layout: Columns | None = None) -> None:
        self.columns = layout

    def with_layout(self, layout: Columns | list[list[str]] | None) -> ColumnsFormat:
        """This format reading the given layout (a Split's, or learned)."""
        return _with_layout(layout if isinstance(layout, Columns) or layout is None else from_wire(layout))

    def matches(self, line: str) -> bool:
        if self.columns is not None:
            return compiled(self.columns).match(line) is not None or (
                _directives(self.columns) and bool(directive(line))
            )
        return _fitting(line) is not None  # (a W3C file is told by its `#Fields:`: formats.detect_format)

    def after(self, block: bytes) -> ColumnsFormat:
        """The format the lines after this block are read with: a W3C file's last `#Fields:` in it."""
        if self.columns is None or not _has_directive(self.columns, block) or b"#Fields:" not in block:
            return self
        separator, unit = self.columns.wire[0][1:3]
        return self.with_layout(w3c_from(split_block(block), separator, unit))

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
            if _directives(layout) and line.startswith("#") and (name := directive(line)) is not None:
                if name == "Fields":
                    separator, unit = layout.wire[0][1:3] if layout is not None else (None, None)
                    layout = w3c_from(lines[max(0, i - 3) : i + 2], separator, unit)
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
                block, partial(_regexes, self.columns), _spec(self.columns), fields, parse, default_service
            )
            if found is not None:
                return found
        read = list(self._read(block, default_service))
        batch = records_batch(((record, line) for _, record, line in read), fields, count_lines(block))
        if batch.records < batch.lines:  # (directives, blank or malformed lines: each record's line)
            batch.starts = [i for i, record, _ in read if record is not None]
        return batch

    def count_block(
        self, block: bytes, fields: Sequence[str], default_service: str | None = None
    ) -> tuple[Batch, dict[tuple[Any, ...], int]]:
        """Counted on RE2 (line_counts.py) where the block has a layout and no directive."""
        spec = _spec(self.columns) if self.columns is not None else {}
        if fields and all(name in spec for name in fields) and not _has_directive(self.columns, block):
            groups, read = kernel_reader(spec, fields, default_service)
            regexes = _regexes(self.columns, groups)
            rest = line_records(self, fields, default_service)
            fraction = self.columns.fraction if SECOND in groups else None
            found = None if regexes is None else count_lines_matching(block, *regexes, groups, read, rest, fraction)
            if found is not None:
                return found
        return super().count_block(block, fields, default_service)


def _directives(layout: Columns | None) -> bool:
    """Whether a file of this layout may hold W3C directives (a W3C file's, or one not yet learned)."""
    return layout is None or layout.kind == "w3c"


def _has_directive(layout: Columns, block: bytes) -> bool:
    return _directives(layout) and (block.removeprefix(BOM).startswith(b"#") or b"\n#" in block)


@lru_cache(maxsize=64)
def _with_layout(layout: Columns | None) -> ColumnsFormat:
    return ColumnsFormat(layout)
