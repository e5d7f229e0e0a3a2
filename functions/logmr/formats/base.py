"""What a log format is: a line matcher, a line parser and a block parser producing columns."""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, repeat
from operator import add, is_
from typing import Any

from .record import Record, normalize_level
from .seconds import to_seconds

BOM = b"\xef\xbb\xbf"  # UTF-8's byte order mark, which some writers put at the start of a file
MALFORMED_SAMPLES = 5
MAX_SAMPLE_CHARS = 500
#: A field formats can count by (`count_block`): the record's timestamp, its sub-second digits
#: possibly dropped (never changing the second it names): fewer distinct values to count.
SECOND = "second"
#: A column named `fields.NAME` is one of a record's `fields` (None where it has none such): what a
#: job reads of them, which a format's block path can give without building the whole dict.
FIELD_PREFIX = "fields."


def column_reader(name: str) -> Callable[[Record], Any]:
    """What a record gives the column `name`: an attribute, `fields` (the dict) or `fields.NAME`."""
    if name.startswith(FIELD_PREFIX):
        key = name[len(FIELD_PREFIX) :]
        return lambda record: record.fields.get(key)
    if name == "fields":
        return lambda record: record.fields
    return lambda record: getattr(record, name)


class LevelCache(dict):
    """raw level -> normalised level, computed once per distinct spelling."""

    def __missing__(self, raw: Any) -> str:
        value = normalize_level(raw)
        self[raw] = value
        return value


LEVEL_CACHE = LevelCache()


@lru_cache(maxsize=1 << 12)  # (a sample kept is ranked again at each merge: combine, reduce)
def sample_rank(line: str) -> tuple[int, str]:
    """Order for keeping a few sample lines that does not depend on how the input was split."""
    return (zlib.crc32(line.encode("utf-8", "surrogatepass")), line)


def keep_samples(samples: list[str], extra: Sequence[str], limit: int = MALFORMED_SAMPLES) -> list[str]:
    """The `limit` lowest-ranked distinct lines of both lists: a deterministic sample."""
    merged = set(samples)
    merged.update(s[:MAX_SAMPLE_CHARS] for s in extra)
    return sorted(merged, key=sample_rank)[:limit]


@dataclass(slots=True)
class Batch:
    """The records of one block of lines, as columns of the fields a job asked for (Python lists,
    or Arrow arrays where `arrow`: `LogFormat.arrow_block`). `starts`: where a format that reads
    records of several lines tells them, the index of each record's first line among the block's
    (`split_block`'s) lines, in record order."""

    columns: dict[str, Any]
    records: int
    lines: int
    malformed: int = 0
    malformed_samples: list[str] = field(default_factory=list)
    arrow: bool = False
    starts: list[int] | None = None


