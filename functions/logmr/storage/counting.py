"""An ObjectStore wrapper that counts requests, for the cost report."""

from __future__ import annotations

import threading
from typing import Any

from .base import ObjectStore

_GETS = ("get_bytes", "get_range", "get_suffix", "open_read", "size", "list")
_PUTS = ("put_bytes", "put_file", "delete_prefix")


class CountingStore:
    """Delegates to a store and counts its GET-class and PUT-class calls (one request each)."""

    def __init__(self, store: ObjectStore) -> None:
        self.store = store
        self.uri = store.uri
        self.gets = 0
        self.puts = 0
        self._lock = threading.Lock()  # a reduce task reads its map outputs from several threads

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self.store, name)
        if name in _GETS or name in _PUTS:

            def counted(*args: Any, **kwargs: Any) -> Any:
                with self._lock:
                    if name in _GETS:
                        self.gets += 1
                    else:
                        self.puts += 1
                return attribute(*args, **kwargs)

            return counted
        return attribute
