"""Bounds on what a job request may hold.

A body is at most 1 MiB (413 past it), its options nested at most 32 levels (they are small
settings, not documents), with at most 1,000 inputs of at most 1,024 characters each. No text in
a request may hold a NUL character or a lone UTF-16 surrogate (file systems, SQLite and DynamoDB
would refuse them later, as server errors), nor may an option's number be past 64 bits.
The JSON decoder (msgspec) stops at its own recursion limit (RecursionError, a 400 here);
everything after it sees values checked by `check_value`, which walks them without recursing.
"""

from __future__ import annotations

import math
from typing import Any

MAX_BODY_BYTES = 1024 * 1024
MAX_DEPTH = 32
MAX_INPUTS = 1000
MAX_INPUT_LENGTH = 1024
MAX_NAME_LENGTH = 200
MAX_CONDITIONS = 50  # --where conditions of one job


class LimitError(ValueError):
    """A request past one of the bounds; `too_large` when it is the body's size."""

    def __init__(self, message: str, too_large: bool = False) -> None:
        super().__init__(message)
        self.too_large = too_large


def check_body_size(body: bytes | str) -> None:
    if len(body) > MAX_BODY_BYTES:
        raise LimitError(f"the body is over {MAX_BODY_BYTES:,} bytes", too_large=True)


def bad_text(text: str) -> str | None:
    """Why a string cannot be used (a NUL, a lone surrogate), or None."""
    if "\x00" in text:
        return "holds a NUL character"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "is not valid Unicode text (a lone surrogate)"
    return None


def check_text(text: str, where: str) -> None:
    problem = bad_text(text)
    if problem:
        raise LimitError(f"`{where}` {problem}")


def check_value(value: Any, where: str, max_depth: int = MAX_DEPTH) -> None:
    """A decoded JSON value nests at most `max_depth` levels and every string in it (keys too)
    is usable; walked with a stack, not recursion."""
    pending = [(value, where, 1)]
    while pending:
        item, path, depth = pending.pop()
        if isinstance(item, str):
            check_text(item, path)
        elif isinstance(item, int) and not isinstance(item, bool) and not -(2**63) <= item < 2**63:
            raise LimitError(f"`{path}`: whole numbers must fit in 64 bits")
        elif isinstance(item, float) and not math.isfinite(item):
            raise LimitError(f"`{path}`: numbers must be finite")
        elif isinstance(item, dict | list):
            if depth > max_depth:
                raise LimitError(f"`{where}` nests deeper than {max_depth} levels")
            if isinstance(item, dict):
                for key, inner in item.items():
                    check_text(str(key), f"{path} (a key)")
                    pending.append((inner, f"{path}.{key}"[:200], depth + 1))
            else:
                pending.extend((inner, f"{path}[{i}]"[:200], depth + 1) for i, inner in enumerate(item))
