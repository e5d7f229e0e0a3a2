"""Combining map output in memory, with a bound: past `max_keys` keys, or past `max_bytes` of
estimated memory (from a sample of the newest entries, every few thousand new keys), a sorted run
spills to disk.

Every key is encoded once to its compact JSON bytes, which is what partitions are hashed on and
what is sorted; a stable hash (CRC-32) keeps a key in the same partition on any machine. Output is
`key\\tvalue\\n` lines: compact JSON has no byte below 0x20, so sorting whole lines as bytes sorts
them by key, and merging runs compares plain bytes.
"""

from __future__ import annotations

import contextlib
import heapq
import os
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from itertools import groupby, islice
from typing import Any

import msgspec

from .shuffle import joined_batches

_encode = msgspec.json.Encoder().encode
_decode = msgspec.json.Decoder().decode
PREFIX = 6  # spilled lines start with the partition as "%05d\t"
Combine = Callable[[Any, Iterable[Any]], Iterable[tuple[Any, Any]]]


DEFAULT_MAX_BYTES = 256 * 2**20
CHECK_EVERY = 4096  # new keys between two memory estimates
_SAMPLE = 64  # entries an estimate looks at
_ENTRY_OVERHEAD = 104  # a dict slot, its hash and pointers, amortised


def approx_size(value: Any) -> int:
    """Roughly the bytes a key or value takes in memory (CPython objects, ASCII strings)."""
    if isinstance(value, str):
        return 49 + len(value)
    if isinstance(value, bytes):
        return 33 + len(value)
    if isinstance(value, tuple | list):
        return 56 + 8 * len(value) + sum(approx_size(v) for v in value)
    if isinstance(value, dict):
        return 64 + sum(24 + approx_size(k) + approx_size(v) for k, v in value.items())
    return 32


def freeze(value: Any) -> Any:
    """Lists (arrays) to tuples, recursively, so that keys are hashable."""
    if isinstance(value, list):
        return tuple(freeze(v) for v in value)
    return value


def decode_key(data: bytes) -> Any:
    return freeze(_decode(data))


def partition_of(key_bytes: bytes, partitions: int) -> int:
    return zlib.crc32(key_bytes) % partitions


def line_key(line: bytes) -> bytes:
    """The key JSON of a `key\\tvalue\\n` line."""
    return line[: line.index(b"\t")]


def line_value(line: bytes, key: bytes) -> bytes:
    """The value JSON of a `key\\tvalue\\n` line whose key is `key`."""
    return line[len(key) + 1 : -1]


