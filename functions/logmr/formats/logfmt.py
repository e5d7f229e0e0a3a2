"""logfmt: `key=value key2="quoted value"` lines (Heroku, Go's logfmt, Grafana Loki)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .base import Batch, LogFormat, column_reader, count_lines, split_block
from .json_fields import BLOCK_ALIASES, NO_FIELDS, field_values, record_from_object
from .logfmt_kernel import LINE_FIELDS, PythonPath, count_logfmt, parse_logfmt
from .logfmt_texts import pattern_batch
from .message_marks import text_record
from .record import Record
from .record_texts import block_services

# (A quoted value's runs of plain characters are taken whole, never given back: the same matches.)
_PAIR = re.compile(r'([^\s=]+)=("(?:[^"\\]++|\\.)*+"|\S*)')
# Quoted values as Go's strconv.Quote writes them (logrus, slog, go-kit): \n, \t, \xHH, \u2603...
_UNESCAPE = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([0-7]{3})|(.))", re.S)
_SIMPLE = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}


def _unescaped(found: re.Match) -> str:
    hex_byte, u4, u8, octal, char = found.groups()
    if char is not None:
        return _SIMPLE.get(char, char)
    code = int(hex_byte or u4 or u8, 16) if octal is None else int(octal, 8)
    return chr(code) if code <= 0x10FFFF else found.group(0)


def unquote(value: str) -> str:
    """A quoted logfmt value's text: its quotes dropped, its escapes (Go's) decoded."""
    inner = value[1:-1]
    return _UNESCAPE.sub(_unescaped, inner) if "\\" in inner else inner


def _read_quoted(found: re.Match) -> str:
    value = found.group(0)
    if "\\" not in value:
        return value
    text = unquote(value).replace("\n", " ").replace("\r", " ")
    # A `\ud800` alone is no character: what UTF-8 cannot hold becomes "?".
    return '"' + text.encode("utf-8", "replace").decode("utf-8") + '"'


_QUOTED = re.compile(r'"(?:[^"\\]++|\\.)*+"')


def logfmt_text(line: str) -> str:
    """The line as read: its quoted values' escapes decoded (a line break as a space, so the
    text stays one line), everything else as written."""
    return _QUOTED.sub(_read_quoted, line) if "\\" in line else line


def parse_pairs(line: str) -> dict[str, str]:
    """The key=value pairs of a logfmt line, quoted values unescaped."""
    pairs: dict[str, str] = {}
    for key, value in _PAIR.findall(line):
        if value.startswith('"') and len(value) >= 2:
            value = unquote(value)
        pairs[key] = value
    return pairs


class _Unquoting:
    """A line's pairs as written, each value unquoted when read (parse_pairs' values)."""

    __slots__ = ("written",)

    def __init__(self, written: dict[str, str]) -> None:
        self.written = written

    def get(self, key: str) -> str | None:
        value = self.written.get(key)
        if value is not None and value[:1] == '"' and len(value) >= 2:
            return unquote(value)
        return value


class LogfmtFormat(LogFormat):
    name = "logfmt"
    description = "logfmt key=value lines"

    def matches(self, line: str) -> bool:
        stripped = line.strip()
        if not _PAIR.match(stripped):
            return False
        pairs = _PAIR.findall(stripped)
        covered = sum(len(k) + len(v) + 1 for k, v in pairs) + len(pairs) - 1
        return len(pairs) >= 2 and covered >= len(stripped)

    def parse(self, line: str, default_service: str | None = None) -> Record | None:
        """A line's record: its pairs', or for a non-blank line that opens with no pair (a banner, a
        panic, an access log's line among them) a record of its text (message_marks.text_record)."""
        stripped = line.strip()
        if not _PAIR.match(stripped):
            return text_record(line, default_service) if stripped else None
        pairs = parse_pairs(stripped)
        record = record_from_object(pairs, line, default_service)
        record.text = logfmt_text(line)
        return record

    def parse_block(self, block: bytes, fields: Sequence[str], default_service: str | None = None) -> Batch:
        """Only the asked-for fields, read from each line's pairs (no Record built): the values
        `parse` gives. The lines of the block's usual key sequences are read on the columnar
        kernel (formats/logfmt_kernel.py), the others line by line; a line with Docker's `log` and
        `stream` keys takes `parse` itself."""
        if not fields or not all(name in BLOCK_ALIASES or name in LINE_FIELDS or name in NO_FIELDS for name in fields):
            return super().parse_block(block, fields, default_service)
        if NO_FIELDS & set(fields):  # (never a record's field: None)
            batch = self.parse_block(block, [name for name in fields if name not in NO_FIELDS], default_service)
            batch.columns = {
                name: batch.columns[name] if name in batch.columns else [None] * batch.records for name in fields
            }
            return batch
        found = pattern_batch(block, fields, logfmt_text, block_services(self, default_service))
        found = found or parse_logfmt(block, fields, self._python_path(default_service))
        if found is not None:
            return found
        batch = self._lines_batch(split_block(block), fields, default_service)
        batch.lines = count_lines(block)
        return batch

    def count_block(
        self, block: bytes, fields: Sequence[str], default_service: str | None = None
    ) -> tuple[Batch, dict[tuple[Any, ...], int]]:
        """Counted on the columnar kernel where it applies, else line by line."""
        found = count_logfmt(block, fields, self._python_path(default_service))
        return found if found is not None else super().count_block(block, fields, default_service)

    def _python_path(self, default_service: str | None) -> PythonPath:
        def values(pairs: dict[str, str], names: Sequence[str]) -> list[Any]:
            return field_values(_Unquoting(pairs).get, names, default_service)

        def lines(lines: list[str], names: Sequence[str]) -> Batch:
            return self._lines_batch(lines, names, default_service)

        return PythonPath(pair=_PAIR, values=values, unquote=unquote, text=logfmt_text, lines=lines)

    def _lines_batch(self, lines: list[str], fields: Sequence[str], default_service: str | None) -> Batch:
        """The records of a list of lines as columns of `fields` (record fields and raw, text)."""
        names = [name for name in fields if name in BLOCK_ALIASES]
        columns: dict[str, list] = {name: [] for name in fields}
        appenders = [columns[name].append for name in names]
        readers = [column_reader(name) for name in names]
        lines_wanted = [(columns[name].append, name) for name in fields if name in LINE_FIELDS]
        match, findall = _PAIR.match, _PAIR.findall
        for line in lines:
            stripped = line.strip()
            if not stripped:
                continue
            paired = match(stripped) is not None
            if not paired:  # (a line of text: `parse`'s record, its text the line as written)
                record = text_record(line, default_service)
                values = [read(record) for read in readers]
            elif "log" in (written := dict(findall(stripped))) and "stream" in written:  # (values as written)
                record = record_from_object(parse_pairs(stripped), line, default_service)
                values = [read(record) for read in readers]
            else:
                values = field_values(_Unquoting(written).get, names, default_service)
            for append, value in zip(appenders, values, strict=True):
                append(value)
            for append, name in lines_wanted:
                append(logfmt_text(line) if paired and name == "text" else line)
        records = len(columns[fields[0]]) if fields else sum(1 for line in lines if line.strip())
        return Batch(columns, records, len(lines))


# klog's structured records (Kubernetes' InfoS/ErrorS): `"Pod status updated" pod="kube-system/dns" err="..."`.
_QUOTED_MESSAGE = re.compile(r'"((?:[^"\\]++|\\.)*+)"((?: +[^\s="]+=(?:"(?:[^"\\]++|\\.)*+"|\S*))*+) *')


def quoted_message(message: str) -> tuple[str, dict[str, str]] | None:
    """A message written as a Go-quoted text followed only by key=value pairs (klog's structured
    records), as its text unquoted and its pairs; None for any other message."""
    found = _QUOTED_MESSAGE.fullmatch(message) if message[:1] == '"' else None
    if found is None:
        return None
    text, pairs = found.groups()
    return unquote(f'"{text}"'), parse_pairs(pairs) if pairs else {}


def quoted_text(message: str) -> str | None:
    """`quoted_message`'s text alone (its pairs not read)."""
    found = _QUOTED_MESSAGE.fullmatch(message) if message[:1] == '"' else None
    return None if found is None else unquote(f'"{found[1]}"')
