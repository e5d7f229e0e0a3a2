"""`docker compose logs` and `docker compose up` output: every container's own lines, each behind
its name's prefix.

Compose writes each line a container prints as `NAME |` padded to the longest name so far, a
space, then the line (cmd/formatter/logs.go: `%-{width}s |`), `NAME` the container's
`service-1` (`project_service_1` in Compose 1); with `--timestamps` the line starts with Docker's
RFC 3339 time. Each container runs its own program, so each has its own layout: a Postgres
beside an nginx beside a pino app. The reading learned for a file (`learn`) is, per name in its
first lines, the format and layout detected and learned from that container's lines alone, as
they would be from a file of its own; a name first seen later is read line by line (JSON where
the line is an object, else plain text). A container's record is read by its reader with the
container's name as the default service (an app's own logger name wins); a record that spans
lines (a stack trace) is one container's lines in a row: a line after another container's starts
a record (it would not be told otherwise at a byte range's edge), so a trace two containers'
lines interleave gives a record for each part (its lines all kept). Lines without a prefix (Compose's own `Attaching
to ...`, `web-1 exited with code 0`) are records of their own.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from itertools import groupby
from operator import itemgetter
from typing import Any

from .ansi import text_without_ansi
from .base import LogFormat, line_offsets, split_block
from .record import Record

# A container's name ends in its replica number: `web-1`, `shop-web-1`, `shop_web_1`.
_LINE = re.compile(r"(?P<name>[A-Za-z0-9][\w.-]*[-_]\d+) +\| ?(?P<rest>.*)", re.DOTALL)
_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d) ")
MAX_NAMES = 64  # (a layout names at most this many containers)
TIMESTAMPS = "timestamps"


def split_line(line: str, stamps: bool = False) -> tuple[str | None, str, str | None]:
    """(the container's name or None, its line, Docker's time where `stamps`: `--timestamps`)."""
    found = _LINE.match(text_without_ansi(line) if "\x1b" in line else line)
    if found is None:
        return None, line, None
    rest = found["rest"]
    stamp = _STAMP.match(rest) if stamps else None
    if stamp is None:
        return found["name"], rest, None
    return found["name"], rest[stamp.end() :], stamp.group()[:-1]


def learn(lines: list[str], learn_layout: Callable[[str, bytes], Any]) -> list[list[str]] | None:
    """The reading of each container in the sample's lines: [[name, format, layout as JSON], ...]
    (`learn_layout`: reading.py's, which learns a file's layout from its first bytes)."""
    from . import detect_format

    # (`--timestamps` writes Docker's time before every line: where every line starts with one it
    # is Docker's, not the programs' own, as it would be if only some did)
    rests = [rest for name, rest, _ in map(split_line, lines) if name is not None]
    stamps = bool(rests) and all(_STAMP.match(rest) for rest in rests if rest.strip())
    by_name: dict[str, list[str]] = {}
    for line in lines:
        name, rest, _ = split_line(line, stamps)
        if name is not None and rest.strip() and (name in by_name or len(by_name) < MAX_NAMES):
            by_name.setdefault(name, []).append(rest)
    readings = [["", TIMESTAMPS, "null"]] if stamps else []
    for name, inner in by_name.items():
        sample = "\n".join(inner).encode() + b"\n"
        fmt = detect_format(sample).name
        readings.append([name, fmt, json.dumps(learn_layout(fmt, sample))])
    return readings or None


class _Paired:
    """A format's test of where records start that reads the line above (engine/record_blocks.py)."""

    pairwise = True

    def __init__(self, starts: Any) -> None:
        self.starts = starts

    def __call__(self, line: str, above: str | None = None) -> bool:
        return self.starts(line, above)


def _line_reader(line: str) -> LogFormat:
    """A container's reader where the file's first lines did not name it: its line's own."""
    from . import get_format

    return get_format("json" if line.lstrip().startswith("{") else "plain")


class ComposeFormat(LogFormat):
    name = "compose"
    description = "docker compose logs (`service-1  | line`: each container's lines read with its own format)"

    def __init__(self, layout: list[list[str]] | None = None, readers: dict[str, LogFormat] | None = None) -> None:
        """`layout` as `learn` gives it, `readers` each container's format reading its layout
        (reading.format_for builds them)."""
        self.layout = layout
        self.readers = readers or {}
        self.stamps = any(not name and fmt == TIMESTAMPS for name, fmt, _ in layout or ())
        if any(reader.starts_record is not None for reader in self.readers.values()):
            self.starts_record = _Paired(self._starts)

    def matches(self, line: str) -> bool:
        return split_line(line)[0] is not None

    def split(self, line: str) -> tuple[str | None, str, str | None]:
        return split_line(line, self.stamps)

    def _reader(self, name: str, line: str) -> LogFormat:
        return self.readers.get(name) or _line_reader(line)

    def _starts(self, line: str, above: str | None = None) -> bool:
        """Whether a line starts a record, given the line above (None: the line begins the data): a
        record's lines are one container's lines in a row, so a line after another container's
        starts one; else its container's reader says so of its line."""
        name, rest, _ = self.split(line)
        if not rest.strip():
            return False
        if name is None or name not in self.readers:
            return True
        last, before, _ = self.split(above) if above is not None else (None, None, None)
        if last != name:
            return True
        starts = self.readers[name].starts_record
        if starts is None:
            return True
        return starts(rest, before) if getattr(starts, "pairwise", False) else starts(rest)  # type: ignore[call-arg]

    def parse(self, line: str, default_service: str | None = None) -> Record | None:
        name, rest, stamp = self.split(line)
        if name is None:
            return Record(message=line, service=default_service, raw=line)
        return _stamped(self._reader(name, rest).parse(rest, name), stamp)

    def records(self, block: bytes, default_service: str | None = None) -> Iterator[tuple[Record | None, str]]:
        """Yield (record or None, first line) for each record of a block, in the order of their
        first lines: each container's lines in a row read by its reader (a container's lines whose
        records are one line each: all at once)."""
        lines = split_block(block)
        parts = [self.split(line) for line in lines]
        found: list[tuple[int, Record | None]] = []
        single: dict[str, list[int]] = {}
        for name, run in groupby(range(len(lines)), key=lambda i: parts[i][0]):
            indices = list(run)
            if name is None or name not in self.readers:
                found += [(i, self.parse(lines[i], default_service)) for i in indices if parts[i][1].strip()]
            elif self.readers[name].starts_record is None:
                single.setdefault(name, []).extend(indices)
            else:
                found += _read_group(self.readers[name], name, [(i, parts[i]) for i in indices])
        for name, indices in single.items():
            found += _read_group(self.readers[name], name, [(i, parts[i]) for i in indices])
        found.sort(key=itemgetter(0))
        for i, record in found:
            yield record, lines[i]


def _read_group(reader: LogFormat, name: str, parts: list[tuple[int, Any]]) -> list[tuple[int, Record | None]]:
    """One container's records from its lines (index in the block, (name, line, stamp)): each
    record's first line found by its offset in the container's block (`LogFormat.records_at`)."""
    block = "\n".join(rest for _, (_, rest, _) in parts).encode()
    starts = line_offsets(block)
    found = []
    for record, _, offset in reader.records_at(block, 0, name):
        index, (_, _, stamp) = parts[bisect_right(starts, offset) - 1]
        found.append((index, _stamped(record, stamp)))
    return found


def _stamped(record: Record | None, stamp: str | None) -> Record | None:
    """A container's record with Docker's time (`--timestamps`) where the line gave it none."""
    if record is not None and record.timestamp is None and stamp is not None:
        record.timestamp = stamp
    return record
