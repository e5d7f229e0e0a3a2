"""parse: every record with its template, the values behind the template's wildcards and its header.

One output row per record, keyed by [file, offset] (the byte offset where the record's first line
starts in the uncompressed input; [file, offset, n], the row's `event`, for a line's n-th further
event: CloudWatch payloads). Templates are mined globally, so rows do not depend on how the
input was split, in three steps; only the first two shuffle, and only masked messages:

1. map: each record's masked message counted as `templates` counts it (its map_batch); reduce:
   counts summed;
2. map: the counted members by group (first token, `Templates.by_prefix`); reduce: the group's
   templates mined (`Templates.assign`, the same mining as the templates analysis), each written
   with its members;
3. map only, over the first step's splits: each record given its member's template from the side
   table of step 2's rows (assignment.SideTable; a member not mined gets its group's catch-all),
   written with its header fields as the task's output part, in input order; its columns are
   those step 1 read and masked and carried (`carried`, engine/carry.py), else read again.
"""

from __future__ import annotations

from _blake2 import blake2b  # (hashlib's, without loading hashlib: OpenSSL's module, 2-8 ms at a worker's start)
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import compress, islice
from operator import attrgetter, itemgetter, lt
from typing import Any

import msgspec

from ..formats import Record
from ..formats.base import column_reader
from ..job import Job, KeyValue, Step, Top
from ..job.presentation import Column, Records, Table
from .assignment import SideTable, TaskDigest, first_records, pids_of, times_of
from .drain_groups import GroupMembers
from .masking import heads_of
from .params import params_many
from .parse_arrow import ArrowRows, At, as_arrays, as_lists, in_arrow, listed, rising, value_at
from .templates import TEMPLATES_CHART, TOP_TEMPLATES, TemplateOptions, Templates


