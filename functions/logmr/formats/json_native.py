"""JSON lines counted in C where logmr_native is built (scripts/build-native.sh; setup.sh builds it,
layer/Makefile for Lambda): each line read by yyjson, strictly, and counted by the values of the keys
a block decoder's struct holds, in C; only the distinct values reach Python, where the block
decoder's own struct reads them, so that every value's type, alias and check is as on msgspec's
path. A block with a line that is not one JSON object (broken, cut, text, a blank) is left to that
path whole. `LOGMR_NATIVE=0` leaves every block to it (the benchmarks' baseline)."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from typing import Any

try:
    from logmr_native import json_tally
except ImportError:  # (not built: no C compiler where logmr was installed)
    json_tally = None

if os.environ.get("LOGMR_NATIVE") == "0":
    json_tally = None


def available() -> bool:
    return json_tally is not None


def key_spec(children: dict[str, Any]) -> tuple[tuple[bytes, Any], ...]:
    """The keys a projection's tree holds, each with those it reads inside that key's object."""
    return tuple(
        (key.encode("utf-8", "surrogatepass"), key_spec(node.children) if node.children else None)
        for key, node in children.items()
    )


def tally_texts(pieces: list[bytes], spec: tuple) -> tuple[int, dict[bytes, int]] | None:
    """(lines, {a distinct projection's JSON text: lines}) over the pieces, None where a line of one
    is not one JSON object."""
    lines, counts = 0, {}
    for piece in pieces:
        tallied = json_tally(piece, spec)
        if tallied is None:
            return None
        lines += tallied[0]
        if counts:
            for text, n in tallied[1].items():
                counts[text] = counts.get(text, 0) + n
        else:
            counts = tallied[1]
    return lines, counts


def as_array(texts: list[bytes]) -> bytes:
    """The projections as one JSON array, for a block decoder's list decoder (its errors' paths
    `$[i].key` as on a block's)."""
    return b"[" + b",".join(texts) + b"]"


def weighted(keys: Iterable[Any], weights: list[int]) -> Counter:
    """Each key's summed weights (distinct rows may give one key: an escaped text and the same text)."""
    counts: Counter = Counter()
    for key, n in zip(keys, weights, strict=True):
        counts[key] += n
    return counts
