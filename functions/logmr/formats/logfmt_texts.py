"""A logfmt block's columns for patterns (`service` and `text`) without reading its pairs: the
texts are the block's bytes, quoted values' escapes resolved in the lines that hold a backslash
(`logfmt_text`, one line at a time), and a record's service is read only when asked for
(record_texts.DeferredColumn: patterns asks for the records its patterns find), by the format's
own block path over those records' lines.

Only where every line is surely a record (a key of printable ASCII at its very start, then `=`)
and the block is UTF-8; otherwise the format's usual path reads the block.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from typing import Any

from .base import Batch
from .columnar import block_text
from .json_text import TextBlock, is_utf8
from .record_texts import DeferredColumn

#: The fields patterns reads, which this path gives.
PATTERN_FIELDS = frozenset(("service", "text"))
# A line that may be no record: one that does not start with a key of printable ASCII then `=`
# (blank, indented, led by `=` or another character, or a word with no `=` after it).
_MAYBE_NO_RECORD = r"(?m)^(?:[!-<>-~]+(?:[^!-<>-~=]|$)|[^!-<>-~]|$)"


def _every_line_a_record(data: bytes) -> bool:
    import pyarrow as pa
    import pyarrow.compute as pc

    whole = pa.LargeStringArray.from_buffers(1, pa.py_buffer(array("q", [0, len(data)])), pa.py_buffer(data))
    return not pc.match_substring_regex(whole, _MAYBE_NO_RECORD)[0].as_py()


def _resolved(data: bytes, text: Callable[[str], str]) -> bytes:
    """The block's lines with `text` applied to each line that holds a backslash."""
    parts, done = [], 0
    at = data.find(b"\\")
    while at != -1:
        start = data.rfind(b"\n", 0, at) + 1
        end = data.find(b"\n", at)
        end = len(data) if end == -1 else end
        parts += (data[done:start], text(data[start:end].decode()).encode())
        done, at = end, data.find(b"\\", end)
    parts.append(data[done:])
    return b"".join(parts)


def pattern_batch(
    block: bytes, fields: Sequence[str], text: Callable[[str], str], services: Callable[[bytes], list[Any]]
) -> Batch | None:
    """The block's records (one a line) as columns `fields` when they are patterns' (`text`: a
    line's text, `services`: the services of a block of lines, the format's path); None where
    this path does not take the block (see the module's docstring)."""
    if len(fields) != len(PATTERN_FIELDS) or not PATTERN_FIELDS.issuperset(fields):
        return None
    data = block_text(block)
    if not data or not is_utf8(data) or not _every_line_a_record(data):
        return None
    count = data.count(b"\n") + 1
    written = data

    def read(indices: list[int]) -> list[Any]:
        lines = written.split(b"\n")
        found = services(b"\n".join([lines[i] for i in indices]) + b"\n")
        if len(found) != len(indices):
            raise ValueError(f"{len(indices)} logfmt lines read as {len(found)} records")
        return found

    resolved = _resolved(data, text) if b"\\" in data else data
    columns = {"service": DeferredColumn(count, read), "text": TextBlock(resolved, count)}
    return Batch(columns, count, count)
