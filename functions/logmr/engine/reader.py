"""Reading a split: the blocks of whole lines it owns, decompressed where needed.

A split [start, end) owns exactly the lines that start inside it: it reads from start - 1 and
drops everything up to the first newline (that line belongs to the previous split, unless the
byte at start - 1 is itself the newline), then reads past `end` to finish its last line.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from typing import Any, BinaryIO

import zstandard

from .inputs import open_input
from .spec import Split

BLOCK_SIZE = 4 * 1024 * 1024
UNBOUNDED = 1 << 62


def iter_line_blocks(stream: BinaryIO, start: int, end: int, block_size: int = BLOCK_SIZE) -> Iterator[bytes]:
    """Blocks of whole lines starting in [start, end) of a stream positioned at max(start - 1, 0)."""
    pos = 0
    buf = bytearray()
    if start > 0:
        pos = start - 1
        while True:
            chunk = stream.read(block_size)
            if not chunk:
                return
            newline = chunk.find(b"\n")
            if newline >= 0:
                buf += chunk[newline + 1 :]
                pos += newline + 1
                break
            pos += len(chunk)
    # pos is now the offset of buf[0], always the start of a line.
    while pos < end:
        limit = end - pos
        if len(buf) >= limit:
            newline = buf.find(b"\n", limit - 1)
            if newline >= 0:
                yield bytes(buf[: newline + 1])
                return
        elif len(buf) >= block_size:
            newline = buf.rfind(b"\n")
            if newline >= 0:
                yield bytes(buf[: newline + 1])
                del buf[: newline + 1]
                pos += newline + 1
                continue
        chunk = stream.read(block_size)
        if not chunk:
            if buf:
                yield bytes(buf)
            return
        buf += chunk


def _decompressed(stream: BinaryIO, compression: str | None) -> BinaryIO:
    if compression == "gzip":
        return gzip.GzipFile(fileobj=stream)  # type: ignore[return-value]
    if compression == "zstd":
        return zstandard.ZstdDecompressor().stream_reader(stream, read_across_frames=True)  # type: ignore[return-value]
    return stream


def read_split(split: Split, block_size: int = BLOCK_SIZE, s3_client: Any | None = None) -> Iterator[bytes]:
    """The blocks of whole lines a split owns."""
    if split.compression:
        raw = open_input(split.uri, 0, s3_client)
        with raw, _decompressed(raw, split.compression) as stream:
            yield from iter_line_blocks(stream, 0, UNBOUNDED, block_size)
        return
    with open_input(split.uri, max(split.start - 1, 0), s3_client) as stream:
        yield from iter_line_blocks(stream, split.start, split.end, block_size)


def read_head(uri: str, compression: str | None, size: int, s3_client: Any | None = None) -> bytes:
    """Up to `size` bytes from the start of an input, decompressed."""
    raw = open_input(uri, 0, s3_client)
    with raw, _decompressed(raw, compression) as stream:
        try:
            return stream.read(size)
        except (OSError, EOFError, zstandard.ZstdError):
            return b""
