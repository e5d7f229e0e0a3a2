"""A request's time as access logs write it after the response's size: nginx's `$request_time`
(`rt=0.012`, seconds), Apache's `%D` (`D=1234`, microseconds), a trailing `12ms` (Traefik), bare
seconds (Rack's and Puma's `0.0009`)."""

from __future__ import annotations

import re
from functools import lru_cache

_LATENCY_SECONDS = re.compile(r"(?:^|\s)(?:rt=|request_time=)?(\d+\.\d+)(?:\s|$)")
_LATENCY_MICROS = re.compile(r"(?:^|\s)D=(\d+)(?:\s|$)")
_LATENCY_MILLIS = re.compile(r"\s(\d+(?:\.\d+)?)ms$")


@lru_cache(maxsize=1 << 16)  # (a server's request times recur block after block)
def latency_ms(extra: str) -> float | None:
    """The request's time in ms that a line's text after its size gives (None: none)."""
    if not extra:
        return None
    found = _LATENCY_MICROS.search(extra)
    if found:
        return int(found.group(1)) / 1000.0
    found = _LATENCY_SECONDS.search(extra)
    if found:
        return float(found.group(1)) * 1000.0
    found = _LATENCY_MILLIS.search(extra)
    return float(found.group(1)) if found else None
