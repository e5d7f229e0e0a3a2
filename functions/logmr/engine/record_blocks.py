"""Reading a byte range by records that span lines (formats/multiline.py): a split owns the
records whose first line starts inside [start, end).

It reads from LOOKBACK_BYTES before its start (the most bytes a record can span) to learn where
the first record starting at or after `start` begins, skipping what continues a record begun
before; then reads past `end` to finish its last record (until the next line that starts a
record). Every block it yields begins where a record begins, so a format groups a block's lines
exactly as a reading of the whole file would. Only the lines at those edges are decoded here
(a few per block: back from a block's end to its last record's first line), and where those
edges are found within TAIL_WINDOW bytes (all but records longer than that) each block is copied
once, as reading by lines copies it: about 1 ms a 64 MiB split more than reading by lines, where
joining the carried bytes with each read cost 12-20 ms. On a local file that one copy is the
block's own read, by offset, its cut found first (exact_reads.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import BinaryIO

from ..formats.multiline import LOOKBACK_BYTES, StartsRecord, within_caps
from .decompress import CorruptInputError
from .exact_reads import TAIL_WINDOW, ExactReads


def lookback_start(start: int) -> int:
    """The first byte a split starting at `start` reads records from (its stream opens one before)."""
    return max(start - LOOKBACK_BYTES, 0)


def _text(data: bytes, begin: int, stop: int, base: int) -> str:
    """The line data[begin:stop] as a format reads it: decoded, without its CR LF (nor the BOM
    at the start of a file)."""
    text = data[begin:stop].decode("utf-8", "replace").rstrip("\n")
    if text.endswith("\r"):
        text = text[:-1]
    if base + begin == 0 and text.startswith("\ufeff"):
        text = text[1:]
    return text


def _line_end(data: bytes, at: int) -> int:
    newline = data.find(b"\n", at)
    return len(data) if newline < 0 else newline + 1


def _starts(starts: StartsRecord, data: bytes, begin: int, end: int, base: int, text: str) -> bool:
    """Whether the line data[begin:end] (`text`) starts a record; a format whose rule reads the
    line above (`starts.pairwise`, CRI's partial lines) is given it (None at data[0], which
    begins one)."""
    if not getattr(starts, "pairwise", False):
        return starts(text)
    above = None if begin == 0 else _text(data, data.rfind(b"\n", 0, begin - 1) + 1, begin, base)
    return starts(text, above)  # type: ignore[call-arg]


def last_start(data: bytes, stop: int, starts: StartsRecord, base: int = 0) -> int:
    """Offset of the first line of the record that holds the last line of data[:stop] (whole
    lines; data[0] begins a record): back to its header while within the caps, else that last
    line is an orphan and begins its own."""
    head = _head_back(data, stop, starts, base)
    # None: data[0] begins a record and is no header: an orphan, as is every line after it
    return data.rfind(b"\n", 0, stop - 1) + 1 if head is None else head


def _head_back(data: bytes, stop: int, starts: StartsRecord, base: int) -> int | None:
    """`last_start`, or None when the lines back to data[0] hold no header and stay within the caps."""
    end, lines, chars = stop, 0, 0
    while end > 0:
        begin = data.rfind(b"\n", 0, end - 1) + 1
        text = _text(data, begin, end, base)
        lines, chars = lines + 1, chars + len(text) + 1
        if not within_caps(lines, chars):
            return data.rfind(b"\n", 0, stop - 1) + 1
        if _starts(starts, data, begin, end, base, text):
            return begin
        end = begin
    return None


def next_start(data: bytes, at: int, starts: StartsRecord, final: bool, base: int = 0) -> int | None:
    """Offset of the first record start at or after the line beginning at `at` (data[0] begins a
    record): len(data) when none begins before the data ends and it is `final`, None when more
    data is needed to tell."""
    if at >= len(data):
        return len(data) if final else None
    head = last_start(data, _line_end(data, at), starts, base)
    if head == at:
        return at
    lines = chars = 0
    begin = head
    while begin < len(data):
        end = _line_end(data, begin)
        if end == len(data) and not final and not data.endswith(b"\n"):
            return None
        text = _text(data, begin, end, base)
        lines, chars = lines + 1, chars + len(text) + 1
        if begin > head and (not within_caps(lines, chars) or _starts(starts, data, begin, end, base, text)):
            return begin
        begin = end
    return len(data) if final else None


def _first_line_at(data: bytes, offset: int) -> int:
    """Offset of the first line of data (which begins on a line) starting at or after `offset`."""
    if offset <= 0:
        return 0
    newline = data.find(b"\n", offset - 1)
    return len(data) + 1 if newline < 0 else newline + 1


def _tail_cut(carry: bytes, chunk: bytes, starts: StartsRecord, base: int) -> int | None:
    """`last_start` of carry + chunk's whole lines (the data beginning at `base`), found in the
    chunk's last TAIL_WINDOW bytes without joining them: None when the record reaches back past
    them (the caller then joins and looks back through it all)."""
    last = chunk.rfind(b"\n")
    if last < 0:
        return None
    low = chunk.find(b"\n", max(0, last + 1 - TAIL_WINDOW)) + 1  # a line starts there
    window = chunk[low : last + 1]
    cut = _head_back(window, len(window), starts, base + len(carry) + low) if window else None
    return len(carry) + low + cut if cut else None  # 0: window[0] is no known start (no line above)


def _near_start(data: bytes, at: int, starts: StartsRecord, base: int) -> int | None:
    """`next_start(data, at)` found in data's whole lines up to TAIL_WINDOW bytes past `at`
    without copying the rest: None when they do not tell (the caller then looks at all of it)."""
    stop = data.find(b"\n", at + TAIL_WINDOW) + 1
    return next_start(data[:stop], _first_line_at(data, at), starts, False, base) if stop else None


def _record_cut(starts: StartsRecord, at: int, window: bytes) -> int | None:
    """ExactReads.blocks' cut for iter_record_blocks: _tail_cut in a read's last bytes alone (a
    window inside the one _tail_cut would look through, so any cut found there is the same: a rule
    that reads the line above sees the same one for every line but the window's first, which is no
    cut in either)."""
    cut = _tail_cut(b"", window, starts, at)
    return None if cut is None else at + cut


def _after_first_newline(stream: BinaryIO, pos: int, block_size: int) -> tuple[int, bytes] | None:
    """(offset, bytes read past it) of the first line start after the stream's first newline, the
    stream's first byte at pos - 1; None where the stream holds no newline."""
    first = stream.read(block_size)
    while first and b"\n" not in first:
        pos, first = pos + len(first), stream.read(block_size)
    return (pos + first.index(b"\n"), first[first.index(b"\n") + 1 :]) if first else None


