"""A counting job's shuffle lines written and summed in bulk rather than a JSON call per line.

A counting job's keys are mostly plain strings (words, names) and its values integers. Such a key's
JSON is its UTF-8 text in quotes when the text holds no byte JSON escapes (below 0x20, `"`, `\\`);
without bytes up to `"` (0x22: the blank and `!` too) the keys' text sorts as their lines do, a
quote sorting before any byte a key holds. Such counts, keyed by their UTF-8 bytes, are written by
bytes formatting; `key\\tvalue\\n` lines with integer values are read back into sums with a few
C-level calls (split on tabs and newlines, the values decoded in one call) and a Python loop over
the keys met twice only. Anything else returns None and takes the line-by-line path; the bytes
written are the same.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Mapping
from typing import Any

import msgspec

_QUOTE_CRC = zlib.crc32(b'"')
_UNSAFE = re.compile(rb"[\x00-\x22\\]")  # bytes JSON escapes, and the blank and `!` (sort before `"`)
_INTEGERS = msgspec.json.Decoder(list[int]).decode
_DIGITS = b"0123456789-,"


def plain_keys(keys: Iterable[bytes]) -> bool:
    """Whether every key (UTF-8 text) is its JSON in quotes and sorts as its lines (module docstring)."""
    return _UNSAFE.search(b"".join(keys)) is None


def integer_values(values: Iterable[object]) -> bool:
    return all(type(value) is int for value in values)


def encoded_partitions(counts: dict[bytes, int], partitions: int) -> list[bytes]:
    """Each partition's sorted `"key"\\tcount\\n` lines, as one bytes object, of counts keyed by
    plain UTF-8 text (`plain_keys`) with integer values: the lines `Combiner` writes for them, in
    the partitions it puts them in (CRC-32 of the key's JSON)."""
    parts: list[list[bytes]] = [[] for _ in range(partitions)]
    crc32 = zlib.crc32
    for key, value in counts.items():
        parts[crc32(b'"', crc32(key, _QUOTE_CRC)) % partitions].append(b'"%s"\t%d\n' % (key, value))
    for lines in parts:
        lines.sort()
    return [b"".join(lines) for lines in parts]


def parsed_lines(lines: bytes) -> tuple[list[bytes], list[int]] | None:
    """The keys (JSON) and values of `key\\tvalue\\n` lines whose values are all integers, else None.

    A key's JSON holds no raw tab or newline, so splitting on both alternates keys and values."""
    if not lines:
        return [], []
    fields = lines.replace(b"\t", b"\n").split(b"\n")
    if fields.pop() or len(fields) % 2:
        return None
    values = b",".join(fields[1::2])
    if values.translate(None, _DIGITS):
        return None
    try:
        integers = _INTEGERS(b"[" + values + b"]")
    except msgspec.DecodeError:  # (a lone `-`, an empty value)
        return None
    keys = fields[0::2]
    return (keys, integers) if len(integers) == len(keys) else None


def summed_lines(segments: Iterable[bytes]) -> dict[bytes, int] | None:
    """Key JSON -> the sum of its values over these `key\\tvalue\\n` segments, or None where a
    value is not an integer."""
    totals: dict[bytes, int] = {}
    for segment in segments:
        parsed = parsed_lines(segment)
        if parsed is None:
            return None
        keys, values = parsed
        counts = dict(zip(keys, values, strict=True))
        if len(counts) < len(keys):  # (a key on two lines of a segment)
            counts = {}
            for key, value in zip(keys, values, strict=True):
                counts[key] = counts.get(key, 0) + value
        add_counts(totals, counts)
    return totals


def add_counts(totals: dict[Any, Any], counts: Mapping[Any, Any]) -> None:
    """Counts added to totals, key by key: a Python loop over the keys in both only."""
    both = {key: totals[key] + counts[key] for key in totals.keys() & counts.keys()}
    totals.update(counts)
    totals.update(both)


def summed_partition(segments: Iterable[bytes]) -> tuple[list[bytes], list[int]] | None:
    """The keys (JSON, sorted as their lines) and summed values of these segments' lines, or None."""
    totals = summed_lines(segments)
    if totals is None:
        return None
    keys = sorted(totals)
    return keys, list(map(totals.__getitem__, keys))


def lines_of(keys: list[bytes], values: list[int]) -> bytes:
    """`key\\tvalue\\n` lines of keys (JSON) and integer values."""
    return b"".join(map(b"%s\t%d\n".__mod__, zip(keys, values, strict=True)))
