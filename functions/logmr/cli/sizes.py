"""Byte sizes shown to people: `1.5 MiB`. Parsing lives in engine/sizes.py, shared with the job API."""

from __future__ import annotations

from ..engine.sizes import parse_size

__all__ = ["format_size", "parse_size"]  # parse_size stays importable here: handlers/runtime.py and bench/ use it


def format_size(value: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if abs(value) < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GiB"