def template_id(template: str) -> str:
    """A short id, the same for the same template text on every run and machine."""
    return blake2b(template.encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()


class Row(msgspec.Struct, gc=False):
    """An output row's value, written as the JSON object of its fields in this order (untracked by
    the cyclic collector: it holds strings, numbers and a list of strings, never a cycle)."""

    template_id: str
    template: str
    params: tuple[str, ...]
    time: str | None
    level: str | None
    service: str | None
    host: str | None
    pid: int | None
    message: str


class Parse(Job):
    name = "parse"
    description = "Every record with its template (id, text, the values behind its wildcards) and its header fields."
    Options = TemplateOptions
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
        "event": "int64",
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

    fields = Templates.fields
    #: What the assignment step reads of each record (of its `fields`: the pid, and a time of day
    #: that is no instant, formats/plain.py).
    ROW_FIELDS = ("message", "service", "level", "host", "timestamp", "fields.pid", "fields.time")

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        self.templates = Templates(options)
        self.task_started()

    def task_started(self) -> None:
        """An assignment task's own state (a process's tasks share the job and the side table)."""
        self._last: tuple[Any, int] = (None, 0)  # where the last row's record was, and its number there
        self.digest = TaskDigest()

    def output_row(self, key: Any, value: Row | dict[str, Any]) -> dict[str, Any]:
        fields = msgspec.structs.asdict(value) if isinstance(value, Row) else value
        return {"file": key[0], "offset": key[1], "event": key[2] if len(key) > 2 else 0, **fields}

    def output_columns_of(self, pairs: list[KeyValue]) -> dict[str, list[Any]] | None:
        """The assignment step's rows as columns, a field at a time (no dict per row)."""
        keys, values = list(map(itemgetter(0), pairs)), list(map(itemgetter(1), pairs))
        if set(map(type, values)) != {Row} or set(map(len, keys)) != {2}:
            return None
        columns = {"file": list(map(itemgetter(0), keys)), "offset": list(map(itemgetter(1), keys))}
        columns["event"] = [0] * len(keys)
        return columns | {name: list(map(attrgetter(name), values)) for name in Row.__struct_fields__}

    def from_output_row(self, row: dict[str, Any]) -> KeyValue:
        file, offset, event = row.pop("file"), row.pop("offset"), row.pop("event")
        return ((file, offset, event) if event else (file, offset)), row

    # Step 1: masked messages counted per service, as templates counts them.

    def map(self, record: Record) -> Iterable[KeyValue]:
        return self.map_batch({name: [getattr(record, name)] for name in self.fields}).items()

    def map_batch(self, columns: dict[str, list[Any]]) -> dict[tuple[str | None, str], list[Any]]:
        """templates' counts without its samples (the mining step reads only members' masked
        messages, services and counts): counted in C, with no loop per record."""
        messages, services = self.templates.kept(columns)
        mined = heads_of(messages)
        masked = self.templates.mask_many(mined)
        counted = Counter(zip(services, masked, strict=True))
        if not self.options.levels:  # (every record's member, by its number in the block: carried to step 3)
            numbers = dict(zip(counted, range(len(counted)), strict=True))
            columns["member"] = list(map(numbers.__getitem__, zip(services, masked, strict=True)))
            columns["members"] = list(counted)
            if mined is messages:  # (no message cut: step 3 then mines the messages as they are)
                columns["uncut"] = [True] * len(messages)
        return {key: [count, None] for key, count in counted.items()}

    # Step 2: each group's templates mined from its members, written with them.

    def mine(self, key: Any, values: Iterable[list[Any]]) -> Iterable[KeyValue]:
        mined, _ = self.templates.assign(key, GroupMembers().most_frequent(values))
        for template, members in mined:
            yield template, [[member[0], member[3]] for member in members]

    # Step 3: every record of the inputs with its template, from the side table of step 2's rows.

    def side_table(self, rows: Iterator[KeyValue]) -> SideTable:
        return SideTable(rows, template_id)

    def assign(self, record: Record, file: str, offset: int, side: SideTable) -> Iterable[KeyValue]:
        columns = {name: [column_reader(name)(record)] for name in self.ROW_FIELDS}
        columns |= {"file": [file], "offset": [offset]}
        return self.assign_batch(columns, side)

    def carried(self, columns: dict[str, list[Any]]) -> dict[str, list[Any]]:
        """What step 3 reads of a block's records (columns of ROW_FIELDS and `offset`): their
        rows' header fields, and where step 1 left them, the block's distinct (service, masked
        message) members and each record's number among them (`members`, `member`), and `uncut`
        where no message was cut for mining (`heads_of`)."""
        names = ("message", "service", "level", "host", "offset", "member", "members", "uncut")
        kept = {name: columns[name] for name in names if name in columns}
        times = times_of(columns["timestamp"], columns["fields.time"])
        return kept | {"time": times, "pid": pids_of(columns["fields.pid"])}

    def assign_batch(self, columns: dict[str, list[Any]], side: SideTable) -> Iterator[KeyValue]:
        """The rows of a block's records: columns of ROW_FIELDS, `file` and `offset` read from
        the inputs, or as step 1 carried them (`carried`, with `file`)."""
        if "time" not in columns:
            columns = self.carried(columns) | {"file": columns["file"]}
        if self.options.levels:  # (read from the inputs: nothing is carried)
            wanted = set(self.options.levels)
            kept = [level in wanted for level in columns["level"]]
            columns = {name: list(compress(column, kept)) for name, column in columns.items()}
        messages = listed(columns["message"])
        mined = messages if "uncut" in columns else heads_of(messages)
        if "members" in columns:  # (each distinct member looked up once)
            members = columns["members"]
            known = side.templates_of([member[0] for member in members], [member[1] for member in members])
            found = list(map(known.__getitem__, columns["member"]))
        else:
            found = side.templates_of(listed(columns["service"]), self.templates.mask_many(mined))
        templates, tids = list(map(itemgetter(0), found)), list(map(itemgetter(1), found))
        params = params_many(templates, mined)
        arrow = in_arrow(columns)
        if arrow and "members" in columns and rising(columns["offset"]):
            where = (columns["file"][0], value_at(columns["offset"], 0))
            if where != self._last[0]:  # (a block's rows in Arrow: analyses/parse_arrow.py)
                return self._arrow_rows(columns, known, (tids, templates, params))
        columns = as_lists(columns) if arrow else columns
        values = _values(columns, tids, templates, params)
        keys = self._keys(columns["file"], columns["offset"])
        self.digest.note(keys, values, tids)
        return zip(keys, values, strict=True)  # (a pair at a time: the writer keeps none of them)

    def _arrow_rows(self, columns: dict[str, Any], known: list[tuple[str, str]], rows: tuple) -> ArrowRows:
        """A block's rows, carried in Arrow, whose offsets rise: written as JSON lines built in
        Arrow, or read as pairs made here (`rows`: their template ids, templates and params)."""
        file, offsets, (tids, templates, params) = columns["file"][0], columns["offset"], rows
        self._last = ((file, value_at(offsets, len(tids) - 1)), 0)
        names = ("time", "level", "service", "host", "pid", "message")
        row = At(lambda at: Row(tids[at], templates[at], params[at], *(value_at(columns[n], at) for n in names)))
        self.digest.note(At(lambda at: (file, value_at(offsets, at))), row, tids)  # type: ignore[arg-type]
        keys = lambda: list(zip(columns["file"], listed(offsets), strict=True))  # noqa: E731
        return ArrowRows(columns, known, rows, lambda: zip(keys(), _values(as_lists(columns), *rows), strict=True))

    def _keys(self, files: list[str], offsets: list[int]) -> list[tuple]:
        """Rows' keys: (file, offset), or (file, offset, n) for a line's n-th further record."""
        last, n = self._last
        if offsets and (files[0], offsets[0]) != last and all(map(lt, offsets, islice(offsets, 1, None))):
            keys = list(zip(files, offsets, strict=True))  # (a block of one file: every record on a line of its own)
            self._last = (keys[-1], 0)
            return keys
        keys: list[tuple] = []
        for where in zip(files, offsets, strict=True):
            n = n + 1 if where == last else 0
            keys.append((*where, n) if n else where)
            last = where
        self._last = (last, n)
        return keys

    def steps(self) -> list[Step]:
        # Step 1 reads what step 3 does and carries it there (engine/carry.py), but with `--levels`
        # (it masks only the records of those levels).
        levels, counted = self.options.levels, self.templates.counted_fields()
        return [
            Step(
                map=self.map,
                combine=self.templates.add_up,
                reduce=self.templates.add_up,
                fields=counted if levels else tuple(dict.fromkeys(counted + self.ROW_FIELDS)),
                carry=None if levels else lambda columns: as_arrays(self.carried(columns)),
            ),
            Step(map=self.templates.by_prefix, reduce=self.mine),
            Step(
                map=self.assign,
                map_batch=self.assign_batch,
                fields=self.ROW_FIELDS,
                located=True,
                inputs=True,
                side=self.side_table,
                digest=lambda _: self.digest.rows(),
                map_init=self.task_started,
                carried=not levels,
            ),
        ]

    def summarize(self, results: Iterator[KeyValue]) -> dict[str, Any]:
        """Records per template, the most frequent first, each with its first records (file,
        offset, message and header fields, the first by file and offset) for the drill-down: from
        the assignment step's digests (assignment.TaskDigest), a few rows per template and task."""
        counts: dict[str, list[Any]] = {}
        for tid, (count, template, lines) in results:
            entry = counts.get(tid)
            if entry is None:
                counts[tid] = [count, template, first_records(lines, [])]
            else:
                entry[0] += count
                entry[2] = first_records(entry[2], lines)
        total = sum(entry[0] for entry in counts.values())
        top = Top(TOP_TEMPLATES)
        for tid, (count, template, lines) in counts.items():
            row = {"template_id": tid, "template": template, "count": count, "lines": lines}
            top.offer((-count, template), row)
        rows = list(top)
        for row in rows:
            row["share"] = round(row["count"] / total, 6) if total else 0.0
            row["samples"] = [line["message"] for line in row["lines"]]
        return {"templates": rows, "distinct_templates": len(counts), "total": total}


def _values(columns: dict[str, list[Any]], tids: list[str], templates: list[str], params: list[tuple]) -> list[Row]:
    """A block's rows' values (columns as lists)."""
    return list(
        map(Row, tids, templates, params, columns["time"], columns["level"], columns["service"], columns["host"],
            columns["pid"], columns["message"])
    )  # fmt: skip
