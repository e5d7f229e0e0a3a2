"""Bounding Drain's work in a group of masked messages (same length and first token): the
MAX_MEMBERS most frequent members are mined, the rest only counted (with a sample), so that a
group's cost does not grow with members x templates."""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable
from typing import Any

#: Per group of masked messages with the same length and first token: the most frequent given to
#: Drain (its work grows with members x templates).
MAX_MEMBERS = 50_000


def smaller(a: str | None, b: str | None) -> str | None:
    if a is None:
        return b
    return a if b is None or a <= b else b


class GroupMembers:
    """A group's members streamed once: the MAX_MEMBERS most frequent kept (in a heap that evicts
    the least frequent), the totals of all, and the smallest sample of those not kept."""

    def __init__(self) -> None:
        self.count = 0
        self.members = 0
        self.services: Counter = Counter()
        self.beyond_sample: str | None = None

    def most_frequent(self, values: Iterable[list[Any]]) -> list[list[Any]]:
        """Members by (count descending, masked message, service)."""
        heap: list[tuple[_Worst, list[Any]]] = []
        for value in values:
            self.count += value[1]
            self.members += 1
            self.services[value[3]] += value[1]
            item = (_Worst(_rank(value)), value)
            if len(heap) < MAX_MEMBERS:
                heapq.heappush(heap, item)
                continue
            if item[0].rank < heap[0][0].rank:
                item = heapq.heapreplace(heap, item)
            self.beyond_sample = smaller(self.beyond_sample, item[1][2])
        return sorted((value for _, value in heap), key=_rank)


def _rank(member: list[Any]) -> tuple[int, str, str]:
    return (-member[1], member[0], member[3] or "")


class _Worst:
    """Orders ranks backwards, so that a min-heap has the worst-ranked member on top."""

    __slots__ = ("rank",)

    def __init__(self, rank: tuple[int, str, str]) -> None:
        self.rank = rank

    def __lt__(self, other: _Worst) -> bool:
        return self.rank > other.rank
