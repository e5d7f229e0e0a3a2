"""parse: every record with its template, the values behind the template's wildcards and its header.

One output row per record, keyed by [file, offset] (the byte offset where the record's first line
starts in the uncompressed input), in two MapReduce steps so that templates are mined globally
and the result does not depend on how the input was split:

1. map: per record, its masked message counted as `templates` counts it (key ["m", service,
   masked]) and the record itself (key ["r", file, offset]); reduce: counts summed, records as
   they are;
2. map: both keyed by their group (first token, `Templates.by_prefix`), the
   counted members tagged 0 and the records tagged 1, so that a group's members reach its
   reducer before its records (values of a key arrive sorted); reduce: the group's templates
   mined from its members (`Templates.assign`, the same mining as the templates analysis), then
   each record of the group written with its template.

A reducer holds one group's members (bounded as in templates), never its records.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from ..formats import Record
from ..formats.base import MAX_SAMPLE_CHARS
from ..job import Job, KeyValue, Step, Top
from ..job.presentation import Column, Records, Table
from .drain_groups import GroupMembers
from .masking import head_of
from .templates import TEMPLATES_CHART, TOP_TEMPLATES, TemplateOptions, Templates, catch_all

#: Records kept per template in the summary, for the dashboard's drill-down.
SAMPLES = 3
#: The header fields of an output row, beside file, offset, template and params.
HEADER = ("time", "level", "service", "host", "pid")
_PLACEHOLDER = re.compile(r"<\*>|<[A-Z]+>")


def template_id(template: str) -> str:
    """A short id, the same for the same template text on every run and machine."""
    return hashlib.blake2b(template.encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()


@lru_cache(maxsize=8192)
def _pattern(template: str) -> re.Pattern[str]:
    """A template as a regex over " " + the message's mined text, a group per wildcard or mask; a
    wildcard that is a whole token stands for any run of tokens (templates merged by skeleton)."""
    parts = []
    for token in template.split(" "):
        if token == "<*>":
            parts.append(r"((?: \S+)*?)")
            continue
        pieces = _PLACEHOLDER.split(token)
        parts.append(" " + r"(\S+?)".join(re.escape(piece) for piece in pieces))
    return re.compile("".join(parts))


def params_of(template: str, message: str) -> list[str]:
    """The values behind a template's wildcards and masks in a message (whitespace as single spaces)."""
    if "<" not in template:
        return []
    text = " ".join(head_of(message).split())
    found = _pattern(template).fullmatch(" " + text)
    if found is not None:
        return [value[1:] if value.startswith(" ") else value for value in found.groups()]
    # A message that holds a mask's spelling itself (`<NUM>`): the tokens that differ.
    tokens, words = template.split(" "), text.split(" ")
    if len(tokens) != len(words):
        return []
    return [word for token, word in zip(tokens, words, strict=True) if token != word]


class _Members:
    """A group's values up to its first record: the members (tag 0), then `first` record (tag 1)."""

    def __init__(self, values: Iterator[list[Any]]) -> None:
        self.values = values
        self.first: list[Any] | None = None

    def __iter__(self) -> Iterator[list[Any]]:
        for value in self.values:
            if value[0] != 0:
                self.first = value
                return
            yield value[1:]


