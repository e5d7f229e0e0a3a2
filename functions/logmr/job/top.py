"""The few best rows of a stream of results, in memory bounded by how many are kept."""

from __future__ import annotations

from bisect import insort
from collections.abc import Iterator
from typing import Any


class Top:
    """The `n` items with the smallest keys offered so far (rank by `(-count, name)` for the most
    frequent first, ties by name)."""

    def __init__(self, n: int) -> None:
        self.n = n
        self._items: list[tuple[Any, Any]] = []

    def offer(self, key: Any, item: Any) -> None:
        if len(self._items) == self.n and key >= self._items[-1][0]:
            return
        insort(self._items, (key, item), key=lambda entry: entry[0])
        del self._items[self.n :]

    def __len__(self) -> int:
        return len(self._items)

    def last(self) -> Any:
        """The last item kept (the largest key's)."""
        return self._items[-1][1]

    def __iter__(self) -> Iterator[Any]:
        return (item for _, item in self._items)
