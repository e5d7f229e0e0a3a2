"""MySQL's and MariaDB's slow query log (and Percona Server's): each entry a record, from its `# `
header lines to its statement.

An entry opens with `# Time: ` (MySQL 5.x and MariaDB: `yymmdd H:MM:SS`, local time, written only
when the second changed since the last entry; MySQL 5.7 and 8: ISO 8601 with microseconds), else
with `# User@Host: ` where no `# Time: ` line is above it; its other `# key: value  key: value`
lines (`Query_time`, `Lock_time`, `Rows_sent`, `Rows_examined`, MariaDB's `Thread_id`, `Schema`,
`Bytes_sent`...) are its fields, lower-cased (MariaDB's `log_slow_verbosity=explain` lines, a
bare `#` and `# explain: ...`, left out); then `use db;` and `SET timestamp=N;` (the query's start
in epoch seconds, UTC; `SET last_insert_id=N,insert_id=M,timestamp=N;` for an insert's ids), then
the statement, over as many lines as it has. A record's time is its `SET timestamp` (every entry
writes one: an entry that shares its second with the one above has no `# Time:`, written in the
server's own zone, unnamed), else its `# Time:`; its message the statement's first line, its
latency `Query_time` in milliseconds, its bytes MariaDB's
`Bytes_sent`; `User@Host` names the client (`fields.user`, `fields.client`), not the host. The
server's banner at each start (`mysqld, Version: ... started with:`, `Tcp port: ...`, `Time Id
Command Argument`) is a record a line, of that line's text.

Limits: an entry past multiline.py's caps (500 lines: a long INSERT) is one record of its first
500 lines, the rest records of their own; a statement line opening with `# Time: ` or
`# User@Host: ` (a SQL comment so written) starts an entry."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .indexed import IndexedRecords
from .multiline import group_lines, pairwise_starts
from .record import Record

_TIME = re.compile(
    r"# Time: +(?:(?P<y>\d\d)(?P<mo>\d\d)(?P<d>\d\d) +(?P<h>\d{1,2}):(?P<mi>\d\d):(?P<s>\d\d)"
    r"|(?P<iso>\d{4}-\d\d-\d\dT\S+))\s*$"
)
_USER_HOST = re.compile(r"# User@Host: (?P<user>.*?) @ (?P<client>.*?)(?: +Id: +(?P<id>\d+))?\s*$")
_SET_TIMESTAMP = re.compile(r"SET (?:\w+=[^,;\s]*,)*timestamp=(\d+)(?:,\w+=[^,;\s]*)*;\s*$")
_USE = re.compile(r"use \S+;\s*$", re.IGNORECASE)
_BANNER = re.compile(
    r"\S.*, Version: .* started with:\s*$|Tcp port: \d+ +Unix socket: .*$|Time\s+Id\s+Command\s+Argument\s*$"
)
_OPENINGS = ("# Time: ", "# User@Host: ")
_COMMAND = "# administrator command: "  # (a statement: `Quit;`, `Ping;`, as MySQL writes them)
_FIRST_LINES = 40  # (an entry's lines before the first entry that opens in a sample: at most these)


class _Starts:
    """Whether a line starts an entry, given the line above (None: the data's first line)."""

    pairwise = True

    def __call__(self, line: str, above: str | None = None) -> bool:
        if line.startswith("# Time: "):
            return True
        if line.startswith("# User@Host: "):
            return above is None or not above.startswith("# Time: ")
        return _BANNER.match(line) is not None


_starts = _Starts()


class MysqlSlowFormat(IndexedRecords):
    name = "mysql_slow"
    description = (
        "MySQL's, MariaDB's and Percona's slow query log (an entry a record: its statement, time and query time)"
    )
    starts_record = _starts

    def matches(self, line: str) -> bool:
        return line.startswith(_OPENINGS) or _BANNER.match(line) is not None

    def parse(self, line: str, default_service: str | None = None) -> Record | None:
        """The record of an entry's lines (joined by newlines)."""
        return _entry(line.split("\n"), default_service)

    def read_lines(self, lines: list[str], default_service: str | None) -> Iterator[tuple[Record | None, int]]:
        heads = pairwise_starts(lines, _starts)
        for first, stop in group_lines(lines, heads):
            if heads[first]:
                yield _entry(lines[first:stop], default_service), first
            else:  # (a line before any entry, or past a capped one's: a record of its text)
                yield Record(message=lines[first].strip(), service=default_service, raw=lines[first]), first


def _entry(lines: list[str], default_service: str | None) -> Record | None:
    """An entry's record (a banner line's: its text); None where its header lines hold no query time
    nor client and it has no statement."""
    raw = "\n".join(lines)
    if _BANNER.match(lines[0]):
        return Record(message=lines[0].strip(), service=default_service, raw=raw)
    fields: dict[str, str] = {}
    time = started = None
    at = 0
    while at < len(lines) and (lines[at].startswith("# ") or lines[at].rstrip("\r") == "#"):
        line = lines[at]
        if line.startswith(_COMMAND):
            break
        if (found := _TIME.match(line)) is not None:
            time = found["iso"] or "20{y}-{mo}-{d}T{h:0>2}:{mi}:{s}".format(**found.groupdict())
        elif (found := _USER_HOST.match(line)) is not None:
            fields.update((key, value) for key, value in found.groupdict().items() if value)
        elif line.strip("#\r ") and not line.startswith("# explain:"):  # (a bare `#` and explain lines: none)
            fields.update(_pairs(line))
        at += 1
    for line in lines[at:]:  # (`use db;` and `SET timestamp=N;` before the statement)
        if (found := _SET_TIMESTAMP.match(line)) is not None:
            started = found[1]
        elif _USE.match(line) is None:
            break
        at += 1
    statement = [line for line in lines[at:] if line.strip()]
    if not statement and "query_time" not in fields and "user" not in fields:
        return None
    return Record(
        message=statement[0].strip() if statement else "",
        service=default_service,
        timestamp=started or time,
        bytes=_number(fields.get("bytes_sent"), int),
        latency_ms=None if (taken := _number(fields.get("query_time"), float)) is None else round(taken * 1000, 6),
        raw=raw,
        fields={**fields, "statement": "\n".join(statement)} if statement else fields,
    )


def _pairs(line: str) -> Iterator[tuple[str, str]]:
    """A `# key: value  key: value` line's pairs, keys lower-cased (`Schema:` with no value: empty)."""
    words = line[1:].split()
    for i, word in enumerate(words):
        if word.endswith(":") and len(word) > 1:
            value = words[i + 1] if i + 1 < len(words) and not words[i + 1].endswith(":") else ""
            yield word[:-1].lower(), value


def _number(text: str | None, kind: type) -> int | float | None:
    try:
        return None if text is None else kind(text)
    except ValueError:
        return None


def slow_fit(lines: list[str]) -> bool:
    """Whether a sample is a slow query log: an entry opens among its first lines (after the
    server's banner, or the end of an entry a sample cut), and four fifths of its entries from
    there read with a query time."""
    first = next((i for i, line in enumerate(lines[:_FIRST_LINES]) if line.startswith(_OPENINGS)), None)
    if first is None:
        return False
    found = [record for record, at in MysqlSlowFormat().read_lines(lines[first:], None)]
    timed = sum(1 for record in found if record is not None and record.latency_ms is not None)
    return timed > 0 and timed * 5 >= len(found) * 4
