"""Web server logs: Apache/Nginx access logs (common and combined) and Apache error logs."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, partial
from typing import Any

from .access_counts import COUNTED, access_counts, access_counts_in_c
from .access_kernel import access_arrays, access_columns
from .access_texts import TEXT_FIELDS, access_texts
from .base import FIELD_PREFIX, LEVEL_CACHE, SECOND, Batch, LogFormat, count_lines, split_block
from .columnar import kernel_reader, named_groups_only, to_re2
from .latency import latency_ms
from .line_columns import line_columns
from .line_counts import count_lines_matching, line_records
from .record import Record, level_from_status, normalize_level

# Common Log Format, optionally followed by the combined format's referer and user agent, then by
# whatever the server adds (nginx `$request_time`, `rt=0.012`, Apache `%D` as `D=1234`, Traefik's
# duration last as `12ms`).
_ACCESS = re.compile(
    r"^(?P<host>\S+) (?P<ident>\S+) (?P<user>\S+) \[(?P<time>[^\]]+)\] "
    r'"(?P<request>[^"\\]*(?:\\.[^"\\]*)*)" (?P<status>\d{3}|-) (?P<bytes>\d+|-)'
    r'(?: "(?P<referer>[^"\\]*(?:\\.[^"\\]*)*)" "(?P<agent>[^"\\]*(?:\\.[^"\\]*)*)")?'
    r"(?P<extra>(?: .*)?)$"
)
# The same, for a whole block at once: no part may run across a newline, so that every match is one
# whole line and the number of matches tells whether every line matched.
_ACCESS_LINES = re.compile(
    r"^(\S+) \S+ (\S+) \[([^\]\n]+)\] "
    r'"([^"\\\n]*(?:\\.[^"\\\n]*)*)" (\d{3}) (\d+|-)'
    r'(?: "[^"\\\n]*(?:\\.[^"\\\n]*)*" "[^"\\\n]*(?:\\.[^"\\\n]*)*")?'
    r"((?: .*)?)$",
    re.MULTILINE,
)
# Record fields the block path fills (the others, such as raw and fields, come from parse()).
_BLOCK_FIELDS = frozenset(
    {"message", "level", "service", "host", "timestamp", "status", "method", "path", "bytes", "latency_ms"}
)


def _method_and_path(request: str) -> tuple[str | None, str | None]:
    parts = request.split(" ")
    if len(parts) > 3:
        return None, None
    return parts[0], parts[1] if len(parts) > 1 else None


def _columns(fields: Sequence[str], found: list[tuple[str, ...]], default_service: str | None) -> dict[str, list]:
    """The fields' columns from (host, user, time, request, status, bytes, extra) matches."""
    columns: dict[str, list[Any]] = {}
    if "method" in fields or "path" in fields:
        pairs = [_method_and_path(row[3]) for row in found]
        columns["method"] = [method for method, _ in pairs]
        columns["path"] = [path for _, path in pairs]
    if "status" in fields or "level" in fields:
        columns["status"] = [int(row[4]) for row in found]
    for name in fields:
        if name == "level":
            columns[name] = [level_from_status(status) for status in columns["status"]]
        elif name == "bytes":
            columns[name] = [int(row[5]) if row[5] != "-" else 0 for row in found]
        elif name == "latency_ms":
            cache: dict[str, float | None] = {}
            column = columns[name] = []
            for row in found:
                extra = row[6]
                if extra not in cache:
                    cache[extra] = latency_ms(extra)
                column.append(cache[extra])
        elif name == "message":
            columns[name] = [row[3] for row in found]
        elif name == "timestamp":
            columns[name] = [row[2] for row in found]
        elif name == "service":
            columns[name] = [default_service] * len(found)
        elif name == "host":  # access logs name the client, not the host
            columns[name] = [None] * len(found)
    return {name: columns[name] for name in fields}


