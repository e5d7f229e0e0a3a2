"""The shuffle object: one per map task, holding every partition's sorted (key, value) lines.

Layout: partition 0's zstd frame, partition 1's frame, ..., then a JSON index
`[[offset, length, pairs], ...]`, its length as 8 bytes big-endian, and a magic tag. A reducer
reads the tail for the index and then its own partition with one ranged read, so a job makes
M PUTs and M*R ranged GETs instead of M*R PUTs. Inside a frame each line is
`<key JSON>\\t<value JSON>\\n`, sorted by the key's JSON bytes (compact JSON never holds a raw
tab or newline, so the separators are unambiguous).
"""

from __future__ import annotations

import io
import struct
from collections.abc import Iterable, Iterator
from typing import BinaryIO

import msgspec
import zstandard

from ..storage import ObjectStore

MAGIC = b"LOGMRSH1"
_FOOTER = struct.Struct(">Q8s")
TAIL_GUESS = 64 * 1024
_compressor = zstandard.ZstdCompressor(level=1)
_decompressor = zstandard.ZstdDecompressor()


class ShuffleFormatError(ValueError):
    """A shuffle object that is truncated or not one."""


def write_shuffle(
    items: Iterable[tuple[int, bytes, bytes]], partitions: int, out: BinaryIO
) -> list[list[int]]:
    """Write (partition, key, value) lines sorted by (partition, key) to `out`; return the index."""
    index = [[0, 0, 0] for _ in range(partitions)]
    offset = 0
    current = -1
    writer = None
    buffer = io.BytesIO()

    def close_frame() -> None:
        nonlocal offset, writer
        if writer is None:
            return
        writer.flush(zstandard.FLUSH_FRAME)
        frame = buffer.getvalue()
        out.write(frame)
        index[current][0] = offset
        index[current][1] = len(frame)
        offset += len(frame)
        buffer.seek(0)
        buffer.truncate()
        writer = None

    for partition, key, value in items:
        if partition != current:
            close_frame()
            current = partition
            writer = _compressor.stream_writer(buffer, closefd=False)
        writer.write(key + b"\t" + value + b"\n")
        index[partition][2] += 1
    close_frame()
    encoded = msgspec.json.encode(index)
    out.write(encoded)
    out.write(_FOOTER.pack(len(encoded), MAGIC))
    return index


def read_index(store: ObjectStore, key: str) -> list[list[int]]:
    """The partition index of a shuffle object."""
    tail = store.get_suffix(key, TAIL_GUESS)
    if len(tail) < _FOOTER.size:
        raise ShuffleFormatError(f"{key} is too short to be a shuffle object")
    length, magic = _FOOTER.unpack(tail[-_FOOTER.size :])
    if magic != MAGIC:
        raise ShuffleFormatError(f"{key} is not a shuffle object")
    if length + _FOOTER.size > len(tail):
        size = store.size(key)
        tail = store.get_range(key, size - length - _FOOTER.size, size)
    return msgspec.json.decode(tail[-_FOOTER.size - length : -_FOOTER.size])


def read_partition(store: ObjectStore, key: str, partition: int) -> Iterator[tuple[bytes, bytes]]:
    """The sorted (key JSON, value JSON) pairs of one partition of a shuffle object."""
    offset, length, _ = read_index(store, key)[partition]
    if length == 0:
        return
    frame = store.get_range(key, offset, offset + length)
    with _decompressor.stream_reader(frame) as reader:
        for line in io.BufferedReader(reader, 1 << 20):
            tab = line.index(b"\t")
            yield line[:tab], line[tab + 1 : -1]
