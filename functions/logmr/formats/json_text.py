"""The text a person reading a JSON line sees: the line with its string escapes resolved.

Keys, quotes and punctuation stay (a pattern `"level":"error"` still finds its line); `\\u6771`
becomes 東, a surrogate pair one character, a lone surrogate U+FFFD, `\\"` a quote, `\\\\` one
backslash, `\\/` a slash, `\\t` a tab. A decoded line break (`\\n`, `\\r`, `\\u000a`, `\\u000d`)
becomes a space: the text stays one line, so a match never spans two of a record's lines nor two
records. Escapes appear only inside JSON strings, so resolving them over the whole line is
exact for every valid line. Only lines holding a backslash need any work.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Iterator, Sequence
from heapq import nsmallest
from typing import Any

from ..native import LineHits, hit_samples, json_unescape
from .base import BOM, MAX_SAMPLE_CHARS, split_block
from .utf8 import is_utf8

_ESCAPE = re.compile(r"\\(?:u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|(.))", re.S)
_SIMPLE = {"n": " ", "r": " ", "t": "\t", "b": "\b", "f": "\f", '"': '"', "\\": "\\", "/": "/"}
_LINE_BREAKS = {"\n": " ", "\r": " "}


def _resolved(found: re.Match) -> str:
    high, low, code, char = found.groups()
    if char is not None:
        return _SIMPLE.get(char, found.group(0))  # not a JSON escape: kept as written
    if high is not None:
        return chr(0x10000 + ((int(high, 16) - 0xD800) << 10) + (int(low, 16) - 0xDC00))
    value = chr(int(code, 16))
    if "\ud800" <= value <= "\udfff":
        return "\ufffd"  # a lone surrogate is no character (and could not be encoded as UTF-8)
    return _LINE_BREAKS.get(value, value)


_CACHE_LIMIT = 1 << 16


class _Cache(dict):
    """escape as written -> its text, resolved once per distinct escape (at most _CACHE_LIMIT)."""

    def __missing__(self, escape: str) -> str:
        if len(self) >= _CACHE_LIMIT:
            self.clear()
        value = self[escape] = _ESCAPE.sub(_resolved, escape)
        return value


_CACHE = _Cache()


def _cached(found: re.Match) -> str:
    return _CACHE[found.group(0)]


def decoded_text(line: str) -> str:
    """One JSON line as read: its escapes resolved (the line itself when it has none)."""
    return _ESCAPE.sub(_cached, line) if "\\" in line else line


def decoded_texts(lines: list[str]) -> list[str]:
    """`decoded_text` of each line of a block: one substitution over the block's lines joined
    (no decoded escape is a newline, so the joined text splits back into the same lines)."""
    joined = "\n".join(lines)
    if "\\" not in joined:
        return lines
    return _ESCAPE.sub(_cached, joined).split("\n")


# The same escapes in UTF-8 bytes, a run of `\uXXXX` at a time (a word in another script is one
# run), resolved once per distinct run.
# (Led by the backslash, which lets the regex engine skip ahead to each one.)
_ESCAPE_BYTES = re.compile(rb"\\(?:u[0-9a-fA-F]{4}(?:\\u[0-9a-fA-F]{4})*|[^u\n])")


class _BytesCache(dict):
    def __missing__(self, escape: bytes) -> bytes:
        if len(self) >= _CACHE_LIMIT:
            self.clear()
        # (a backslash before a byte past ASCII, in a line not UTF-8 or not JSON, kept as written)
        value = _ESCAPE.sub(_resolved, escape.decode("ascii", "surrogateescape")).encode("utf-8", "surrogateescape")
        self[escape] = value
        return value


_BYTES_CACHE = _BytesCache()


def _cached_bytes(found: re.Match) -> bytes:
    return _BYTES_CACHE[found.group(0)]


# The one-character escapes, resolved by bytes.replace: once each escaped backslash is set aside
# (as _MARK), every backslash left starts an escape, so each kind can be replaced on its own.
_ONE_CHAR = tuple((b"\\" + char.encode(), text.encode()) for char, text in _SIMPLE.items() if char != "\\")
_MARK = b"\x00"
_SPARSE = 64  # bytes per escape below which the regex resolves a block's escapes


def resolved_bytes(data: bytes) -> bytes:
    """UTF-8 JSON text with its escapes resolved, as `_ESCAPE_BYTES.sub(_cached_bytes, data)`
    resolves them: a replace per one-character escape (Docker's `\\"` around an app's JSON line),
    then the regex for what is left (`\\uXXXX` runs: Go writes `<` as `\\u003c`), only when no
    escape decodes to _MARK itself (`\\u0000`)."""
    # A few escapes: the regex's callbacks cost less than the replaces' passes over the block.
    if data.count(b"\\") * _SPARSE < len(data) or _MARK in data or b"\\u0000" in data:
        return _ESCAPE_BYTES.sub(_cached_bytes, data)
    data = data.replace(b"\\\\", _MARK)
    for escape, text in _ONE_CHAR:
        if escape in data:
            data = data.replace(escape, text)
    if b"\\" in data:
        data = _ESCAPE_BYTES.sub(_cached_bytes, data)
    return data.replace(_MARK, b"\\")


# A block msgspec has decoded whole is valid JSON: every backslash in it starts an escape (paired
# from the left), so the escapes can be resolved by deleting backslashes in one `translate`, once
# those that are more than their backslash are turned into ones that are not: `\\\\` into _PAIR
# (translated back to one backslash), `\\n` into `\\ ` and the like by replaces that keep the
# length, and each run of `\\uXXXX` resolved by the regex. Valid JSON holds no raw control
# character, so _PAIR's bytes are free. One findall tells which kinds a block holds (all but
# `\\"`, which deleting its backslash resolves: Docker's thousands around an app's JSON).
_PAIR = b"\x00\x01"
_KINDS = re.compile(rb'\\[^"]')
_SAME_LENGTH = tuple(
    (b"\\" + char.encode(), b"\\" + text.encode()) for char, text in _SIMPLE.items() if char not in '\\"/'
)
_U_RUN = re.compile(rb"\\u[0-9a-fA-F]{4}(?:\\u[0-9a-fA-F]{4})*")
_UNPAIRED = bytes.maketrans(b"\x00", b"\\")


class _Unsafe(Exception):
    """An escape decodes to a byte the deleting path gives another meaning (`\\u005c`, `\\u0000`)."""


def _run_text(found: re.Match) -> bytes:
    text = _BYTES_CACHE[found.group(0)]
    if b"\\" in text or b"\x00" in text or b"\x01" in text:
        raise _Unsafe
    return text


def resolved_valid_bytes(data: bytes) -> bytes:
    """`resolved_bytes` of UTF-8 bytes that are valid JSON (a block msgspec decoded whole), the
    backslashes deleted where escapes are dense."""
    if data.count(b"\\") * _SPARSE < len(data):
        return _ESCAPE_BYTES.sub(_cached_bytes, data)
    kinds = set(_KINDS.findall(data))
    text = data.replace(b"\\\\", _PAIR) if b"\\\\" in kinds else data
    for escape, same_length in _SAME_LENGTH:
        if escape in kinds:
            text = text.replace(escape, same_length)
    if b"\\u" in kinds:
        try:
            text = _U_RUN.sub(_run_text, text)
        except _Unsafe:
            return resolved_bytes(data)
    return text.translate(_UNPAIRED, b"\\\x01")


#: Where each line (or record) of a TextBlock's data begins and ends: two int64 memoryviews.
Spans = tuple[memoryview, memoryview]


def line_spans(begins: bytes, ends: bytes, count: int) -> Spans:
    """The spans of the first `count` lines, from `LineHits.lines`' arrays (int64 bytes)."""
    return memoryview(begins).cast("q")[:count], memoryview(ends).cast("q")[:count]


