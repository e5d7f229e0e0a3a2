"""The shuffle object: one per map task, holding every partition's sorted (key, value) lines.

Layout: partition 0's zstd frame, partition 1's frame, ..., then a JSON index
`[[offset, length, pairs], ...]`, its length as 8 bytes big-endian, and a magic tag. A reducer
reads the tail for the index and then its own partition with one ranged read, so a job makes
M PUTs and M*R ranged GETs instead of M*R PUTs. Inside a frame each line is
`<key JSON>\\t<value JSON>\\n`, sorted by the key's JSON bytes. Compact JSON never holds a raw
tab, newline or any byte below 0x20, so the separators are unambiguous and sorting whole lines
as bytes sorts them by key.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import BinaryIO

import msgspec
import zstandard

from ..storage import LocalStore, ObjectStore

MAGIC = b"LOGMRSH1"
_FOOTER = struct.Struct(">Q8s")
TAIL_GUESS = 64 * 1024
#: GETs a reduce task has in flight at once while it fetches its partition of the map outputs.
READ_THREADS = 16


class ShuffleFormatError(ValueError):
    """A shuffle object that is truncated or not one."""


def joined_batches(lines: Iterable[bytes], size: int = 8192) -> Iterator[tuple[bytes, int]]:
    """The lines joined `size` at a time, with how many each chunk holds: one write per chunk."""
    batch: list[bytes] = []
    for line in lines:
        batch.append(line)
        if len(batch) >= size:
            yield b"".join(batch), len(batch)
            batch.clear()
    if batch:
        yield b"".join(batch), len(batch)


def write_shuffle(
    partitions: Iterable[tuple[int, Iterable[tuple[bytes, int]]]], count: int, out: BinaryIO
) -> list[list[int]]:
    """Write each partition's sorted `key\tvalue\n` lines as a zstd frame, then the index.

    `partitions` yields (partition, chunks) in increasing partition order, each chunk sorted lines
    joined with how many lines it holds (`joined_batches`); missing partitions are empty.
    """
    index = [[0, 0, 0] for _ in range(count)]
    offset = 0
    # A compressor per call: compression contexts must not be shared between threads.
    zstd = zstandard.ZstdCompressor(level=1)
    for partition, chunks in partitions:
        compressor = zstd.compressobj()
        size = pairs = 0
        for chunk, lines in chunks:
            size += out.write(compressor.compress(chunk))
            pairs += lines
        if not pairs:
            continue
        size += out.write(compressor.flush())
        index[partition] = [offset, size, pairs]
        offset += size
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


def read_frame(store: ObjectStore, key: str, partition: int) -> bytes:
    """The compressed frame of one partition of a shuffle object (b"" when it is empty): the
    index, then, unless the partition is empty, one ranged read."""
    offset, length, _ = read_index(store, key)[partition]
    if length == 0:
        return b""
    return store.get_range(key, offset, offset + length)


def frame_lines(frame: bytes) -> Iterator[bytes]:
    """The sorted `key\\tvalue\\n` lines of a partition's compressed frame."""
    if not frame:
        return
    # One decompressor per stream: a reducer reads many partitions at once, and streams of one
    # decompressor share its state.
    with zstandard.ZstdDecompressor().stream_reader(frame) as reader:
        yield from io.BufferedReader(reader, 1 << 20)


def read_partition(store: ObjectStore, key: str, partition: int) -> Iterator[bytes]:
    """The sorted `key\\tvalue\\n` lines of one partition of a shuffle object."""
    yield from frame_lines(read_frame(store, key, partition))


def read_frames(store: ObjectStore, keys: list[str], partition: int, threads: int | None = None) -> list[bytes]:
    """One partition's compressed frame of each shuffle object, in the order of `keys`, fetched
    `threads` (READ_THREADS) objects at a time (each object's index and frame one after the other, as
    read_frame). The caller bounds the memory by the keys it asks for at once: every frame
    returned is held until it is merged, as the streams of a merge hold theirs. A folder's files
    are read one after the other: threads only add their start and hand-offs to reads of
    microseconds (the 8 partitions of 4 map outputs: 3 ms in a row, 5 to 16 ms on threads, on
    busy cores)."""
    threads = threads or READ_THREADS
    if len(keys) <= 1 or threads <= 1 or type(store) is LocalStore:
        return [read_frame(store, key, partition) for key in keys]
    with ThreadPoolExecutor(min(threads, len(keys))) as pool:
        return list(pool.map(lambda key: read_frame(store, key, partition), keys))
