"""Combining map output in memory, with a bound: past `max_keys` keys, a sorted run spills to disk.

Every key is encoded once to its compact JSON bytes, which is what partitions are hashed on and
what runs are sorted by; a stable hash (CRC-32) keeps a key in the same partition on any machine.
"""

from __future__ import annotations

import contextlib
import heapq
import os
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import groupby
from operator import itemgetter
from typing import Any

import msgspec

_encode = msgspec.json.Encoder().encode
_decode = msgspec.json.Decoder().decode


def freeze(value: Any) -> Any:
    """Lists (arrays) to tuples, recursively, so that keys are hashable."""
    if isinstance(value, list):
        return tuple(freeze(v) for v in value)
    return value


def decode_key(data: bytes) -> Any:
    return freeze(_decode(data))


def partition_of(key_bytes: bytes, partitions: int) -> int:
    return zlib.crc32(key_bytes) % partitions


class _Runs:
    """Sorted runs of (partition, key, value) lines spilled to temporary files."""

    def __init__(self, spill_dir: str | None) -> None:
        self.spill_dir = spill_dir
        self.paths: list[str] = []
        self.count = 0

    def spill(self, items: Iterable[tuple[int, bytes, bytes]]) -> None:
        fd, path = tempfile.mkstemp(prefix="logmr-spill-", dir=self.spill_dir)
        with os.fdopen(fd, "wb", buffering=1 << 20) as out:
            for partition, key, value in items:
                out.write(b"%d\t%s\t%s\n" % (partition, key, value))
        self.paths.append(path)
        self.count += 1

    def read(self, path: str) -> Iterator[tuple[int, bytes, bytes]]:
        with open(path, "rb", buffering=1 << 20) as stream:
            for line in stream:
                partition, key, value = line[:-1].split(b"\t", 2)
                yield int(partition), key, value

    def cleanup(self) -> None:
        for path in self.paths:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)
        self.paths.clear()


class Combiner:
    """Collects (key, value) pairs; `sorted_items` yields them combined, partitioned and sorted."""

    def __init__(
        self,
        partitions: int,
        combine: Callable[[Any, Iterable[Any]], Iterable[tuple[Any, Any]]] | None,
        max_keys: int,
        spill_dir: str | None = None,
    ) -> None:
        self.partitions = partitions
        self.combine = combine
        self.max_keys = max(1, max_keys)
        self.buffer: dict[Any, list[Any]] = {}
        self.runs = _Runs(spill_dir)
        self.emitted = 0

    def add(self, key: Any, value: Any) -> None:
        if type(key) is list:
            key = freeze(key)
        self.emitted += 1
        values = self.buffer.get(key)
        if values is None:
            self.buffer[key] = [value]
            if len(self.buffer) > self.max_keys:
                self.spill()
        else:
            values.append(value)
            if self.combine is not None and len(values) >= 32:
                self._combine_key(key, values)

    def add_pairs(self, pairs: Iterable[tuple[Any, Any]]) -> None:
        for key, value in pairs:
            self.add(key, value)

    def _combine_key(self, key: Any, values: list[Any]) -> None:
        combined = []
        for out_key, out_value in self.combine(key, values):  # type: ignore[misc]
            if freeze(out_key) == key:
                combined.append(out_value)
            else:
                self.buffer.setdefault(freeze(out_key), []).append(out_value)
        self.buffer[key] = combined

    def _encoded_items(self) -> list[tuple[int, bytes, bytes]]:
        items = []
        for key, values in self.buffer.items():
            if self.combine is not None and len(values) > 1:
                pairs = list(self.combine(key, values))
            else:
                pairs = [(key, v) for v in values]
            for out_key, out_value in pairs:
                key_bytes = _encode(out_key)
                items.append((partition_of(key_bytes, self.partitions), key_bytes, _encode(out_value)))
        items.sort()
        return items

    def spill(self) -> None:
        self.runs.spill(self._encoded_items())
        self.buffer.clear()

    @property
    def spills(self) -> int:
        return self.runs.count

    def sorted_items(self) -> Iterator[tuple[int, bytes, bytes]]:
        """Every (partition, key JSON, value JSON), sorted; runs merged and combined across."""
        memory = self._encoded_items()
        self.buffer.clear()
        if not self.runs.paths:
            yield from memory
            return
        try:
            merged = heapq.merge(memory, *(self.runs.read(p) for p in self.runs.paths))
            for (partition, key_bytes), group in groupby(merged, key=itemgetter(0, 1)):
                values = [value for _, _, value in group]
                if self.combine is None or len(values) == 1:
                    for value in values:
                        yield partition, key_bytes, value
                    continue
                key = decode_key(key_bytes)
                for out_key, out_value in self.combine(key, [_decode(v) for v in values]):
                    out_bytes = _encode(out_key)
                    if out_bytes != key_bytes:
                        raise ValueError("combine() must keep the key it was given")
                    yield partition, key_bytes, _encode(out_value)
        finally:
            self.runs.cleanup()


class CountCombiner(Combiner):
    """A Combiner for CountJob: one number per key, summed as it arrives."""

    def __init__(self, partitions: int, max_keys: int, spill_dir: str | None = None) -> None:
        super().__init__(partitions, _sum_combine, max_keys, spill_dir)
        self.counts: dict[Any, Any] = {}

    def add(self, key: Any, value: Any) -> None:
        if type(key) is list:
            key = freeze(key)
        self.emitted += 1
        counts = self.counts
        counts[key] = counts.get(key, 0) + value
        if len(counts) > self.max_keys:
            self.spill()

    def add_counts(self, counts: Mapping[Any, Any]) -> None:
        """Add a mapping of key -> count (what a batch map returns)."""
        mine = self.counts
        self.emitted += len(counts)
        if not mine:
            mine.update(counts)
        else:
            get = mine.get
            for key, value in counts.items():
                mine[key] = get(key, 0) + value
        if len(mine) > self.max_keys:
            self.spill()

    def _encoded_items(self) -> list[tuple[int, bytes, bytes]]:
        partitions = self.partitions
        items = []
        for key, value in self.counts.items():
            key_bytes = _encode(key)
            items.append((zlib.crc32(key_bytes) % partitions, key_bytes, _encode(value)))
        items.sort()
        return items

    def spill(self) -> None:
        self.runs.spill(self._encoded_items())
        self.counts.clear()

    def sorted_items(self) -> Iterator[tuple[int, bytes, bytes]]:
        self.buffer = {}
        yield from super().sorted_items()
        self.counts.clear()


def _sum_combine(key: Any, values: Iterable[Any]) -> Iterator[tuple[Any, Any]]:
    yield key, sum(values)
