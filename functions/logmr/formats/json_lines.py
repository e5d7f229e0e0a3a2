"""A block of JSON lines decoded in one call: msgspec's decode_lines where no line is blank or begins
with a blank, else the lines as one JSON array (whose decode a blank line fails)."""

from __future__ import annotations

import re
from typing import Any

from .base import BOM

# After a newline, a line that is blank or begins with a blank: where a block has none (nor begins with
# one), each of its lines holds at least one value, and as many values as lines then means one a line.
_BLANK_LINE = re.compile(rb"\n[\n\r\t ]")
_BLANK_FIRST = (b"\n", b"\r", b"\t", b" ")


def decoded_lines(decoding: Any, block: bytes) -> list[Any]:
    """The block's values, decoded line by line in one call (msgspec's decode_lines: no copy of the
    block as an array) where no line is blank or begins with a blank, else as one array (`as_array`:
    a blank line fails it). The caller compares their number with the block's lines."""
    data = block[3:] if block.startswith(BOM) else block
    if data[:1] in _BLANK_FIRST or _BLANK_LINE.search(data) is not None:
        return decoding.decoder.decode(as_array(block))
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
