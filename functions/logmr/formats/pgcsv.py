"""PostgreSQL's csvlog (`log_destination = 'csvlog'`): one CSV row a record, its columns as the
documentation names them ("Using CSV-Format Log Output"): log_time, user_name, database_name,
process_id, connection_from, session_id, session_line_num, command_tag, session_start_time,
virtual_transaction_id, transaction_id, error_severity, sql_state_code, message, detail, hint,
internal_query, internal_query_pos, context, query, query_pos, location, application_name, and
since PostgreSQL 13 backend_type, since 14 leader_pid and query_id.

A quoted field may hold newlines (a message, a query): a record is a line that starts with a
time and a zone then a comma, and the lines up to the next such (multiline.py's caps). The
record's time is log_time, its level error_severity (LOG is INFO, DEBUG1-5 DEBUG, PANIC FATAL),
its service backend_type (postmaster, client backend, checkpointer...; application_name is the
client's own name), its message the message column whole; the other non-empty columns are
fields under their names, the pid a number."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

from .base import LogFormat, split_block
from .multiline import group_lines
from .record import Record, normalize_level

COLUMNS = (
    "log_time",
    "user_name",
    "database_name",
    "process_id",
    "connection_from",
    "session_id",
    "session_line_num",
    "command_tag",
    "session_start_time",
    "virtual_transaction_id",
    "transaction_id",
    "error_severity",
    "sql_state_code",
    "message",
    "detail",
    "hint",
    "internal_query",
    "internal_query_pos",
    "context",
    "query",
    "query_pos",
    "location",
    "application_name",
    "backend_type",
    "leader_pid",
    "query_id",
)
_MIN_COLUMNS = 23  # (PostgreSQL 9.0 to 12)
#: A record's first line: log_time (milliseconds and a zone's name), user_name, database_name,
#: then a pid.
_ROW = re.compile(r'\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? [A-Za-z][\w+:/-]*,(?:(?:"(?:[^"]|"")*"|[^,"]*),){2}\d+,')


def _starts(line: str) -> bool:
    return _ROW.match(line) is not None


class PostgresCsvFormat(LogFormat):
    name = "pgcsv"
    description = "PostgreSQL csvlog (one CSV row a record: log_time, error_severity, backend_type, message...)"
    starts_record = staticmethod(_starts)

    def matches(self, line: str) -> bool:
        return _starts(line)

    def parse(self, line: str, default_service: str | None = None) -> Record | None:
        """The record of a row (its lines joined by newlines), None when it is no csvlog row."""
        try:
            rows = list(csv.reader(io.StringIO(line, newline=""), strict=True))
        except csv.Error:
            return None
        if len(rows) != 1 or not _MIN_COLUMNS <= len(rows[0]) <= len(COLUMNS) or not _starts(line):
            return None
        values = dict(zip(COLUMNS, rows[0], strict=False))
        fields = {name: value for name, value in values.items() if value and name not in _READ}
        if values["process_id"].isdigit():
            fields["pid"] = int(values["process_id"])
        return Record(
            message=values["message"],
            level=normalize_level(values["error_severity"]),
            service=values.get("backend_type") or default_service,
            timestamp=values["log_time"],
            raw=line,
            fields=fields,
        )

    def records(self, block: bytes, default_service: str | None = None) -> Iterator[tuple[Record | None, str]]:
        """Each row (its lines joined: a quoted field's newlines) with its first line, or None for
        lines that are none."""
        lines = split_block(block)
        for first, stop in group_lines(lines, list(map(_starts, lines))):
            text = "\n".join(lines[first:stop]) if stop - first > 1 else lines[first]
            if text.strip():
                yield self.parse(text, default_service), lines[first]


_READ = frozenset({"log_time", "error_severity", "message", "backend_type", "process_id"})
