"""systemd journal entries as `journalctl` writes them for a person or another journal: `-o verbose`
(a header of the entry's time and cursor, then its fields indented, `    KEY=value`, a value's further
lines indented under it) and `-o export` (the Journal Export Format: `KEY=value` lines, a field of
binary data or with newlines as `KEY`, its size as 64 bits little-endian and the bytes; entries end
at a blank line). Each entry is read as the same entry in `journalctl -o json` is (json_fields:
`__REALTIME_TIMESTAMP`, `PRIORITY`, `SYSLOG_IDENTIFIER` else `_COMM`, `_HOSTNAME`, `MESSAGE`); the
verbose header's time is the sender's `_SOURCE_REALTIME_TIMESTAMP` where the entry has one, else its
cursor's `t=` (the journal's realtime in hex microseconds), not the header's text (its zone's name is the
reader's, an abbreviation two zones may share); its message, as `-o short`'s, is the
first line of MESSAGE. journalctl's own `-- Boot ... --` and `-- No entries --` lines are no record.

Limits: an export entry opens with `__CURSOR=` or `__REALTIME_TIMESTAMP=` (journalctl writes them
first; a binary field's data holding a blank line and then such a line is cut there); an entry past
multiline.py's caps (500 lines: a coredump's maps) is one malformed record, the rest of its lines
none (as pretty JSON's objects: the same at every split size)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from .ansi import text_without_ansi
from .base import line_offsets
from .indexed import IndexedRecords
from .json_fields import record_from_object
from .multiline import group_lines, pairwise_starts
from .record import Record

# The verbose header: the time as journalctl formats it (its zone's name), then the cursor.
_VERBOSE = re.compile(
    r"\S.* \[s=[0-9a-f]{32};i=[0-9a-f]+;b=[0-9a-f]{32};m=[0-9a-f]+;t=(?P<t>[0-9a-f]+);x=[0-9a-f]+\][ \t]*$"
)
_VERBOSE_FIELD = re.compile(r"    ([A-Z_][A-Z0-9_]*)=(.*)$", re.DOTALL)
_NAME = re.compile(rb"[A-Z_][A-Z0-9_]*")
_EXPORT_FIRST = ("__CURSOR=", "__REALTIME_TIMESTAMP=")
_NOTE = re.compile(r"-- .* --$|-- No entries --$")  # journalctl's own lines: boots, an empty result


class _Starts:
    """Whether a line starts an entry, given the line above (None: the data's first line): a verbose
    header, or an export entry's first field (its cursor, else its time, as journalctl writes them
    first) after a blank line: a binary field's data that ends with a newline (a coredump's `/proc`
    files, a message's last newline) puts a blank before the next field, which is no start."""

    pairwise = True

    def __call__(self, line: str, above: str | None = None) -> bool:
        line = text_without_ansi(line)  # (journalctl colours verbose output on a terminal, or when told)
        if _VERBOSE.match(line):
            return True
        above = above if above is None else text_without_ansi(above)
        return (above is None or not above.strip() or _NOTE.match(above) is not None) and line.startswith(_EXPORT_FIRST)


_starts = _Starts()


class JournalFormat(IndexedRecords):
    name = "journal"
    description = "systemd journal entries as journalctl -o verbose and -o export write them"
    starts_record = _starts
    keeps_bytes = True  # (a binary field's size counts its colours' bytes: they are left out of its text here)

    def matches(self, line: str) -> bool:
        return _VERBOSE.match(line) is not None or line.startswith(_EXPORT_FIRST)

    def parse(self, line: str, default_service: str | None = None) -> Record | None:
        """The record of an entry's lines (joined by newlines), None when they are none (an
        export entry's binary fields are read from the bytes: `read_block`)."""
        lines = [text_without_ansi(text) for text in line.split("\n")]
        verbose = _VERBOSE.match(lines[0]) is not None
        fields = _verbose_fields(lines) if verbose else _export_fields(line.encode())[0]
        return None if fields is None else _record(fields, default_service, verbose)

    def read_block(
        self, block: bytes, lines: list[str], default_service: str | None
    ) -> Iterator[tuple[Record | None, int]]:
        """(record or None: malformed, the index of its first line) for the block's entries; text in
        a row after an entry's closing blank one malformed record, lines before any entry (the rest
        of one past the caps, which a split may cut anywhere) none."""
        lines = [text_without_ansi(line) for line in lines]  # (verbose's colours; export's bytes read from `block`)
        heads = pairwise_starts(lines, _starts)
        offsets = None
        for first, stop in group_lines(lines, heads):
            if not heads[first]:  # (the rest of an entry past the caps, wherever a split cuts it: none)
                continue
            if _VERBOSE.match(lines[first]) is not None:
                fields = _verbose_fields(lines[first:stop])
                yield (None if fields is None else _record(fields, default_service, True)), first
                continue
            offsets = offsets or line_offsets(block)
            start = offsets[first]
            fields, end = _export_fields(block[start : offsets[stop] if stop < len(offsets) else len(block)])
            yield (None if fields is None else _record(fields, default_service, False)), first
            if fields is not None and (after := bisect_left(offsets, start + end, first, stop)) < stop:
                yield from _orphans(lines, after, stop)  # (text after the blank that ends the entry)