class Parse(Job):
    name = "parse"
    description = "Every record with its template (id, text, the values behind its wildcards) and its header fields."
    Options = TemplateOptions
    located = True
    presentation = [
        TEMPLATES_CHART,
        Records(
            "Templates and their records",
            rows="templates",
            heading="{count|count} \u00d7 {template} ({template_id})",
            records="lines",
            columns=[
                Column("time", "time", "time"),
                Column("level", "level"),
                Column("component", "service"),
                Column("pid", "pid"),
                Column("host", "host"),
                Column("line", "message", cut=True),
                Column("file", "file"),
                Column("offset", "offset", "count"),
            ],
        ),
        Table(
            "Log templates ({distinct_templates|count} from {total|count} records)",
            rows="templates",
            columns=[
                Column("records", "count", "compact"),
                Column("id", "template_id"),
                Column("template", "template"),
            ],
        ),
    ]

    output_columns = {
        "file": "string",
        "offset": "int64",
        "template_id": "string",
        "template": "string",
        "params": "list<string>",
        "time": "string",
        "level": "string",
        "service": "string",
        "host": "string",
        "pid": "int64",
        "message": "string",
    }

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        self.templates = Templates(options)

    def output_row(self, key: Any, value: dict[str, Any]) -> dict[str, Any]:
        return {"file": key[0], "offset": key[1], **value}

    def from_output_row(self, row: dict[str, Any]) -> KeyValue:
        return (row.pop("file"), row.pop("offset")), row

    # Step 1: masked messages counted, records keyed by where they are.

    def map(self, record: Record, file: str, offset: int) -> Iterable[KeyValue]:  # type: ignore[override]
        if self.options.levels and record.level not in self.options.levels:
            return
        masked = self.templates.masked(record.message)
        # Tuples: the combiner would freeze lists into tuples anyway.
        yield ("m", record.service, masked), [1, record.message[:MAX_SAMPLE_CHARS]]
        header = [_time(record), record.level, record.service, record.host]
        yield ("r", file, offset), [masked, *header, _pid(record.fields.get("pid")), record.message]

    def combine(self, key: Any, values: Iterable[Any]) -> Iterable[KeyValue]:
        if key[0] == "m":
            for _, total in self.templates.add_up(key, values):
                yield key, total
            return
        for value in values:
            yield key, value

    def reduce(self, key: Any, values: Iterable[Any]) -> Iterable[KeyValue]:
        return self.combine(key, values)

    # Step 2: each group's templates mined from its members, then its records assigned.

    def by_group(self, key: Any, value: list[Any]) -> Iterable[KeyValue]:
        if key[0] == "m":
            for group, member in self.templates.by_prefix(key[1:], value):
                yield tuple(group), [0, *member]
            return
        masked, service = value[0], value[3]
        for group, _ in self.templates.by_prefix((service, masked), [0, None]):
            yield tuple(group), [1, key[1], key[2], *value]

    def assign(self, key: Any, values: Iterable[list[Any]]) -> Iterable[KeyValue]:
        members = _Members(iter(values))
        rest = GroupMembers()
        mined, _ = self.templates.assign(key, rest.most_frequent(members))
        template_of = {(member[0], member[3]): template for template, events in mined for member in events}
        other = catch_all(key)
        if members.first is None:
            return
        for value in _chain(members.first, members.values):
            _, file, offset, masked, time, level, service, host, pid, message = value
            template = template_of.get((masked, service), other)
            yield (
                [file, offset],
                {
                    "template_id": template_id(template),
                    "template": template,
                    "params": params_of(template, message),
                    "time": time,
                    "level": level,
                    "service": service,
                    "host": host,
                    "pid": pid,
                    "message": message,
                },
            )

    def steps(self) -> list[Step]:
        return [
            Step(map=self.map, combine=self.combine, reduce=self.reduce),
            Step(map=self.by_group, reduce=self.assign),
        ]

    def summarize(self, results: Iterator[KeyValue]) -> dict[str, Any]:
        """Records per template, the most frequent first, each with its first records (file,
        offset, message and header fields) for the drill-down."""
        counts: dict[str, list[Any]] = {}
        total = 0
        for (file, offset), row in results:
            total += 1
            entry = counts.get(row["template_id"])
            if entry is None:
                entry = counts[row["template_id"]] = [0, row["template"], []]
            entry[0] += 1
            if len(entry[2]) < SAMPLES:
                entry[2].append({"file": file, "offset": offset} | {name: row[name] for name in (*HEADER, "message")})
        top = Top(TOP_TEMPLATES)
        for tid, (count, template, lines) in counts.items():
            row = {"template_id": tid, "template": template, "count": count, "lines": lines}
            top.offer((-count, template), row)
        rows = list(top)
        for row in rows:
            row["share"] = round(row["count"] / total, 6) if total else 0.0
            row["samples"] = [line["message"] for line in row["lines"]]
        return {"templates": rows, "distinct_templates": len(counts), "total": total}


def _time(record: Record) -> str | None:
    """The record's time in ISO 8601 where its layout is known (a year-less one given its year as
    everywhere else: formats/record.yearless_time), else the text as written."""
    parsed = record.time
    if parsed is not None:
        return parsed.isoformat()
    written = record.timestamp or record.fields.get("time")
    return None if written is None else str(written)


def _pid(value: Any) -> int | None:
    """A process id as a number (a pid column of whole numbers, whatever the format wrote)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def _chain(first: list[Any], rest: Iterator[list[Any]]) -> Iterator[list[Any]]:
    yield first
    yield from rest