class AccessLogFormat(LogFormat):
    name = "access"
    description = "Apache/Nginx access logs (common or combined, optional request time)"

    def matches(self, line: str) -> bool:
        return _ACCESS.match(line) is not None

    def parse(self, line: str, default_service: str | None = None) -> Record | None:
        found = _ACCESS.match(line)
        if found is None:
            return None
        request = found["request"]
        parts = request.split(" ")
        method, path, protocol = ([*parts, None, None])[:3] if len(parts) <= 3 else (None, None, None)
        status = int(found["status"]) if found["status"] != "-" else None  # (varnishncsa's `- -`: no answer)
        size = found["bytes"]
        fields = {"client": found["host"], "request": request, "protocol": protocol}
        if found["user"] != "-":
            fields["user"] = found["user"]
        if found["referer"] is not None:
            fields["referer"] = found["referer"]
            fields["agent"] = found["agent"]
        return Record(
            message=request,
            level=level_from_status(status),
            service=default_service,
            host=None,
            timestamp=found["time"],
            status=status,
            method=method,
            path=path,
            bytes=int(size) if size != "-" else 0,
            latency_ms=latency_ms(found["extra"]),
            raw=line,
            fields=fields,
        )

    def parse_block(self, block: bytes, fields: Sequence[str], default_service: str | None = None) -> Batch:
        """One regex scan over the whole block when every line is an access log line, on RE2 where
        every line is ASCII too (else, or for fields only parse() fills, line by line)."""
        if set(fields) <= TEXT_FIELDS:  # (patterns: the lines as they are, where each is an access log line)
            texts = access_texts(block, _ACCESS.pattern, fields, default_service)
            if texts is not None:
                return texts
        if not set(fields) <= _BLOCK_FIELDS:
            return super().parse_block(block, fields, default_service)
        kernel = access_columns(block, _ACCESS.pattern, fields, latency_ms, default_service)
        if kernel is not None:  # (on RE2: formats/access_kernel.py)
            return kernel
        lines = split_block(block)
        found = _ACCESS_LINES.findall("\n".join(lines))
        if len(found) != sum(1 for line in lines if line.strip()):
            return super().parse_block(block, fields, default_service)
        return Batch(
            columns=_columns(fields, found, default_service),
            records=len(found),
            lines=count_lines(block),
        )

    def arrow_block(self, block: bytes, fields: Sequence[str], default_service: str | None = None) -> Batch | None:
        return access_arrays(block, _ACCESS.pattern, fields, latency_ms)

    def count_block(
        self, block: bytes, fields: Sequence[str], default_service: str | None = None
    ) -> tuple[Batch, dict[tuple[Any, ...], int]]:
        """Counted in one C pass (access_counts.access_counts_in_c), else in Arrow where the kernel takes
        the block (access_counts.access_counts), else from its columns."""
        if fields and set(fields) <= COUNTED.keys():
            found = access_counts_in_c(self, block, _ACCESS.pattern, fields, default_service) or access_counts(
                block, _ACCESS.pattern, fields, default_service
            )
            if found is not None:
                return found
        return super().count_block(block, fields, default_service)


_APACHE_ERROR = re.compile(
    r"^\[(?P<time>[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d(?:\.\d+)? \d{4})\] "
    r"\[(?:(?P<module>[\w-]+):)?(?P<level>[a-z]+\d?)\]"
    r"(?: \[pid (?P<pid>\d+)(?::tid \d+)?\])?(?: \[client (?P<client>[^\]]+)\])? ?(?P<message>.*)$"
)


@cache
def _apache_error_lines() -> re.Pattern[str]:
    """_APACHE_ERROR over a block's lines joined by newlines, one match per line (a client never crosses one)."""
    return re.compile(_APACHE_ERROR.pattern.replace(r"[^\]]", r"[^\]\n]"), re.MULTILINE)


