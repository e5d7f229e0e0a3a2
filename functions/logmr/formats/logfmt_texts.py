"""A logfmt block's columns for patterns (`service` and `text`) without reading its pairs: the
texts are the block's bytes, quoted values' escapes resolved in the lines that hold a backslash
(`logfmt_text`, one line at a time), and a record's service is read only when asked for
(record_texts.DeferredColumn: patterns asks for the records its patterns find), by the format's
own block path over those records' lines.

Only where every line is surely a record (a key of printable ASCII at its very start, then `=`)
and the block is UTF-8; otherwise the format's usual path reads the block.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from .base import Batch
from .columnar import block_text
from .json_text import TextBlock
from .record_texts import are_pattern_fields, deferred_services
from .utf8 import arrow_utf8

# A record's line: a key of printable ASCII at its very start, then `=` (else the line may be
# blank, indented, led by `=` or another character, or a word with no `=` after it).
_KEY_FIRST = re.compile(rb"[!-<>-~]+=")
_NEXT_LINE_NOT_KEY_FIRST = re.compile(rb"\n(?![!-<>-~]+=)")


def _every_line_a_record(data: bytes) -> bool:
    return _KEY_FIRST.match(data) is not None and _NEXT_LINE_NOT_KEY_FIRST.search(data) is None


def _resolved(data: bytes, text: Callable[[str], str]) -> tuple[bytes, dict[int, bytes]]:
    """The block's lines with `text` applied to each line that holds a backslash, and those
    lines as written, by their index."""
    parts, written, done, line = [], {}, 0, 0
    at = data.find(b"\\")
    while at != -1:
        start = data.rfind(b"\n", 0, at) + 1
        end = data.find(b"\n", at)
        end = len(data) if end == -1 else end
        line += data.count(b"\n", done, start)
        written[line] = data[start:end]
        parts += (data[done:start], text(written[line].decode()).encode())
        done, at = end, data.find(b"\\", end)
    parts.append(data[done:])
    return b"".join(parts), written


def pattern_batch(
    block: bytes, fields: Sequence[str], text: Callable[[str], str], services: Callable[[bytes], list[Any]]
) -> Batch | None:
    """The block's records (one a line) as columns `fields` when they are patterns' (`text`: a
    line's text, `services`: the services of a block of lines, the format's path); None where
    this path does not take the block (see the module's docstring)."""
    if not are_pattern_fields(fields):
        return None
    data = block_text(block)
    if not data or not _every_line_a_record(data) or not arrow_utf8(data):
        return None
    resolved, written = _resolved(data, text) if b"\\" in data else (data, {})
    texts = TextBlock(resolved, data.count(b"\n") + 1)

    def line_as_written(index: int) -> bytes:
        return written.get(index) or texts.line_bytes(index)

    columns = {"service": deferred_services(block, len(texts), line_as_written, services), "text": texts}
    return Batch(columns, len(texts), len(texts))
