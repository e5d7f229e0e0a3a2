"""Terminal colours in text logs: ANSI escape sequences (`ESC [ ... m`), which a logger writes when
it thinks it prints to a terminal (Rust's tracing by default, any app run with colours forced)
and which stay in the file (window titles, character sets too). They are no part of what a person
reads, so a block's are dropped before it is parsed (and a sample's before detection): the lines
stay the lines they were, shorter. Offsets into the input are the raw block's (`raw_offsets`)."""

from __future__ import annotations

import re
from bisect import bisect_right

from .base import line_offsets

# A control sequence (ECMA-48 CSI: ESC [, parameter bytes, intermediate bytes, a final byte), an
# operating system command (a window's title: ESC ] ... BEL or ESC \), a character set's choice
# (`tput sgr0`'s ESC ( B), or a lone ESC.
_CSI = rb"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b\n]*(?:\x07|\x1b\\)?|[()*+#][0-9A-Za-z@]|)"
_CSI_BYTES = re.compile(_CSI)
_CSI_TEXT = re.compile(_CSI.decode("ascii"))


def without_ansi(block: bytes) -> bytes:
    """The block without its ANSI control sequences (the block itself where it has none)."""
    return _CSI_BYTES.sub(b"", block) if b"\x1b" in block else block  # (one byte: memchr's speed)


def text_without_ansi(text: str) -> str:
    return _CSI_TEXT.sub("", text) if "\x1b" in text else text


def raw_offsets(offsets: list[int], clean: bytes, raw: bytes, base: int) -> list[int]:
    """Offsets into `clean` (a block at `base` without its sequences) as the same places of `raw`,
    the block as read: every sequence lies within a line, and an offset is a line's start or a
    few bytes past it (a byte order mark), before any sequence."""
    clean_starts, raw_starts = line_offsets(clean, base), line_offsets(raw, base)
    found = []
    for offset in offsets:
        line = bisect_right(clean_starts, offset) - 1
        found.append(raw_starts[line] + offset - clean_starts[line])
    return found