def iter_record_blocks(
    stream: BinaryIO, start: int, end: int, starts: StartsRecord, block_size: int
) -> Iterator[tuple[int, bytes]]:
    """(offset, block) for the blocks of whole records starting in [start, end) of a stream
    positioned one byte before `lookback_start(start)` (at 0 when that is 0)."""
    pos, buf, final = lookback_start(start), b"", False
    if pos > 0:
        after = _after_first_newline(stream, pos, block_size)
        if after is None:
            return
        pos, buf = after
    seeking, exact = start > pos, ExactReads.of(stream, block_size)
    while True:
        found = _near_start(buf, start - pos, starts, pos) if seeking else None
        if found is not None:
            buf, pos, seeking = buf[found:], pos + found, False
        if exact is not None and not (seeking or final):
            moved = yield from exact.blocks(pos, pos + len(buf), end, partial(_record_cut, starts))
            if moved is not None:
                pos, buf = moved[0], exact.resume(*moved)
        try:
            chunk = b"" if final else stream.read(block_size)
        except CorruptInputError:  # what was decoded before the damage ends there, as a file would
            whole = 0 if seeking else buf.rfind(b"\n") + 1
            if whole and pos < end:
                yield pos, buf[:whole]
            raise
        final = final or not chunk
        cut = None if seeking or pos + len(buf) + len(chunk) > end else _tail_cut(buf, chunk, starts, pos)
        if cut is not None:  # the common case: one copy of the block, as reading by lines makes
            yield pos, b"".join((buf, memoryview(chunk)[: cut - len(buf)]))
            buf, pos = chunk[cut - len(buf) :], pos + cut
            continue
        buf += chunk
        whole = len(buf) if final else buf.rfind(b"\n") + 1
        if seeking:
            found = next_start(buf[:whole], _first_line_at(buf, start - pos), starts, final, pos)
            if found is None:
                continue
            buf, pos, seeking = buf[found:], pos + found, False
            whole -= found
        if pos >= end or not buf:
            return
        if pos + whole > end:
            found = _near_start(buf, end - pos, starts, pos)
            if found is None:
                found = next_start(buf[:whole], _first_line_at(buf, end - pos), starts, final, pos)
            if found is not None:
                if found:
                    yield pos, buf[:found]
                return
        elif final:
            yield pos, buf
            return
        elif whole:
            cut = last_start(buf, whole, starts, pos)
            if cut:
                yield pos, buf[:cut]
                buf, pos = buf[cut:], pos + cut