class TextBlock(Sequence[str]):
    """A block's lines as read, held as one UTF-8 buffer with the lines separated by newlines
    (what a pattern engine scans at once); a line is decoded only when asked for."""

    __slots__ = ("_count", "_found", "_lines", "data", "known", "spans")

    def __init__(self, data: bytes, count: int) -> None:
        self.data, self._count, self._lines = data, count, None
        self.known: dict[int, int] = {}  # line index -> an offset inside it (a scanner's match)
        self._found: dict[int, bytes] = {}  # line index -> the line, for the known lines read once
        self.spans: Spans | None = None  # where each line begins and ends, where a scan in C told

    @classmethod
    def of_lines(cls, lines: list[str]) -> TextBlock:
        return cls("\n".join(lines).encode(), len(lines))

    @classmethod
    def joined(cls, parts: Sequence[Sequence[str]]) -> TextBlock:
        """The lines of TextBlocks or lists of lines, in order, as one TextBlock (a TextBlock's
        bytes are taken as they are, not decoded and encoded again)."""
        data = [part.data if isinstance(part, TextBlock) else "\n".join(part).encode() for part in parts if len(part)]
        return cls(b"\n".join(data), sum(map(len, parts)))

    @classmethod
    def of_texts(cls, texts: Sequence[str]) -> TextBlock | None:
        """The texts as one block when each is one line UTF-8 encodes, else None."""
        joined = "\n".join(texts)
        if joined.count("\n") != len(texts) - 1:
            return None
        try:
            return cls(joined.encode(), len(texts))
        except UnicodeEncodeError:
            return None

    @classmethod
    def of_json_block(cls, block: bytes, lines: int, valid: bool = False) -> TextBlock:
        """The `lines` JSON lines of a block as read: escapes resolved in the bytes themselves
        when the block is valid UTF-8 (else from its decoded lines). `valid`:
        msgspec decoded the block's lines, every one (resolved_valid_bytes)."""
        data = block[3:] if block.startswith(BOM) else block
        data = data[:-1] if data.endswith(b"\n") else data
        data = data[:-1] if data.endswith(b"\r") else data  # (each line loses the one CR before its LF)
        if not is_utf8(data):
            return cls.of_lines(decoded_texts(split_block(block)))
        if json_unescape is not None:  # (CRs and escapes in one call, layer/native/json_text.c)
            return cls(json_unescape(data, True), lines)
        data = data.replace(b"\r\n", b"\n") if b"\r" in data else data
        if b"\\" in data:  # (the same text each way: `_ESCAPE_BYTES.sub(_cached_bytes, data)`)
            data = resolved_valid_bytes(data) if valid else resolved_bytes(data)
        return cls(data, lines)

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return list(self)[index]
        if not -self._count <= index < self._count:
            raise IndexError(index)
        return self._line(index % self._count).decode("utf-8", "replace")

    def line_bytes(self, index: int) -> bytes:
        """Line `index` as UTF-8 (a scanner's offset in it, when known, finds it without a split)."""
        return self._line(index)

    def _line(self, index: int) -> bytes:
        if self.spans is not None:
            return self.data[self.spans[0][index] : self.spans[1][index]]
        line = self._found.get(index)
        if line is not None:  # (a line found is read for its record's service, then for samples)
            return line
        offset = self.known.get(index)
        if offset is not None:
            data = self.data
            end = data.find(b"\n", offset)
            line = self._found[index] = data[data.rfind(b"\n", 0, offset) + 1 : end if end != -1 else len(data)]
            return line
        if self._lines is None:
            self._lines = self.data.split(b"\n")
        return self._lines[index]

    def kept_samples(self, indices: Iterable[int], limit: int) -> list[str]:
        """`keep_samples([], [self[i] for i in indices], limit)`, the lines ranked by their UTF-8
        bytes (which sort as their text does) and only the lines kept decoded."""
        distinct = set()
        for index in indices:
            line = self._line(index)
            if len(line) > MAX_SAMPLE_CHARS:  # (cut as text, as keep_samples cuts it)
                line = line.decode("utf-8", "replace")[:MAX_SAMPLE_CHARS].encode("utf-8", "surrogatepass")
            distinct.add(line)
        return [line.decode("utf-8", "surrogatepass") for line in nsmallest(limit, distinct, key=_byte_rank)]

    def grouped_samples(self, hits: list[int], keys: list[Any] | None, limit: int) -> dict[Any, tuple] | None:
        """The lines `hits` counted by their keys (a hit's, in `keys`), each key's `limit` samples as
        `kept_samples` keeps them: {key: (count, samples)}, in C (layer/native/line_hits.c); None
        where it does not apply."""
        spans = self.item_spans()
        return None if spans is None else hit_samples(self.data, *spans, hits, keys, limit, MAX_SAMPLE_CHARS)

    def item_spans(self) -> Spans | None:
        """Where each line begins and ends in `data`, in C (None without it)."""
        if self.spans is None and LineHits is not None:
            self.spans = line_spans(*LineHits().lines(self.data, 0, 0)[1:], self._count)
        return self.spans

    def __iter__(self) -> Iterator[str]:
        return iter(self.data.decode("utf-8", "replace").split("\n") if self._count else ())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


def _byte_rank(line: bytes) -> tuple[int, bytes]:
    """base.sample_rank of a line's text, from its UTF-8 bytes."""
    return zlib.crc32(line), line
