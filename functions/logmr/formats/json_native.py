"""JSON lines counted in C where logmr_native is built (logmr/native.py): each line read by yyjson,
strictly, and counted by the values of the keys a block decoder's struct holds, in C; only the
distinct values reach Python, where the block decoder's own struct reads them, so that every value's
type, alias and check is as on msgspec's path. Lines that cannot be an object alone (cut, text,
blank) are passed over and read on the line path; a block with any other line C does not read as
Python does is left to msgspec's path whole. `LOGMR_NATIVE=0` leaves every block to it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any, get_args

from msgspec import Struct

from ..native import json_tally


def available() -> bool:
    return json_tally is not None


def key_spec(children: dict[str, Any], opaque: type) -> tuple[tuple[bytes, Any], ...]:
    """The keys a projection's tree holds, each with those it reads inside that key's object (none
    where every object there decodes alike, as the `opaque` struct: C then hands on `{}` for any)."""
    return tuple(
        (key.encode("utf-8", "surrogatepass"), () if _opaque(node, opaque) else key_spec(node.children, opaque) or None)
        for key, node in children.items()
    )


def _opaque(node: Any, opaque: type) -> bool:
    """Whether every object at the key decodes alike, as `opaque` (its keys skipped: a marker's)."""
    args = {arg for kind in node.types for arg in get_args(kind) or (kind,)}
    objects = {arg for arg in args if arg in (Any, dict, object) or (isinstance(arg, type) and issubclass(arg, Struct))}
    return not node.children and objects == {opaque}


def time_keys(decoding: Any) -> tuple[bytes, ...] | None:
    """The keys of a block decoder's timestamp aliases in use, in order, where each is a key of its
    own at the top, read as it is (no conversion, no mark, no other type, no key below it, no other
    field's alias there): what C reads a second from; else None."""
    fields = decoding.by_field.items()
    others = {alias.path[0] for name, readers in fields if name != "timestamp" for _, alias in readers}
    below = dict(decoding.spec)
    keys = []
    for _, alias in decoding.by_field["timestamp"]:
        key = alias.path[0]
        plain = alias.convert is None and alias.record_path is None and alias.when is None and alias.type is None
        if len(alias.path) != 1 or not plain or key in others or below.get(key.encode()) is not None:
            return None
        keys.append(key.encode())
    return tuple(keys)


def without(spec: tuple, keys: tuple[bytes, ...]) -> tuple:
    """The spec without the timestamp's keys (C reads those for the second alone)."""
    return tuple(entry for entry in spec if entry[0] not in keys)


def tally_texts(pieces: list[bytes], spec: tuple, times: tuple | None = None, suspects: bool = False, docker=False):
    """(lines, {a distinct projection's JSON text, or (second, text): lines}, [(start, end) of each
    suspect line: with `suspects`, of one piece]) over the pieces, None where a line of one is not
    one JSON object (or its timestamp no text, null or plain number; with `suspects`, one ending
    with `}` only: C passes over the others; with `docker`, no Docker line around an app's whole
    JSON line: the app's lines counted, at Docker's time where `times`)."""
    lines, counts, cut = 0, {}, []
    for piece in pieces:
        tallied = json_tally(piece, spec, times, suspects, docker)
        if tallied is None:
            return None
        lines += tallied[0]
        cut += tallied[2] if suspects else ()
        if counts:
            for text, n in tallied[1].items():
                counts[text] = counts.get(text, 0) + n
        else:
            counts = tallied[1]
    return lines, counts, cut


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
