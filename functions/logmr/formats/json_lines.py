"""A block of JSON lines decoded in one call, one value a line: msgspec's decode_lines where no line
is blank or begins with a blank and no two objects meet on a line, else the lines as one JSON array
(whose decode a blank line fails); either way its values counted against the lines."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .base import BOM, count_lines
from .json_columns import NeedsRecordPath

# decode_lines takes any number of values a line, and a value over several lines (pretty-printed
# JSON). As many values as lines, in a block where no line is blank and no `}` meets a `{` past
# blanks on one line, is one value a line: every value decoded is an object, so two meeting on a
# line would show `}` and `{`, and the newlines between values (one fewer than the values, none on
# the values' lines) are then all of them, none inside a value. Without that search a value over
# two lines and a line of two values give as many values as lines.
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


def decoded_lines(decoding: Any, block: bytes, large: bool = False) -> list[Any]:
    """The block's values, one a line (NeedsRecordPath where a line holds none or more than one, or
    part of one): decoded line by line in one call (msgspec's decode_lines: no copy of the block as
    an array) where the searches above find nothing, else as one array (`as_array`: a blank line
    fails it). `large`: searched by RE2 whatever its size (a piece of a large block)."""
    data = block[3:] if block.startswith(BOM) else block
    blank, two = _large() if large or len(data) >= RE2_BYTES else _SMALL
    if data[:1] in _BLANK_FIRST or blank.search(data) is not None or two.search(data) is not None:
        values = decoding.decoder.decode(as_array(block))  # (`{...},{...}` on one line: two values)
    else:
        values = decoding.one.decode_lines(data)
    if len(values) != count_lines(block):
        raise NeedsRecordPath("a line holds no object, or more than one, or part of one")
    return values


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
