"""The combiner of a counting job (CountJob): one number per key, summed as it arrives.

Plain string keys with integer counts, the usual case (words, names), are encoded in bulk
(count_lines.py) rather than line by line, and their spilled runs, written with where each
partition lies, are merged a partition at a time into sums; anything else takes `Combiner`'s
path, which writes and reads the same lines.
"""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ..native import KeyCounts
from .combiner import CHECK_EVERY, DEFAULT_MAX_BYTES, PREFIX, Combiner, freeze, sum_combine
from .count_lines import add_counts, encoded_partitions, integer_values, lines_of, plain_keys, summed_partition
from .encoded_counts import EncodedCounts
from .encoded_counts import lines_of as arrow_lines
from .encoded_counts import summed_lines as arrow_sums

# Encoded keys are counted in C (logmr_native.KeyCounts: a hash table of their bytes, 64 to 128
# bytes of slots a key besides its bytes, `nbytes`) where it is built. Else in Arrow
# (encoded_counts.py) once a task has been given this many bytes of them, before in a Counter (a
# small job's workers never import pyarrow); past this many, spilled runs are summed in Arrow.
ARROW_MIN_BYTES = 1 << 20
# Arrow holds a key as its bytes and two 8-byte numbers, no Python object: it holds up to
# ARROW_KEYS_PER_KEY times `max_keys` keys (its arrays' keys, not yet summed), merging them there at
# the latest (a merge takes 100 to 160 bytes a key at its peak: 1.6 million keys, about 200 MB), and
# spills past ARROW_DISTINCT_PER_KEY times as many distinct ones, as C's table does (a 64 MiB task's words: 350,000 to
# 600,000 in most layouts, 840,000 in HDFS's with its block ids, whose one spill, its lines written,
# read back and summed again, took a fifth of the task).
ARROW_KEYS_PER_KEY = 4
ARROW_DISTINCT_PER_KEY = 2.5


def _bulk_counts() -> Any:
    """Where encoded keys are counted in bulk: in C where logmr_native is built, else in Arrow."""
    return KeyCounts() if KeyCounts is not None else EncodedCounts()


