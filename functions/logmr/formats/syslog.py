"""Syslog: RFC 5424 and the traditional RFC 3164 / BSD layout (with or without a <PRI>)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import partial
from operator import itemgetter
from typing import Any

from .base import FIELD_PREFIX, Batch, LogFormat, count_lines, counted, keep_samples, read_each, split_block
from .columnar import kernel_reader
from .haproxy import HTTP_FIELDS, with_http
from .haproxy import TAG as HAPROXY
from .line_columns import deferred_line_columns
from .line_counts import ISO_FRACTION, count_lines_matching
from .message_marks import line_opening
from .record import Record
from .syslog_lines import (
    KERNELS,
    RFC3164,
    RFC5424,
    block_layout,
    cisco_tag,
    fast_head,
    heads,
    kernel_regexes,
    nil,
    rfc3164_level,
    severity,
)

# The same over a block's lines joined by newlines, one match per line (a tag never crosses one).
_RFC3164_LINES = re.compile(RFC3164.pattern.replace(r"[^:\[\]]", r"[^:\[\]\n]"), re.MULTILINE)
# (Runs of plain characters taken whole, never given back: the same matches, no step a character.)
_SD_ELEMENT = re.compile(r"\[(?P<id>[^\s\]]+)(?P<params>(?:[^\]\\]++|\\.)*+)\]")
_SD_PARAM = re.compile(r'(?P<name>[^\s=]+)="(?P<value>(?:[^"\\]++|\\.)*+)"')


# What an RFC 5424 line gives each record field, from its match (the rest are None).
_RFC5424_FIELDS = {
    "message": lambda found, line, default: _message(found),
    "level": lambda found, line, default: severity(found["pri"]),
    "service": lambda found, line, default: nil(found["app"]) or default,
    "host": lambda found, line, default: nil(found["host"]),
    "timestamp": lambda found, line, default: nil(found["time"]),
    "raw": lambda found, line, default: line,
    "text": lambda found, line, default: line,
}
# What an RFC 3164 line gives them (its tag: the service, and the pid in brackets).
_RFC3164_FIELDS = {
    "message": lambda found, line, default: found["message"],
    "level": lambda found, line, default: rfc3164_level(
        found["pri"], line_opening(found["mlevel"], line), found["fsev"] or cisco_tag(_tag_service(found))[1]
    ),
    "service": lambda found, line, default: _service(found) or default,
    "host": lambda found, line, default: found["host"] or None,  # (none: two blanks after the time)
    "timestamp": lambda found, line, default: found["time"],
    "raw": lambda found, line, default: line,
    "text": lambda found, line, default: line,
}
_NONE_FIELDS = frozenset(("status", "method", "path", "bytes", "latency_ms"))
# A line's fields but the header's are its structured data's elements, by id: one named as parse's
# fields (so rare that the kernel leaves their block to the record path; none there, they are None).
_SD_NAMED = re.compile(rb"\[(?:pid|time)[\s\]]")


def _message(found: re.Match) -> str:
    message = found["message"] or ""
    return message[1:] if message.startswith("\ufeff") else message


def _untagged(tag: str, pid: str | None) -> str:
    """A tag without its `[pid]`."""
    return tag[: tag.index("[")] if pid else tag


def _tag_service(found: re.Match) -> str:
    """An RFC 3164 line's tag without the `[pid]`."""
    return _untagged(found["tag"], found["pid"])


def _service(found: re.Match) -> str | None:
    """An RFC 3164 line's service: its tag without the `[pid]` (a Cisco message id's: its facility)."""
    return cisco_tag(_tag_service(found))[0]


