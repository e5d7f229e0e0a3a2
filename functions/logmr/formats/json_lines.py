"""A block of JSON lines decoded in one call, one value a line: msgspec's decode_lines where no line
is blank or begins with a blank and no two objects meet on a line, else the lines as one JSON array
(whose decode a blank line fails), its values then counted against the lines."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .base import BOM, count_lines
from .json_columns import NeedsRecordPath

# Where a block has neither a line that is blank or begins with a blank (nor begins with a blank)
# nor `}` and `{` meeting past blanks, each of its lines holds at least one value (none is blank) and
# at most one (decode_lines parts values by blanks alone, and each value the callers decode is an
# object, so a second one on a line follows `}` and blanks): one a line, with no count of the lines.
_SEARCHES = (rb"\n[\n\r\t ]", rb"\}[\t\r ]*\{")
_BLANK_FIRST = (b"\n", b"\r", b"\t", b" ")
# From this size a block is searched by RE2 (each search 0.4 ms a 4 MiB block, 1.5 by Python's re;
# one regex of both, with no literal to start from, takes RE2 6 ms), whose import (3-6 ms) a small
# job does without.
RE2_BYTES = 1 << 20
_SMALL = tuple(map(re.compile, _SEARCHES))


@cache
def _large() -> tuple[Any, ...]:
    import re2

    return tuple(map(re2.compile, _SEARCHES))


def decoded_lines(decoding: Any, block: bytes) -> list[Any]:
    """The block's values, one a line (NeedsRecordPath where a line holds none or more than one):
    decoded line by line in one call (msgspec's decode_lines: no copy of the block as an array) where
    the searches above find nothing, else as one array (`as_array`: a blank line fails it)."""
    data = block[3:] if block.startswith(BOM) else block
    blank, two = _large() if len(data) >= RE2_BYTES else _SMALL
    if data[:1] in _BLANK_FIRST or blank.search(data) is not None or two.search(data) is not None:
        values = decoding.decoder.decode(as_array(block))
        if len(values) != count_lines(block):  # (`{...},{...}` on one line is two values of the array)
            raise NeedsRecordPath("a line holds no object, or more than one")
        return values
    return decoding.one.decode_lines(data)


def as_array(block: bytes) -> bytearray:
    """The block's lines as one JSON array. Blank lines make it invalid JSON (`,,`), which sends
    the block to the line-by-line path, so they need no search here. A file's byte order mark is
    left out."""
    array = bytearray(b"[")
    array += block[3:].replace(b"\n", b",") if block.startswith(BOM) else block.replace(b"\n", b",")
    if array[-1] == 0x2C:  # the final newline's comma
        array[-1] = 0x5D
    else:
        array.append(0x5D)
    return array
