"""Reading a split: the blocks of whole lines it owns, decompressed where needed.

A split [start, end) owns exactly the lines that start inside it: it reads from start - 1 and
drops everything up to the first newline (that line belongs to the previous split, unless the
byte at start - 1 is itself the newline), then reads past `end` to finish its last line. In a
file whose records span lines (a plain-text file with a learned header layout) it owns the
records that start inside it instead: see record_blocks.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, BinaryIO

from ..formats import FORMAT_NAMES
from ..formats.multiline import StartsRecord
from ..formats.reading import format_for
from .decompress import DecompressedStream
from .exact_reads import ExactReads
from .inputs import open_input
from .record_blocks import iter_record_blocks, lookback_start
from .spec import Split

BLOCK_SIZE = 4 * 1024 * 1024
UNBOUNDED = 1 << 62


def _skip_partial_line(stream: BinaryIO, start: int, block_size: int) -> tuple[int, bytes] | None:
    """From a stream at start - 1: (offset of the first line starting at or after start, the bytes
    read from there on), or None at end of file. The first line ends at the first newline read."""
    pos = start - 1
    while True:
        chunk = stream.read(block_size)
        if not chunk:
            return None
        newline = chunk.find(b"\n")
        if newline >= 0:
            return pos + newline + 1, chunk[newline + 1 :]
        pos += len(chunk)


def iter_line_blocks(stream: BinaryIO, start: int, end: int, block_size: int = BLOCK_SIZE) -> Iterator[bytes]:
    """Blocks of whole lines starting in [start, end) of a stream positioned at max(start - 1, 0)."""
    for _, block in iter_line_blocks_at(stream, start, end, block_size):
        yield block


def iter_line_blocks_at(
    stream: BinaryIO, start: int, end: int, block_size: int = BLOCK_SIZE
) -> Iterator[tuple[int, bytes]]:
    """(offset, block) for the blocks of whole lines starting in [start, end) of a stream
    positioned at max(start - 1, 0): the offset is the block's first byte's in the stream.

    Each block is copied once: on a local file read by offset where it can be (exact_reads.py),
    else the partial line carried over plus the new chunk up to its last newline (a line longer
    than a block is carried until it ends).
    """
    pos, carry, exact = 0, b"", ExactReads.of(stream, block_size)
    if start > 0:
        skipped = _skip_partial_line(stream, start, block_size)
        if skipped is None:
            return
        pos, carry = skipped
    # `carry` holds bytes from `pos`, which is always the start of a line; the stream is at pos + len(carry).
    while pos < end:
        if exact is not None:
            # (reads ending before `end`: where one would reach it, the loop below carries on)
            moved = yield from exact.blocks(pos, pos + len(carry), end - 1, _after_last_newline)
            if moved is not None:
                pos, carry = moved[0], exact.resume(*moved)
        limit = end - pos
        if len(carry) >= limit:
            # Our last line holds byte end - 1 and ends at the first newline from there.
            newline = carry.find(b"\n", limit - 1)
            if newline >= 0:
                yield pos, carry[: newline + 1]
                return
            chunk = stream.read(block_size)
            if not chunk:
                yield pos, carry
                return
            carry += chunk
            continue
        chunk = stream.read(block_size)
        if not chunk:
            if carry:
                yield pos, carry
            return
        last = chunk.rfind(b"\n")
        if last < 0 or len(carry) + len(chunk) >= limit:
            carry += chunk
            continue
        yield pos, b"".join((carry, memoryview(chunk)[: last + 1]))
        pos += len(carry) + last + 1
        carry = chunk[last + 1 :]


def _after_last_newline(at: int, window: bytes) -> int | None:
    """ExactReads.blocks' cut for iter_line_blocks_at: past the window's last newline, None where it has none."""
    last = window.rfind(b"\n")
    return at + last + 1 if last >= 0 else None


@contextmanager
def open_split(split: Split, s3_client: Any | None = None, raw: BinaryIO | None = None) -> Iterator[BinaryIO]:
    """The bytes of a split's input from first_byte(start, record_starts(split)) on, decompressed:
    `raw` when given (an input already fetched or opened, from its start), else opened here."""
    if raw is None:
        raw = open_input(
            split.uri, 0 if split.compression else first_byte(split.start, record_starts(split)), s3_client
        )
    with raw:
        if not split.compression:
            yield raw
            return
        with DecompressedStream(raw, split.compression, split.uri) as stream:
            yield stream  # type: ignore[misc]


def split_blocks(stream: BinaryIO, split: Split, block_size: int = BLOCK_SIZE) -> Iterator[tuple[int, bytes]]:
    """(offset, block) for the blocks of whole lines (whole records) a split owns, from its
    open_split stream; the offset is in the uncompressed input. A compressed input is read whole:
    one that turns out truncated or damaged yields the whole lines decoded before the damage, then
    raises CorruptInputError."""
    starts = record_starts(split)
    if split.compression:
        return iter_blocks_at(stream, 0, UNBOUNDED, starts, block_size)
    return iter_blocks_at(stream, split.start, split.end, starts, block_size)


def iter_blocks(
    stream: BinaryIO, start: int, end: int, starts: StartsRecord | None, block_size: int = BLOCK_SIZE
) -> Iterator[bytes]:
    """Blocks of the whole lines (or, given what starts a record, whole records) starting in
    [start, end) of a stream opened at `first_byte(start, starts)`."""
    for _, block in iter_blocks_at(stream, start, end, starts, block_size):
        yield block


def iter_blocks_at(
    stream: BinaryIO, start: int, end: int, starts: StartsRecord | None, block_size: int = BLOCK_SIZE
) -> Iterator[tuple[int, bytes]]:
    """(offset, block) for `iter_blocks`' blocks: the offset is the block's first byte's in the stream."""
    if starts is None:
        return iter_line_blocks_at(stream, start, end, block_size)
    return iter_record_blocks(stream, start, end, starts, block_size)


def first_byte(start: int, starts: StartsRecord | None) -> int:
    """Where to open an input to read what a split starting at `start` owns."""
    return max((start if starts is None else lookback_start(start)) - 1, 0)


def record_starts(split: Split) -> StartsRecord | None:
    """What starts a record of the split's file, when its records may span lines: plain text's
    learned layout, or a format whose records always may (CRI's partial lines)."""
    if split.layout:
        return format_for(split.format, split.layout).starts_record
    return format_for(split.format).starts_record if split.format in FORMAT_NAMES else None


def read_split_at(
    split: Split, block_size: int = BLOCK_SIZE, s3_client: Any | None = None
) -> Iterator[tuple[int, bytes]]:
    """(offset, block) for the blocks of whole lines (whole records) a one-input split owns
    (split_blocks)."""
    with open_split(split, s3_client) as stream:
        yield from split_blocks(stream, split, block_size)


def read_split(split: Split, block_size: int = BLOCK_SIZE, s3_client: Any | None = None) -> Iterator[bytes]:
    """The blocks of whole lines a one-input split owns, without their offsets."""
    for _, block in read_split_at(split, block_size, s3_client):
        yield block
