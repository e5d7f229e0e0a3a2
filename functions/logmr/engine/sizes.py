"""Byte sizes as people write them (`65536`, `256KiB`, `64MiB`, `1GB`, `1.5g`) and read them (`1.5 MiB`).

One parser for every place a person writes a size: the command line, the job API's requests and
the stack's settings (DEFAULT_SPLIT_SIZE).
"""

from __future__ import annotations

import re

_UNITS = {
    "": 1,
    "b": 1,
    "k": 1024,
    "kb": 1000,
    "kib": 1024,
    "m": 1024**2,
    "mb": 1000**2,
    "mib": 1024**2,
    "g": 1024**3,
    "gb": 1000**3,
    "gib": 1024**3,
    "t": 1024**4,
    "tb": 1000**4,
    "tib": 1024**4,
}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$")


def parse_size(text: str) -> int:
    """Bytes in `text`; ValueError with a hint when it is not a size."""
    found = _SIZE.match(text)
    unit = found.group(2).lower() if found else None
    if not found or unit not in _UNITS:
        raise ValueError(f"{text!r} is not a size: use bytes or a unit, e.g. 65536, 256KiB, 64MiB, 1GB")
    value = int(float(found.group(1)) * _UNITS[unit])
    if value <= 0:
        raise ValueError(f"{text!r} must be more than 0 bytes")
    return value


def format_size(value: float) -> str:
    """A byte count for people: `1.5 MiB`."""
    for unit in ("B", "KiB", "MiB", "GiB"):
        if abs(value) < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GiB"