def _rfc3164_fields(found: re.Match) -> dict[str, object]:
    fields: dict[str, object] = {"facility": int(found["pri"]) // 8} if found["pri"] is not None else {}
    if found["pid"] is not None:
        fields["pid"] = int(found["pid"])
    return fields


def _rfc5424_fields(found: re.Match) -> dict[str, object]:
    fields: dict[str, object] = {"facility": int(found["pri"]) // 8}
    fields.update((key, found[key]) for key in ("procid", "msgid") if nil(found[key]))
    for element in _SD_ELEMENT.finditer(found["sd"]):
        params = {m["name"]: m["value"] for m in _SD_PARAM.finditer(element["params"])}
        fields[element["id"]] = params
    return fields


def _readers(name: str) -> tuple[Any, Any]:
    """How an RFC 5424 and an RFC 3164 line's match give the column `name`."""
    if name.startswith(FIELD_PREFIX):
        key = name[len(FIELD_PREFIX) :]
        # (an RFC 5424 line's other fields are its structured data's elements, by id)
        header = key in ("facility", "procid", "msgid")
        return (
            lambda found, line, default: _rfc5424_fields(found).get(key) if header or key in found["sd"] else None
        ), (lambda found, line, default: _rfc3164_fields(found).get(key))
    none = lambda found, line, default: None  # noqa: E731
    return _RFC5424_FIELDS.get(name, none), _RFC3164_FIELDS.get(name, none)


def _rfc3164_batch(lines: list[str], fields: Sequence[str], default_service: str | None) -> Batch | None:
    """The block's columns from one scan, when every line that is not blank is an RFC 3164 line."""
    kept = [line for line in lines if line.strip()]
    rows = _RFC3164_LINES.findall("\n".join(kept))
    if not kept or len(rows) != len(kept):
        return None
    at = {name: i - 1 for name, i in _RFC3164_LINES.groupindex.items()}
    pri, pid, tag = at["pri"], at["pid"], at["tag"]
    columns: dict[str, list[Any]] = {}
    for name in fields:
        if name in ("message", "host", "timestamp"):  # (findall's empty text: a line without a host)
            texts = map(itemgetter(at["time" if name == "timestamp" else name]), rows)
            columns[name] = [text or None for text in texts] if name == "host" else list(texts)
        elif name in ("raw", "text"):
            columns[name] = kept
        elif name == "level":
            openings = map(line_opening, map(itemgetter(at["mlevel"]), rows), kept)
            written = (row[at["fsev"]] or cisco_tag(_untagged(row[tag], row[pid]))[1] for row in rows)
            words = zip(map(itemgetter(pri), rows), openings, written, strict=True)
            columns[name] = read_each(words, lambda found: rfc3164_level(*found))
        elif name == "service":
            columns[name] = read_each(
                map(itemgetter(tag, pid), rows),
                lambda found: cisco_tag(_untagged(*found))[0] or default_service,
            )
        elif name == FIELD_PREFIX + "pid":
            columns[name] = read_each(map(itemgetter(pid), rows), lambda text: int(text) if text else None)
        elif name == FIELD_PREFIX + "facility":
            columns[name] = [int(row[pri]) // 8 if row[pri] else None for row in rows]
        else:
            columns[name] = [None] * len(rows)
    return Batch(columns, len(rows), len(lines))


class SyslogFormat(LogFormat):
    name = "syslog"
    description = "syslog (RFC 5424 and RFC 3164)"

    def matches(self, line: str) -> bool:
        return RFC5424.match(line) is not None or RFC3164.match(line) is not None

    def parse(self, line: str, default_service: str | None = None) -> Record | None:
        found = RFC5424.match(line)
        if found is not None:
            return self._rfc5424(found, line, default_service)
        found = RFC3164.match(line)
        if found is None:
            return None
        (tag, written), pri = cisco_tag(_tag_service(found)), found["pri"]
        fields, message = _rfc3164_fields(found), found["message"]
        level = rfc3164_level(pri, line_opening(found["mlevel"], line), found["fsev"] or written)
        host = found["host"] or None
        record = Record(message, level, tag or default_service, host, found["time"], raw=line, fields=fields)
        return with_http(record) if tag == HAPROXY else record

    def _rfc5424(self, found: re.Match, line: str, default_service: str | None) -> Record:
        return Record(
            message=_message(found),
            level=severity(found["pri"]),
            service=nil(found["app"]) or default_service,
            host=nil(found["host"]),
            timestamp=nil(found["time"]),
            raw=line,
            fields=_rfc5424_fields(found),
        )

    def parse_block(self, block: bytes, fields: Sequence[str], default_service: str | None = None) -> Batch:
        """The lines' fields read from their match alone (no Record, structured data read only if asked for)."""
        known = _RFC5424_FIELDS.keys() | _NONE_FIELDS
        haproxy = HTTP_FIELDS.intersection(fields) and b"haproxy" in block  # (its HTTP log: formats/haproxy.py)
        if haproxy or not fields or not all(name in known or name.startswith(FIELD_PREFIX) for name in fields):
            return super().parse_block(block, fields, default_service)
        layout, parse = block_layout(block), partial(self.parse, default_service=default_service)
        spec, rfc5424 = KERNELS[layout], layout == "rfc5424"
        if rfc5424 and any(name.startswith(FIELD_PREFIX) for name in fields) and _SD_NAMED.search(block):
            spec = {}  # (structured data that may hold such a field: the record path)
        regexes, fast, after = partial(kernel_regexes, layout), partial(fast_head, layout), "" if rfc5424 else " ?"
        found = deferred_line_columns(self, block, regexes, spec, fields, parse, default_service, fast, after)
        if found is not None:  # (on RE2: formats/line_columns.py)
            return found
        lines = split_block(block)
        batch = _rfc3164_batch(lines, fields, default_service) or self._lines_batch(lines, fields, default_service)
        batch.lines = count_lines(block)
        return batch

    def _lines_batch(self, lines: list[str], fields: Sequence[str], default_service: str | None) -> Batch:
        columns: dict[str, list] = {name: [] for name in fields}
        readers = [(columns[name].append, *_readers(name)) for name in fields]
        malformed: list[str] = []
        starts = []  # (each record's line)
        match, match_bsd = RFC5424.match, RFC3164.match
        for i, line in enumerate(lines):
            found, at = match(line), 1  # (the reader of RFC 5424's match, else RFC 3164's)
            if found is None:
                found, at = match_bsd(line), 2
            if found is not None:
                for reader in readers:
                    reader[0](reader[at](found, line, default_service))
                starts.append(i)
            elif line.strip():
                malformed.append(line)
        batch = Batch(columns, len(starts), len(lines), len(malformed), keep_samples([], malformed))
        batch.starts = starts if len(starts) < len(lines) else None
        return batch

    def count_block(
        self, block: bytes, fields: Sequence[str], default_service: str | None = None
    ) -> tuple[Batch, dict[tuple[Any, ...], int]]:
        """Counted on the columnar kernel of the layout most of the block's first lines have (in one
        pass where RFC 3164's head reaches the tag, where its match is decided: the same lines, and
        a non-ASCII line whose match is ASCII there); the other lines and blocks line by line."""
        layout = block_layout(block)
        spec, rfc5424 = KERNELS[layout], layout == "rfc5424"
        if fields and all(name in spec for name in fields):
            groups, read = kernel_reader(spec, fields, default_service)
            regexes = kernel_regexes(layout, groups)

            def rest(lines: list[str]) -> tuple[Batch, Counter]:
                return counted(fields, lambda parsed: self._lines_batch(lines, parsed, default_service))

            fraction, fast = ISO_FRACTION if rfc5424 else None, fast_head(layout, groups)
            decides = not rfc5424 and "(?P<tag>" in heads(layout, groups)[1]
            regex = regexes and (None if decides else regexes[0])
            found = regexes and count_lines_matching(
                block, regex, regexes[1], groups, read, rest, fraction, fast, *regexes[:1]
            )
            if found is not None:
                return found
        return super().count_block(block, fields, default_service)