class CountCombiner(Combiner):
    """A Combiner for CountJob: one number per key, summed as it arrives; string keys may come as
    UTF-8 bytes (`add_encoded_keys`), counted without being decoded. Plain string keys with
    integer counts are written in bulk (count_lines.py), spilled runs merged a partition at a time."""

    def __init__(
        self, partitions: int, max_keys: int, spill_dir: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
    ) -> None:
        super().__init__(partitions, sum_combine, max_keys, spill_dir, max_bytes)
        self.counts: dict[Any, Any] = {}
        self.encoded: Counter[bytes] = Counter()  # string keys as UTF-8
        self.bulk = _bulk_counts()  # more of them: in C (KeyCounts), or in Arrow from large blocks
        self._encoded_bytes = 0  # the bytes of encoded keys given so far
        self._run_index: list[list[tuple[int, int]] | None] = []  # each run's partitions: (offset, length)

    def add(self, key: Any, value: Any) -> None:
        if type(key) is list:
            key = freeze(key)
        self.emitted += 1
        counts = self.counts
        counts[key] = counts.get(key, 0) + value
        if self._full(counts):
            self.spill()

    def add_counts(self, counts: Mapping[Any, Any]) -> None:
        """Add a mapping of key -> count (what a batch map returns)."""
        self.emitted += len(counts)
        add_counts(self.counts, counts)
        if self._full(self.counts):
            self.spill()

    def add_encoded_keys(self, text: bytes) -> None:
        """Count string keys given as UTF-8 separated by ASCII whitespace, each occurrence once.
        (The list of keys lives only while it is counted, in C: a garbage collection, set off
        by other allocations, never walks its items.)"""
        self._encoded_bytes += len(text)
        if KeyCounts is not None:  # (in C: its table holds every key once, summed as it comes)
            self.emitted += self.bulk.add(text)
            if len(self.bulk) > ARROW_DISTINCT_PER_KEY * self.max_keys or self.bulk.nbytes > self.max_bytes:
                self.spill()
            return
        if self._encoded_bytes >= ARROW_MIN_BYTES:
            self.emitted += self.bulk.add_text(text)
            full, held = False, ARROW_KEYS_PER_KEY * self.max_keys
            if len(self.bulk) > min(held, 2 * max(self.max_keys, self.bulk.distinct)):  # (as they double)
                self.bulk.merged()  # (its arrays' keys summed: the distinct ones left)
                full = len(self.bulk) > ARROW_DISTINCT_PER_KEY * self.max_keys
            if full or self.bulk.nbytes > self.max_bytes:
                self.spill()
            return
        keys = text.split()
        self.emitted += len(keys)
        self.encoded.update(keys)
        if self._full(self.encoded):
            self.spill()

    def _pairs(self) -> Iterator[tuple[Any, Any]]:
        self._decode_keys()
        return iter(self.counts.items())

    def _clear(self) -> None:
        self.counts = {}
        self.encoded = Counter()
        self.bulk = _bulk_counts()

    # --- the bulk path (count_lines.py) -------------------------------------------------------
    def _decode_keys(self) -> None:
        """The UTF-8 keys moved into `counts` as strings (for the line-by-line path)."""
        self._drain_bulk()
        counts, get = self.counts, self.counts.get
        for key, value in self.encoded.items():
            text = key.decode()
            counts[text] = get(text, 0) + value
        self.encoded = Counter()

    def _drain_bulk(self) -> None:
        """The keys counted in C or Arrow moved into `encoded`."""
        if len(self.bulk):
            self.encoded.update(dict(self.bulk.items()))
            self.bulk = _bulk_counts()

    def _bulk_segments(self) -> list[bytes] | None:
        """Each partition's lines as one bytes object, where every key is a plain string and every
        count an integer (count_lines.py), else None."""
        if self.counts:  # (the bulk counts, of occurrences, are never summed with others' values)
            self._drain_bulk()
        counts, encoded = self.counts, self.encoded
        if counts:
            keys = list(counts)
            if not all(type(key) is str for key in keys) or not integer_values(counts.values()):
                return None
            try:
                as_bytes = "\n".join(keys).encode().split(b"\n")
            except UnicodeEncodeError:  # (a lone surrogate)
                return None
            if len(as_bytes) != len(keys):  # (a key holds a newline)
                return None
            for key, value in zip(as_bytes, counts.values(), strict=True):
                encoded[key] += value
            self.counts = {}
        if len(self.bulk):
            self.bulk.add_counts(encoded)
            self.encoded = Counter()
            return self.bulk.partitions(self.partitions)  # (None: a key not plain, for the line path)
        if not plain_keys(encoded):  # (its counts are integers: counted, or checked above)
            return None
        return encoded_partitions(encoded, self.partitions)

    def spill(self) -> None:
        segments = self._bulk_segments()
        if segments is None:
            super().spill()
            self._run_index.append(None)
            return
        fd, path = tempfile.mkstemp(prefix="logmr-spill-", dir=self.spill_dir)
        self.runs.append(path)
        index, offset = [], 0
        with os.fdopen(fd, "wb", buffering=1 << 20) as out:
            for partition, lines in enumerate(segments):
                prefix = b"%05d\t" % partition
                data = prefix + lines[:-1].replace(b"\n", b"\n" + prefix) + b"\n" if lines else b""
                index.append((offset, len(data)))
                offset += out.write(data)
        self._run_index.append(index)
        self._clear()
        self.spills += 1
        self._next_estimate = CHECK_EVERY

    def _run_segment(self, run: int, partition: int) -> bytes:
        """A bulk-written run's lines of one partition, without their prefix."""
        offset, length = self._run_index[run][partition]  # type: ignore[index]
        if not length:
            return b""
        with open(self.runs[run], "rb") as stream:
            stream.seek(offset)
            data = stream.read(length)
        return data[PREFIX:].replace(b"\n" + data[:PREFIX], b"\n")

    def sorted_chunks(self) -> Iterator[tuple[int, Iterable[tuple[bytes, int]]]]:
        segments = self._bulk_segments() if None not in self._run_index else None
        if segments is None:
            yield from super().sorted_chunks()
            return
        self._clear()
        try:
            for partition, memory in enumerate(segments):
                runs = [self._run_segment(run, partition) for run in range(len(self.runs))]
                if not any(runs):
                    lines, count = memory, memory.count(b"\n")
                elif self._encoded_bytes >= ARROW_MIN_BYTES:  # (many keys: the runs summed in Arrow)
                    keys, values = arrow_sums([memory, *runs])
                    lines, count = arrow_lines(keys, values), len(keys)
                else:
                    keys, values = summed_partition([memory, *runs])  # type: ignore[misc]
                    lines, count = lines_of(keys, values), len(keys)
                if count:
                    yield partition, [(lines, count)]
        finally:
            self._remove_runs()

    def _remove_runs(self) -> None:
        super()._remove_runs()
        self._run_index.clear()