def _orphans(lines: list[str], first: int, stop: int) -> Iterator[tuple[None, int]]:
    """A malformed record for each run of text lines after an entry's closing blank (journalctl's
    own notes and blank lines: none)."""
    run = False
    for i in range(first, stop):
        text = lines[i].strip() and not _NOTE.match(lines[i])
        if text and not run:
            yield None, i
        run = bool(text)


def _record(fields: dict[str, str], default_service: str | None, verbose: bool) -> Record:
    """The entry read as its JSON object is (its values' terminal colours left out); a verbose entry's
    message its first line."""
    fields = {key: text_without_ansi(value) for key, value in fields.items()}
    raw = "\n".join(f"{key}={value}" for key, value in fields.items())
    record = record_from_object(fields, raw, default_service)
    if verbose:
        record.message = record.message.split("\n", 1)[0]
    return record


def _verbose_fields(lines: list[str]) -> dict[str, str] | None:
    """A verbose entry's fields (a value's further lines, indented under it, joined to it by
    newlines), its time from the header's cursor; None where a line is neither."""
    found = _VERBOSE.match(lines[0])
    if found is None:
        return None
    fields = {"__REALTIME_TIMESTAMP": str(int(found["t"], 16))}
    key = None
    for line in lines[1:]:
        field = _VERBOSE_FIELD.match(line)
        if field is not None:
            key = field[1]
            fields[key] = field[2]
        elif key is not None and line.startswith(" " * (5 + len(key))):
            fields[key] += "\n" + line[5 + len(key) :]
        elif line.strip() and not _NOTE.match(line):
            return None
    source = fields.get("_SOURCE_REALTIME_TIMESTAMP", "")
    if source.isdigit():  # (the header's time, as -o short's: the sender's, where it gave one)
        fields["__REALTIME_TIMESTAMP"] = source
    return fields


def _export_fields(data: bytes) -> tuple[dict[str, str] | None, int]:
    """An export entry's fields (binary ones by their size, invalid UTF-8 replaced) and where it
    ends: after the blank line between fields that closes it, else the data's end; None where a
    line is no field or a size runs past the data."""
    fields: dict[str, str] = {}
    at = 0
    while at < len(data):
        end = data.find(b"\n", at)
        end = len(data) if end < 0 else end
        line = data[at:end].rstrip(b"\r")
        if not line.strip():
            if fields:
                return fields, end + 1
            at = end + 1
            continue
        key, equals, value = line.partition(b"=")
        if equals and _NAME.fullmatch(key):
            fields[key.decode()] = value.decode("utf-8", "replace")
            at = end + 1
            continue
        if not _NAME.fullmatch(line) or end + 9 > len(data):
            return None, len(data)
        size = int.from_bytes(data[end + 1 : end + 9], "little")
        if end + 9 + size > len(data):
            return None, len(data)
        fields[line.decode()] = data[end + 9 : end + 9 + size].decode("utf-8", "replace")
        at = end + 9 + size + 1
    return fields or None, len(data)


def journal_fit(lines: list[str], sample: bytes = b"") -> bool:
    """Whether a sample is journal entries: its lines (blank ones left out) open with a verbose
    header whose entry reads and four fifths of them are its header or fields; or its first line is
    an export entry's first field and four fifths of the whole entries in its bytes read."""
    lines = [line for line in lines if not _NOTE.match(line)]
    if not lines:
        return False
    if _VERBOSE.match(lines[0]):
        fielded = sum(1 for line in lines if _VERBOSE.match(line) or line.startswith("    "))
        stop = next((i for i, line in enumerate(lines[1:], 1) if _VERBOSE.match(line)), len(lines))
        return fielded * 5 >= len(lines) * 4 and _verbose_fields(lines[:stop]) is not None
    if not lines[0].startswith(_EXPORT_FIRST):
        return False
    cut = max(sample.rfind(b"\n\n"), sample.rfind(b"\n\r\n"))  # (the entries the sample holds whole)
    whole = sample[: sample.index(b"\n", cut + 1) + 1] if cut >= 0 else sample
    found = [record for record, _ in JournalFormat().records(whole)]
    return bool(found) and sum(record is not None for record in found) * 5 >= len(found) * 4