def one_value(column: list[Any]) -> bool:
    """A column of two or more items of one value: texts and None compared by value, anything
    else by identity (a True equals 1, but is not one)."""
    if len(column) < 2:
        return False
    first = column[0]
    if column[-1] != first or column[len(column) // 2] != first:  # (most columns that are not, told at once)
        return False
    if first is None or first.__class__ is str:
        return column.count(first) == len(column)
    return all(map(is_, column, repeat(first)))


class ArrowTexts(list):
    """A column's texts as a list, with the Arrow array a kernel read them from (`arrow`), for a
    job that carries them on in Arrow (parse: analyses/parse_arrow.py). Any change makes a plain
    list (none is made in place)."""

    arrow: Any


def arrow_texts(texts: Any) -> ArrowTexts:
    """An Arrow array of texts as an ArrowTexts."""
    listed = ArrowTexts(texts.to_pylist())
    listed.arrow = texts
    return listed


def split_block(block: bytes) -> list[str]:
    """Decode a block of whole lines; invalid UTF-8 becomes U+FFFD, CRLF endings lose the CR.

    Only LF separates lines (str.splitlines would also split on form feeds and friends). A byte
    order mark at the start (of a file: a block starts on a line) is left out.
    """
    text = block.decode("utf-8", "replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    if text.endswith("\n"):
        text = text[:-1]
    if not text:
        return [] if not block else [""]
    lines = text.split("\n")
    if "\r" in text:
        lines = [line[:-1] if line.endswith("\r") else line for line in lines]
    return lines


def line_offsets(block: bytes, base: int = 0) -> list[int]:
    """Where each line of `split_block(block)` starts, for a block that starts at byte `base` of
    its input: byte offsets (so CRLF endings and invalid UTF-8 count as written); a first line
    after a byte order mark starts after it. (In C loops: the lines' lengths summed.)"""
    parts = block.split(b"\n")
    if block.endswith(b"\n"):
        parts.pop()
    offsets = list(accumulate(map(add, map(len, parts), repeat(1)), initial=base))
    offsets.pop()
    if block.startswith(BOM):
        offsets[0] += len(BOM)
    return offsets


def count_lines(block: bytes) -> int:
    """Lines in a block of whole lines (the last one may lack its newline)."""
    if not block:
        return 0
    return count_newlines(block) + (0 if block.endswith(b"\n") else 1)


# Lines at least this long on average (in a block's first 4 KiB) are counted by deleting their
# newlines: `bytes.replace` finds each with memchr, a 4 MiB block of JSON lines in 0.3 ms where
# `bytes.count`, a byte at a time, takes 1.5; shorter lines cost memchr more calls than that.
_LONG_LINE = 64


def count_newlines(block: bytes) -> int:
    """How many newlines the block holds."""
    if len(block) > 4096 and block.count(b"\n", 0, 4096) * _LONG_LINE <= 4096:
        return len(block) - len(block.replace(b"\n", b""))
    return block.count(b"\n")


def read_each(values: Iterable[Any], read: Callable[[Any], Any], known: dict | None = None) -> list[Any]:
    """read(value) of each value, once per distinct value (`known`: values read before, filled in)."""
    values = list(values)
    known = {} if known is None else known
    for value in set(values).difference(known):
        known[value] = read(value)
    return list(map(known.__getitem__, values))


def count_columns(batch: Batch, fields: Sequence[str]) -> Counter:
    """How many records have each combination of the fields' values."""
    if not batch.records:
        return Counter()
    return Counter(zip(*(batch.columns[name] for name in fields), strict=True))


def counted(fields: Sequence[str], parse: Callable[[tuple[str, ...]], Batch]) -> tuple[Batch, Counter]:
    """A batch `parse` gives for `fields` (`SECOND` read as the timestamp), and how many of its
    records have each combination of the fields' values."""
    batch = parse(tuple("timestamp" if name == SECOND else name for name in fields))
    if SECOND not in fields or not batch.records:
        return batch, count_columns(batch, fields)
    seconds = batch.columns[SECOND] = to_seconds(batch.columns["timestamp"])
    counts = count_columns(batch, fields)
    if type(seconds[0]) is not int:  # (epoch_seconds gives ints for all, or to_seconds none)
        return batch, counts
    at = fields.index(SECOND)  # int seconds (of numbers) as text, once per distinct key
    texts: Counter = Counter()
    for key, n in counts.items():
        texts[(*key[:at], str(key[at]), *key[at + 1 :]) if type(key[at]) is int else key] += n
    return batch, texts


def records_batch(pairs: Iterable[tuple[Record | None, str]], fields: Sequence[str], lines: int) -> Batch:
    """The columns of `fields` of (record or None: malformed, line) pairs, from `lines` lines."""
    columns: dict[str, list[Any]] = {name: [] for name in fields}
    appenders = [(columns[name].append, column_reader(name)) for name in fields]
    malformed: list[str] = []
    records = 0
    for record, line in pairs:
        if record is None:
            malformed.append(line)
            continue
        records += 1
        for append, read in appenders:
            append(read(record))
    return Batch(
        columns=columns,
        records=records,
        lines=lines,
        malformed=len(malformed),
        malformed_samples=keep_samples([], malformed),
    )


class LogFormat:
    """A log format. Subclasses implement `matches` and `parse`; `parse_block` may be specialised."""

    name: str = ""
    description: str = ""
    # Whether a decoded line starts a record, for formats whose records may span lines
    # (multiline.py); None: every line is a record.
    starts_record: Callable[[str], bool] | None = None
    learns = False  # whether it learns from the blocks it reads (JSON's alias depths): one instance a file then
    keeps_bytes = False  # whether it reads bytes by their count (journal export's fields): its colours kept then

    def matches(self, line: str) -> bool:
        """Whether the line looks like this format (used to detect a file's format)."""
        raise NotImplementedError

    def parse(self, line: str, default_service: str | None = None) -> Record | None:
        """The record of one line without its newline, or None when the line is malformed."""
        raise NotImplementedError

    def records(self, block: bytes, default_service: str | None = None):
        """Yield (record or None, line) for each non-blank line of a block."""
        for line in split_block(block):
            if line.strip():
                yield self.parse(line, default_service), line

    def records_at(self, block: bytes, base: int, default_service: str | None = None):
        """Yield (record or None, line, offset) like `records`, with the byte offset in the input
        where the record's (first) line starts, for a block starting at byte `base`. A format's
        `records` yields each record with its first line (or its lines joined), in order, so the
        line is found by walking the block's lines forward."""
        lines = split_block(block)
        offsets = line_offsets(block, base)
        at, previous = -1, None
        for record, line in self.records(block, default_service):
            # Several records of one line (JSON envelopes) come with that very line object: its offset.
            # (Lines of 0 or 1 character may be the same cached object though distinct lines.)
            if line is not previous or len(line) < 2:
                at += 1
                # The record's first line, or its lines joined by newlines.
                while at < len(lines) - 1 and lines[at] != line and not line.startswith(lines[at] + "\n"):
                    at += 1
                previous = line
            yield record, line, offsets[at]

    def parse_block(self, block: bytes, fields: Sequence[str], default_service: str | None = None) -> Batch:
        """Parse a block of whole lines into columns of `fields` (where every line that is not
        blank is a record or malformed, with the records' lines: `Batch.starts`)."""
        if type(self).records is not LogFormat.records:
            return records_batch(self.records(block, default_service), fields, count_lines(block))
        lines = split_block(block)
        kept = [i for i, line in enumerate(lines) if line.strip()]
        pairs = [(self.parse(lines[i], default_service), lines[i]) for i in kept]
        batch = records_batch(pairs, fields, count_lines(block))
        if batch.records < len(lines):  # (blank or malformed lines: each record's line, for its offset)
            batch.starts = [i for i, (record, _) in zip(kept, pairs, strict=True) if record is not None]
        return batch

    def after(self, block: bytes) -> LogFormat:
        """The format the blocks after this one are read with (a W3C file's `#Fields:` may change
        its columns): this one, but for formats whose blocks say so."""
        return self

    def arrow_block(self, block: bytes, fields: Sequence[str], default_service: str | None = None) -> Batch | None:
        """The block's columns of `fields` as Arrow arrays, where a kernel reads the block into them
        (for a job's `map_arrow`), else None: `parse_block` then."""
        return None

    def count_block(
        self, block: bytes, fields: Sequence[str], default_service: str | None = None
    ) -> tuple[Batch, dict[tuple[Any, ...], int]]:
        """The block's counters, and how many records have each combination of `fields`
        (a group-by pushed into the parser: formats may count without building columns).
        `SECOND` counts by the timestamp to the second."""
        return counted(fields, lambda parsed: self.parse_block(block, parsed, default_service))
