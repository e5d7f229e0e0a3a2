"""Rich's logging handler (`rich.logging.RichHandler`, Kedro's and many Python CLIs' default) as
it renders to a file or a pipe: a table of columns one space apart, the time in brackets (Rich's
default `[%x %X]`, `[12/03/26 04:30:20]`; `[%X]` in Rich before 13; blank where it repeats the
time above), the level padded to 8, the message, and the source `file.py:NN` right-aligned at the
console's width (80 columns off a terminal). A message wider than its column wraps onto lines
indented to it, as do tracebacks (Rich's own, in a box, may start at column 0).

A record is a line that starts so; the lines below it up to the next continue it (multiline.py's
caps). Its message is the first line's message column (the corpus rule: wrapped text is not
joined), its time the time column's or, where blank, the time of the record above: the engine
cuts blocks and splits only before a record with a time (`starts_timed`), but where a second's run
passes multiline.py's caps, so the format a split's next block is read with carries the time
(`after`); a split that starts inside such a run has no time for its records before its first
time. A date written `%x` is the C locale's, month first; a time of day alone is no time."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from unicodedata import east_asian_width

from .base import LogFormat, split_block
from .message_marks import text_record
from .multiline import group_lines
from .record import Record, normalize_level

# Python's names, and those logging.addLevelName adds most (verboselogs' SPAM, VERBOSE, NOTICE, SUCCESS; TRACE)
_LEVELS = "DEBUG|INFO|WARNING|ERROR|CRITICAL|NOTSET|WARN|FATAL|TRACE|SPAM|VERBOSE|NOTICE|SUCCESS"
# A record's line: the time column (or its blanks), a space, the level padded to 8, a space (a
# level name longer than 8 is written whole), then the message and the source at the line's end.
_RECORD = re.compile(rf"(?:\[(?P<time>[^\]\n]{{1,40}})\]|(?P<blank> {{3,42}})) (?P<level>{_LEVELS})(?P<pad> +|$)")
_SOURCE = re.compile(r"\s+(?P<source>[\w.-]+\.pyx?:\d+)$")
_PADDED_SOURCE = re.compile(r"\S  +[\w.-]+\.pyx?:\d+$")
_US_DATE = re.compile(r"(\d\d)/(\d\d)/(\d\d) (\d\d:\d\d:\d\d)$")  # (the C locale's `%x %X`)
_TIME_OF_DAY = re.compile(r"\d\d:\d\d:\d\d(?:[.,]\d+)?$")
_CONTINUED = re.compile(r" {11}|[│╭╰]")  # (a wrapped line, or a line of Rich's traceback box)
MIN_RECORDS = 2
FIT_SHARE = 0.9


def _record_line(line: str) -> re.Match[str] | None:
    found = _RECORD.match(line)
    if found is None or (len(found["level"]) + len(found["pad"]) < 9 and found["pad"]):
        return None
    return found


def starts_record(line: str) -> bool:
    return _record_line(line) is not None


def starts_timed(line: str) -> bool:
    """Where the engine may cut the file into blocks and splits: a record with its time column, so
    that the records below it whose column is blank are read with it (their time)."""
    found = _record_line(line)
    return found is not None and found["time"] is not None


def rich_fit(lines: list[str]) -> bool:
    """Whether a sample's lines are Rich's console: records with a time column, a blank time
    column below one or the source column on most (what a `[time] LEVEL    message` layout of
    another logger has not), and nearly every other line one that continues a record."""
    records = [found for found in map(_record_line, lines) if found is not None]
    if len(records) < MIN_RECORDS or not any(found["time"] for found in records):
        return False
    sourced = [found.string for found in records if _SOURCE.search(found.string) is not None]
    widths = Counter(map(_cells, sourced))
    padded = any(_PADDED_SOURCE.search(line) is not None for line in sourced)
    if not any(found["blank"] for found in records) and not (
        padded and 2 * max(widths.values(), default=0) >= len(records)
    ):
        return False  # (Rich pads a short message to put the source at the console's width: one width of most)
    continued = sum(1 for line in lines if _CONTINUED.match(line) is not None and _record_line(line) is None)
    return len(records) + continued >= FIT_SHARE * len(lines)


def _cells(line: str) -> int:
    """The line's width on a console, as Rich measures it: East Asian wide characters take two cells."""
    return len(line) + sum(1 for char in line if ord(char) > 0x10FF and east_asian_width(char) in "WF")


def _time(text: str | None) -> str | None:
    if not text:
        return None
    text = text.strip()
    found = _US_DATE.match(text)
    if found is not None:
        month, day, year, clock = found.groups()
        return f"20{year}-{month}-{day}T{clock}"
    return None if _TIME_OF_DAY.match(text) else text


class RichConsoleFormat(LogFormat):
    name = "rich"
    description = "Rich's logging handler on a console ([time] LEVEL message file.py:NN, wrapped lines)"
    starts_record = staticmethod(starts_timed)  # (the engine's cut; `records` parts each record)

    def __init__(self, above: str | None = None) -> None:
        self._above = above  # the time of the last record with one in the blocks before, where a split's are read

    def after(self, block: bytes) -> RichConsoleFormat:
        """The format for the split's next block: a blank time column opening it is the time of this
        block's last record with one (a second's run past multiline.py's caps is cut anywhere)."""
        for line in reversed(block.decode("utf-8", "replace").split("\n")):
            found = _record_line(line) if line[:1] == "[" else None
            if found is not None and found["time"] is not None:
                return type(self)(_time(found["time"]))
        return self

    def matches(self, line: str) -> bool:
        return starts_record(line)

    def parse(self, line: str, default_service: str | None = None, above: str | None = None) -> Record | None:
        """The record of a line (`above`: the time of the record above, for a blank time column);
        a line that starts no record is one of text (message_marks.text_record)."""
        first = line.split("\n", 1)[0]
        found = _record_line(first)
        if found is None:
            return text_record(line, default_service)
        message = first[found.end() :].rstrip()
        fields = {}
        source = _SOURCE.search(message)
        if source is not None:
            message, fields["source"] = message[: source.start()], source["source"]
        return Record(
            message=message,
            level=normalize_level(found["level"]),
            service=default_service,
            timestamp=_time(found["time"]) if found["time"] else above,
            raw=line,
            fields=fields,
        )

    def records(self, block: bytes, default_service: str | None = None) -> Iterator[tuple[Record | None, str]]:
        """Each record (its lines joined) with its first line; a blank time column takes the time
        of the record above it in the block."""
        lines = split_block(block)
        above, starts = self._above, list(map(starts_record, lines))
        for first, stop in group_lines(lines, starts):
            text = "\n".join(lines[first:stop]) if stop - first > 1 else lines[first]
            if text.strip():
                record = self.parse(text, default_service, above)
                if starts[first]:  # (a line of text, one past the caps, leaves the time above as it is)
                    above = record.timestamp
                yield record, lines[first]
