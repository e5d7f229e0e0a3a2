"""logfmt's shapes: the few key sequences (`time level msg service`) a block's lines are written
in, learned from a sample of them and matched in Arrow (RE2), for the columnar kernel
(logfmt_kernel.py).

A shape is one regex over a whole line: `k1=V k2=V ... kn=V`, each V a quoted value (a closing
quote, then a space or the line's end), a run of characters that are neither space nor quote at
its start, or nothing. On a line it matches, the format's `_PAIR.findall` gives exactly those
pairs: the line's object is known without reading it in Python, and duplicate keys keep their
last value (the regex captures the last one). The regex is one-pass (each character decides the
branch), so RE2 extracts up to four values at about a DFA's speed.

As in columnar.py, RE2 runs on ASCII lines only (Python's `\\s` is its ASCII members there); a
shape with both `log` and `stream` (Docker json-file's keys) is never learned.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .columnar import MIN_KERNEL_LINES, NotUtf8, ascii_mask, block_lines, python_lines
from .group_dfa import match_regex
from .json_fields import BLOCK_ALIASES as ALIASES  # (parse's `fields.pid` too)

MAX_SHAPES = 6  # key sequences matched per block; lines of others take the Python path
SAMPLE = 96  # lines sampled at each of the block's start, middle and end to learn its shapes
MIN_SAMPLED = 2  # a shape is learned when this many sampled lines have it

_WS = r"\t\n\x0b\x0c\r\x1c-\x1f "  # Python's `\s` among ASCII characters (RE2's lacks \v and 0x1C-0x1F)
_VALUE = f'(?:"(?:[^"\\\\]|\\\\.)*"|[^{_WS}"][^{_WS}]*|)'
# Fields read line by line from one key (no distinct values to share): taken as written, unquoted.
_AS_WRITTEN = frozenset(("message", "host", "timestamp", "method", "path"))


def _escaped(key: str) -> str:
    return "".join(c if c.isalnum() or c == "_" else f"\\x{ord(c):02x}" for c in key)


@lru_cache(maxsize=256)
def shape_regex(keys: tuple[str, ...], captured: tuple[str, ...] = ()) -> str:
    """The regex of a line whose pairs are `keys` in this order (RE2 and Python `re` alike, on
    ASCII text), with a group `g<i>` around the value of the last `captured[i]`."""
    last = {key: at for at, key in enumerate(keys)}
    groups = {last[key]: f"g{i}" for i, key in enumerate(captured)}
    pairs = [
        f"{_escaped(key)}=" + (f"(?P<{groups[at]}>{_VALUE})" if at in groups else _VALUE) for at, key in enumerate(keys)
    ]
    return f"^[{_WS}]*" + f"[{_WS}]+".join(pairs) + f"[{_WS}]*$"


@lru_cache(maxsize=256)
def read_regex(keys: tuple[str, ...], captured: tuple[str, ...]) -> str:
    """`shape_regex(keys, captured)` cut after the last captured value: the same groups on the
    lines the shape matches (each pair's span is decided by its own characters, one-pass), without
    scanning the rest of each line."""
    last = {key: at for at, key in enumerate(keys)}
    stop = 1 + max((last[key] for key in captured), default=len(keys) - 1)
    whole = shape_regex(keys, captured)
    return whole if stop == len(keys) else shape_regex(keys[:stop], captured).removesuffix(f"[{_WS}]*$")


@lru_cache(maxsize=256)
def _python_shape(keys: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(shape_regex(keys))


def _sampled(lines: Any) -> list[str]:
    """Lines from the block's start, middle and end, as Python strings."""
    n = len(lines)
    starts = sorted({0, max(0, n // 2 - SAMPLE // 2), max(0, n - SAMPLE)})
    return [line for start in starts for line in python_lines(lines.slice(start, SAMPLE))]


def learn_shapes(sample: Sequence[str], pair: re.Pattern[str]) -> list[tuple[str, ...]]:
    """The key sequences of the sampled ASCII lines that their shape matches, most frequent first
    (at most MAX_SHAPES, each at least MIN_SAMPLED times); never one with Docker's `log` and `stream`."""
    found: Counter = Counter()
    for line in sample:
        if not line.isascii():
            continue
        keys = tuple(key for key, _ in pair.findall(line))
        if keys and not {"log", "stream"} <= set(keys) and _python_shape(keys).fullmatch(line):
            found[keys] += 1
    return [keys for keys, n in found.most_common(MAX_SHAPES) if n >= MIN_SAMPLED]


@dataclass
class Shapes:
    """A block's lines, the shapes learned and which lines each matches, and the other lines."""

    lines: Any
    shapes: list[tuple[tuple[str, ...], Any]]  # (keys, mask of the lines it matches)
    rest: Any  # mask of the lines the Python path reads


def match_shapes(block: bytes, pair: re.Pattern[str]) -> Shapes | None:
    """The block's lines matched against the shapes learned from them; None when the kernel does
    not pay (too few lines, no shape learned) or a sampled line is not UTF-8."""
    import pyarrow.compute as pc

    lines = block_lines(block)
    if len(lines) < MIN_KERNEL_LINES:
        return None
    try:
        learned = learn_shapes(_sampled(lines), pair)
    except NotUtf8:
        return None
    left = ascii_mask(lines)
    shapes = []
    for keys in learned:
        matched = pc.and_(left, match_regex(lines, shape_regex(keys)))
        if matched.true_count:
            shapes.append((keys, matched))
            left = pc.and_(left, pc.invert(matched))
    if not shapes:
        return None
    rest = pc.invert(shapes[0][1])
    for _, matched in shapes[1:]:
        rest = pc.and_(rest, pc.invert(matched))
    return Shapes(lines, shapes, rest)


def source_keys(name: str, present: set[str]) -> tuple[list[str], bool]:
    """The keys among `present` that `json_fields.field_values` reads for the field `name` when
    every value is text, in its order: its aliases' first keys, up to the first whose text is the
    field's as it is; and whether there is one (else the value may be None: a level then comes
    from the status)."""
    found: list[str] = []
    for alias in ALIASES[name]:
        if alias.when is not None and not (len(alias.when) == 1 and alias.when[0] in present):
            continue  # (read only beside a mark this shape has not: syslog-ng's `PROGRAM` beside `MESSAGE`)
        key = alias.path[0]
        if key in present:
            found += [key] if key not in found else []
            if len(alias.path) == 1 and alias.convert is None:
                return found, True
    return found, False


def read_keys(keys: tuple[str, ...], names: Sequence[str]) -> list[str]:
    """The keys of the shape that the Python path reads for `names` (a level with none of its
    own: the status's too), in a fixed order."""
    present = set(keys)
    read: list[str] = []
    for name in names:
        found, final = source_keys(name, present)
        if name == "level" and not final:
            found += source_keys("status", present)[0]
        read += [key for key in found if key not in read]
    return read


def as_written(keys: tuple[str, ...], name: str) -> str | None:
    """The one key a field of `_AS_WRITTEN` is read from in this shape, if it is one."""
    found, final = source_keys(name, set(keys))
    return found[0] if name in _AS_WRITTEN and final and len(found) == 1 else None