# What an Apache error line's match gives each field (the others: None, and raw and text the line).
_ERROR_COLUMNS = {
    "message": lambda rows, at, default: [row[at["message"]] for row in rows],
    "level": lambda rows, at, default: [LEVEL_CACHE[row[at["level"]].rstrip("0123456789")] for row in rows],
    "service": lambda rows, at, default: [row[at["module"]] or default for row in rows],
    "timestamp": lambda rows, at, default: [row[at["time"]] for row in rows],
    FIELD_PREFIX + "pid": lambda rows, at, default: [row[at["pid"]] or None for row in rows],
    FIELD_PREFIX + "client": lambda rows, at, default: [row[at["client"]] or None for row in rows],
}
_ERROR_NONE = frozenset(("host", "status", "method", "path", "bytes", "latency_ms"))
# What the columnar kernel counts an Apache error line by: each field's group (a prefix of the
# regex gives them: what follows always matches), and its value from the group's text, as above.
_ERROR_KERNEL = {
    "service": (("module",), lambda text, default: text or default),
    "level": (("level",), lambda text, default: LEVEL_CACHE[text.rstrip("0123456789")]),
    SECOND: ((SECOND,), lambda text, default: text),
}
# A ctime's fraction of 1 to 6 digits (as strptime's %f reads it) dropped: the same second.
_CTIME_FRACTION = (
    r"^(?P<a>[A-Z][a-z]{2} [A-Z][a-z]{2} [ 0-9][0-9] [0-9]{2}:[0-9]{2}:[0-9]{2})\.[0-9]{1,6}(?P<b> [0-9]{4})$",
    r"\1\2",
)


@cache
def _error_kernel(groups: tuple[str, ...]) -> tuple[str, str] | None:
    """(the Apache error regex without groups, its head with `groups`) for RE2, or None."""
    pattern = _APACHE_ERROR.pattern.replace("(?P<time>", f"(?P<{SECOND}>")
    head = named_groups_only(pattern[: pattern.index(r"(?: \[pid")], groups)
    regexes = to_re2(named_groups_only(pattern, ())), to_re2(head)
    return None if None in regexes else regexes  # type: ignore[return-value]


class ApacheErrorFormat(LogFormat):
    name = "apache_error"
    description = "Apache error logs ([time] [level] message)"

    def matches(self, line: str) -> bool:
        return _APACHE_ERROR.match(line) is not None

    def parse(self, line: str, default_service: str | None = None) -> Record | None:
        found = _APACHE_ERROR.match(line)
        if found is None:
            return None
        fields = {k: found[k] for k in ("pid", "client") if found[k] is not None}
        return Record(
            message=found["message"],
            level=normalize_level(found["level"].rstrip("0123456789")),
            service=found["module"] or default_service,
            timestamp=found["time"],
            raw=line,
            fields=fields,
        )

    def parse_block(self, block: bytes, fields: Sequence[str], default_service: str | None = None) -> Batch:
        """One scan over the block when every line that is not blank is an Apache error line
        (else, or for fields only parse() fills, line by line); service, level and the line on
        RE2 (formats/line_columns.py) where that applies."""
        parse = partial(self.parse, default_service=default_service)
        found = line_columns(block, _error_kernel, _ERROR_KERNEL, fields, parse, default_service)
        if found is not None:
            return found
        lines = split_block(block)
        kept = [line for line in lines if line.strip()]
        known = _ERROR_COLUMNS.keys() | _ERROR_NONE | {"raw", "text"}
        if not kept or not all(name in known or name.startswith(FIELD_PREFIX) for name in fields):
            return super().parse_block(block, fields, default_service)
        found = _apache_error_lines()
        rows = found.findall("\n".join(kept))
        if len(rows) != len(kept):
            return super().parse_block(block, fields, default_service)
        at = {name: i - 1 for name, i in found.groupindex.items()}
        columns = {}
        for name in fields:
            if name in _ERROR_COLUMNS:
                columns[name] = _ERROR_COLUMNS[name](rows, at, default_service)
            else:
                columns[name] = kept if name in ("raw", "text") else [None] * len(rows)
        return Batch(columns=columns, records=len(rows), lines=count_lines(block))

    def count_block(
        self, block: bytes, fields: Sequence[str], default_service: str | None = None
    ) -> tuple[Batch, dict[tuple[Any, ...], int]]:
        """Counted on the columnar kernel (formats/columnar.py): the lines it does not take, and
        blocks it does not take, on the line-by-line path."""
        if fields and all(name in _ERROR_KERNEL for name in fields):
            groups, read = kernel_reader(_ERROR_KERNEL, fields, default_service)
            regexes = _error_kernel(groups)
            rest = line_records(self, fields, default_service)
            found = (
                None if regexes is None else count_lines_matching(block, *regexes, groups, read, rest, _CTIME_FRACTION)
            )
            if found is not None:
                return found
        return super().count_block(block, fields, default_service)