class Combiner:
    """Collects (key, value) pairs; `partitions_sorted` yields them combined, partitioned, sorted."""

    def __init__(
        self,
        partitions: int,
        combine: Combine | None,
        max_keys: int,
        spill_dir: str | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self.partitions = partitions
        self.combine = combine
        self.max_keys = max(1, max_keys)
        self.max_bytes = max_bytes
        self._next_estimate = CHECK_EVERY
        self.buffer: dict[Any, list[Any]] = {}
        self.spill_dir = spill_dir
        self.runs: list[str] = []
        self.spills = 0
        self.emitted = 0

    # --- collecting -----------------------------------------------------------------------
    def add(self, key: Any, value: Any) -> None:
        if type(key) is list:
            key = freeze(key)
        self.emitted += 1
        values = self.buffer.get(key)
        if values is None:
            self.buffer[key] = [value]
            if self._full(self.buffer):
                self.spill()
        else:
            values.append(value)
            if self.combine is not None and len(values) >= 32:
                self._combine_key(key, values)

    def add_pairs(self, pairs: Iterable[tuple[Any, Any]]) -> None:
        for key, value in pairs:
            self.add(key, value)

    def _full(self, entries: dict[Any, Any]) -> bool:
        """Past max_keys, or past max_bytes by an estimate made every CHECK_EVERY new keys."""
        count = len(entries)
        if count > self.max_keys:
            return True
        if count < self._next_estimate:
            return False
        self._next_estimate = count + CHECK_EVERY
        sample = list(islice(reversed(entries.items()), _SAMPLE))
        per_entry = _ENTRY_OVERHEAD + sum(approx_size(k) + approx_size(v) for k, v in sample) / len(sample)
        return count * per_entry > self.max_bytes

    def _combine_key(self, key: Any, values: list[Any]) -> None:
        combined = []
        for out_key, out_value in self.combine(key, values):  # type: ignore[misc]
            if freeze(out_key) == key:
                combined.append(out_value)
            else:
                self.buffer.setdefault(freeze(out_key), []).append(out_value)
        self.buffer[key] = combined

    # --- encoding -------------------------------------------------------------------------
    def _pairs(self) -> Iterator[tuple[Any, Any]]:
        for key, values in self.buffer.items():
            if self.combine is not None and len(values) > 1:
                yield from self.combine(key, values)
            else:
                for value in values:
                    yield key, value

    def _encoded_partitions(self) -> list[list[bytes]]:
        """The buffer as sorted `key\\tvalue\\n` lines per partition; empties the buffer."""
        parts: list[list[bytes]] = [[] for _ in range(self.partitions)]
        count = self.partitions
        for key, value in self._pairs():
            key_bytes = _encode(key)
            parts[zlib.crc32(key_bytes) % count].append(key_bytes + b"\t" + _encode(value) + b"\n")
        self._clear()
        for lines in parts:
            lines.sort()
        return parts

    def _clear(self) -> None:
        self.buffer.clear()

    # --- spilling and merging ---------------------------------------------------------------
    def spill(self) -> None:
        """Write the buffer as a sorted run (lines prefixed by their partition) and empty it."""
        fd, path = tempfile.mkstemp(prefix="logmr-spill-", dir=self.spill_dir)
        self.runs.append(path)
        with os.fdopen(fd, "wb", buffering=1 << 20) as out:
            for partition, lines in enumerate(self._encoded_partitions()):
                if lines:
                    prefix = b"%05d\t" % partition
                    out.write(prefix + prefix.join(lines))
        self.spills += 1
        self._next_estimate = CHECK_EVERY

    def _merged_runs(self, memory: list[list[bytes]]) -> Iterator[tuple[int, Iterator[bytes]]]:
        def in_memory() -> Iterator[bytes]:
            for partition, lines in enumerate(memory):
                prefix = b"%05d\t" % partition
                for line in lines:
                    yield prefix + line

        def run(path: str) -> Iterator[bytes]:
            with open(path, "rb", buffering=1 << 20) as stream:
                yield from stream

        merged = heapq.merge(in_memory(), *(run(p) for p in self.runs))
        by_partition = groupby(merged, key=lambda line: int(line[: PREFIX - 1]))
        for partition, lines in by_partition:
            yield partition, self._combined(line[PREFIX:] for line in lines)

    def _combined(self, lines: Iterator[bytes]) -> Iterator[bytes]:
        """Sorted lines with the values of equal keys combined (when the job has a combiner)."""
        for key_bytes, group in groupby(lines, key=line_key):
            same = list(group)
            if self.combine is None or len(same) == 1:
                yield from same
                continue
            key = decode_key(key_bytes)
            values = [_decode(line_value(line, key_bytes)) for line in same]
            for out_key, out_value in self.combine(key, values):
                if _encode(out_key) != key_bytes:
                    raise ValueError("combine() must keep the key it was given")
                yield key_bytes + b"\t" + _encode(out_value) + b"\n"

    def partitions_sorted(self) -> Iterator[tuple[int, Iterable[bytes]]]:
        """(partition, sorted lines) for every non-empty partition, in order; runs merged."""
        memory = self._encoded_partitions()
        if not self.runs:
            yield from ((p, lines) for p, lines in enumerate(memory) if lines)
            return
        try:
            yield from self._merged_runs(memory)
        finally:
            self._remove_runs()

    def sorted_chunks(self) -> Iterator[tuple[int, Iterable[tuple[bytes, int]]]]:
        """(partition, chunks) for every non-empty partition, in order: each chunk sorted lines
        joined, with how many lines it holds (what write_shuffle writes)."""
        for partition, lines in self.partitions_sorted():
            yield partition, joined_batches(lines)

    def _remove_runs(self) -> None:
        for path in self.runs:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)
        self.runs.clear()


def sum_combine(key: Any, values: Iterable[Any]) -> Iterator[tuple[Any, Any]]:
    yield key, sum(values)
