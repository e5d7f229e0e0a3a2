"""CountJob's own summary (its top rows, total and distinct keys) gathered by the reduce tasks, a
partition each, from their rows as encoded (keys never decoded), and merged by finalize: the
summary of a job with millions of keys without reading its output back.

Partitions hold disjoint keys, so the totals and key counts add up, and the job's top rows are
among the partitions' top rows. A key is ranked by its JSON text, which is what `_rank` ranks
by: the bytes a map task encoded a key as, decoded and encoded again, are those bytes.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from operator import neg
from typing import Any

import msgspec

from ..job import CountJob, Job, Top, is_count_job
from ..job.job import TOP_N
from .combiner import freeze
from .encoded_counts import top_rows


def summarized_by_parts(job: Job) -> bool:
    """Whether the job is a counting job whose summary is CountJob's own."""
    return is_count_job(job) and type(job).summarize is CountJob.summarize


class PartSummary:
    """One partition's share of CountJob.summarize: fed each (key JSON, count) as reduced."""

    def __init__(self) -> None:
        self.total = self.distinct = 0
        self.top = Top(TOP_N)
        self._worst: Any = None  # the last kept count once TOP_N are kept: a lower one cannot enter

    def add(self, key_bytes: bytes, count: int | float) -> None:
        self.total += count
        self.distinct += 1
        if self._worst is not None and count < self._worst:
            return
        self.top.offer((-count, key_bytes), (key_bytes, count))
        if len(self.top) == TOP_N:
            self._worst = self.top.last()[1]

    def add_rows(self, keys: list[bytes], counts: list[int]) -> None:
        """add(key, count) for each row, in bulk: only the rows that can rank among the top are
        offered (the TOP_N smallest (-count, key), as `add` would keep)."""
        self.total += sum(counts)
        self.distinct += len(keys)
        self._offer(keys, counts)

    def add_top(self, total: int, distinct: int, top: list[tuple[bytes, int]]) -> None:
        """The rows' total and distinct keys, and those of them that can rank among the top."""
        self.total += total
        self.distinct += distinct
        self._offer([key for key, _ in top], [count for _, count in top])

    def add_arrays(self, keys: Any, counts: Any) -> None:
        """add_rows of Arrow keys and integer counts (encoded_counts.py): only the rows that can
        rank among the top made Python objects."""
        import pyarrow.compute as pc

        self.total += pc.sum(counts).as_py() or 0
        self.distinct += len(keys)
        self._offer(*top_rows(keys, counts, TOP_N))

    def _offer(self, keys: list[bytes], counts: list[int]) -> None:
        for rank, key_bytes in heapq.nsmallest(TOP_N, zip(map(neg, counts), keys, strict=True)):
            self.top.offer((rank, key_bytes), (key_bytes, -rank))
        if len(self.top) == TOP_N:
            self._worst = self.top.last()[1]

    def encode(self) -> bytes:
        top = [[key_bytes.decode(), count] for key_bytes, count in self.top]
        return msgspec.json.encode({"total": self.total, "distinct_keys": self.distinct, "top": top})


def merged_summaries(job: Job, parts: Iterable[bytes]) -> dict[str, Any]:
    """The job's summary from its partitions' PartSummary objects, as job.summarize gives it."""
    total = distinct = 0
    candidates = []
    for data in parts:
        part = msgspec.json.decode(data)
        total += part["total"]
        distinct += part["distinct_keys"]
        candidates += [(freeze(msgspec.json.decode(key)), count) for key, count in part["top"]]
    summary = job.summarize(iter(candidates))
    return summary | {"total": total, "distinct_keys": distinct}
