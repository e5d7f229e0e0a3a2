"""parse's rows as JSON lines built in Arrow, from the columns step 1 carried as Arrow arrays.

Where the text kernels have loaded pyarrow, step 1 carries a block's per-record columns (message,
time, level, service, host, pid, offset) as Arrow arrays (`as_arrays`; engine/carry.py writes
them as an Arrow IPC stream and reads them back in place), but those of one value, which the
carry writes once. Step 3 then turns only the messages into Python (params need them) and
builds the block's JSON lines in Arrow (`ArrowRows.json_lines`): each text column quoted as
written where a look at its bytes finds nothing JSON escapes (else each value through msgspec),
numbers cast to text, each row's template text taken from the block's distinct templates', the
literal parts between them merged, and one binary_join_element_wise of them all. The bytes are
those msgspec writes for the same rows (`{"key": [file, offset], "value": Row}`, OutputRow):
msgspec escapes control characters, `"` and `\\` and nothing else, and writes a null as `null`.

A Parquet part takes the rows' own columns (`ArrowRows.output_columns`), any other sink reads
(key, Row) pairs made in Python as before; a block whose columns Arrow cannot hold (a whole number
past 64 bits, a lone surrogate), whose offsets do not rise (a line's further events), or whose
rows Arrow cannot join takes the Python rows of parse.py.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import suppress
from itertools import accumulate, chain
from typing import Any

import msgspec

from ..formats.base import one_value

#: The per-record columns step 1 carries in Arrow, and their types (text where not named).
ARROW_COLUMNS = ("message", "time", "level", "service", "host", "pid", "offset")
_INTEGERS = ("pid", "offset")
#: The header fields of a row after its params, in Row's order (message last).
_FIELDS = ("time", "level", "service", "host", "pid", "message")
_encode = msgspec.json.Encoder().encode
#: The bytes JSON text writes as they are (msgspec escapes control characters, `"` and `\\`).
_AS_WRITTEN = bytes(c for c in range(256) if c >= 32 and c not in b'"\\')


def as_arrays(columns: dict[str, list[Any]]) -> dict[str, Any]:
    """Step 1's carried columns, the per-record ones as Arrow arrays where pyarrow is loaded
    (but those of one value, and any Arrow cannot hold: they stay lists)."""
    if "pyarrow" not in sys.modules:
        return columns
    import pyarrow as pa

    arrays = dict(columns)
    for name in ARROW_COLUMNS:
        column = columns.get(name)
        if column is None or one_value(column):
            continue
        read = getattr(column, "arrow", None)  # (the array a kernel read the texts from: formats/base.ArrowTexts)
        with suppress(pa.ArrowException, TypeError, ValueError, OverflowError, UnicodeError):
            if isinstance(read, pa.Array) and len(read) == len(column) and pa.types.is_large_string(read.type):
                arrays[name] = read.cast(pa.string())
            else:
                arrays[name] = pa.array(column, pa.int64() if name in _INTEGERS else pa.string())
    return arrays


def in_arrow(columns: dict[str, Any]) -> bool:
    """Whether any of a block's columns came in Arrow."""
    return "pyarrow" in sys.modules and any(isinstance(columns.get(name), _array()) for name in ARROW_COLUMNS)


def as_lists(columns: dict[str, Any]) -> dict[str, Any]:
    """The columns with any Arrow array as a Python list."""
    array = _array()
    return {name: column.to_pylist() if isinstance(column, array) else column for name, column in columns.items()}


def _array() -> Any:
    return sys.modules["pyarrow"].Array


class ArrowRows:
    """A block's rows: JSON lines built in Arrow for a JSON lines part (`json_lines`), its
    columns for a Parquet part (`output_columns`), or its (key, Row) pairs for any other sink
    (`pairs`, made in Python)."""

    def __init__(self, columns: dict[str, Any], known: list[tuple[str, str]], rows: tuple, pairs: Callable) -> None:
        self.columns, self.known, self.pairs = columns, known, pairs
        self.tids, self.templates, self.params = rows  # (each row's template id, template and params)

    def __iter__(self) -> Iterator[tuple[Any, Any]]:
        return iter(self.pairs())

    def __len__(self) -> int:
        return len(self.params)

    def output_columns(self) -> dict[str, list[Any]]:
        """The rows as parse's output columns (`Parse.output_columns_of`'s), for a Parquet part."""
        columns = as_lists({name: self.columns[name] for name in ("file", "offset", *_FIELDS)})
        columns |= {"event": [0] * len(self.params), "template_id": self.tids, "template": self.templates}
        return columns | {"params": self.params}

    def json_lines(self) -> memoryview | None:
        """The rows as OutputRow's JSON lines (engine/rows.py), or None where Arrow cannot join
        them (the part then writes the pairs)."""
        import pyarrow as pa

        try:
            return json_lines(self.columns, self.known, self.params)
        except (pa.ArrowException, TypeError, ValueError, OverflowError, UnicodeError):
            return None


def rising(offsets: Any) -> bool:
    """Whether a block's offsets (an Arrow array, or a list of one value or row) rise from row to row."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if not isinstance(offsets, pa.Array):
        return len(offsets) < 2
    return len(offsets) < 2 or pc.all(pc.less(offsets.slice(0, len(offsets) - 1), offsets.slice(1))).as_py()


def listed(column: Any) -> list[Any]:
    """A column as a Python list."""
    return column if isinstance(column, list) else column.to_pylist()


def value_at(column: Any, at: int) -> Any:
    """A column's value at a row (an Arrow array's as Python)."""
    return column[at] if isinstance(column, list) else column[at].as_py()


class At:
    """A block's keys or rows read one at a time, for the few the task's digest reads."""

    def __init__(self, get: Callable[[int], Any]) -> None:
        self.get = get

    def __getitem__(self, at: int) -> Any:
        return self.get(at)


def json_lines(columns: dict[str, Any], known: list[tuple[str, str]], params: list[tuple]) -> memoryview:
    """OutputRow's JSON lines of a block's rows, built in Arrow: columns of ARROW_COLUMNS (Arrow
    arrays or lists), `file` (a list of one value) and `member` (each row's number among the
    block's members), each member's (template, id) (`known`) and each row's params."""
    import pyarrow as pa
    import pyarrow.compute as pc

    rows = len(params)
    parts: list[Any] = ['{"key":[' + _encode(columns["file"][0]).decode() + ","]
    _add(parts, "", _arrow(columns["offset"], rows, pa.int64()))
    parts[-1] += '],"value":{'
    parts += [_templates(known, columns["member"]), ',"params":[', _params(params), "]"]
    for name in _FIELDS:
        _add(parts, f',"{name}":', _arrow(columns[name], rows, pa.int64() if name in _INTEGERS else pa.string()))
    parts[-1] += "}}\n"
    joined = pc.binary_join_element_wise(*parts, "", null_handling="replace", null_replacement="null")
    start, end = _span(joined)
    return memoryview(joined.buffers()[2])[start:end]


def _span(texts: Any) -> tuple[int, int]:
    """Where a string array's texts start and end in its data buffer (32-bit offsets)."""
    offsets = memoryview(texts.buffers()[1]).cast("B").cast("i")
    return offsets[texts.offset], offsets[texts.offset + len(texts)]


def _templates(known: list[tuple[str, str]], members: list[int]) -> Any:
    """Each row's `"template_id":...,"template":...` text: its member's (`known`: each member's
    template and id)."""
    import pyarrow as pa

    texts = [f'"template_id":{_encode(tid).decode()},"template":{_encode(text).decode()}' for text, tid in known]
    return pa.array(texts, pa.string()).take(pa.array(members, pa.int32()))


def _arrow(column: Any, rows: int, kind: Any) -> Any:
    """A column as an Arrow array, or the JSON text of its one value (a list of one value)."""
    import pyarrow as pa

    if isinstance(column, pa.Array):
        return column
    if one_value(column) or rows == 1:
        return _encode(column[0]).decode()
    return pa.array(column, kind)


def _add(parts: list[Any], name: str, column: Any) -> None:
    """A field's `name` and its value's JSON text (a text: one value's, else a column's) to a
    row's parts, literal parts merged."""
    import pyarrow as pa
    import pyarrow.compute as pc

    parts[-1] += name
    if isinstance(column, str):
        parts[-1] += column
    elif column.null_count == len(column):
        parts[-1] += "null"
    elif pa.types.is_integer(column.type):
        parts += [pc.cast(column, pa.string()), ""]
    elif column.null_count == 0 and _as_written(column):
        parts[-1] += '"'
        parts += [column, '"']
    else:
        parts += [_quoted(column), ""]


def _as_written(texts: Any) -> bool:
    """Whether no text of a string array holds a byte that JSON escapes."""
    data = texts.buffers()[2]
    if data is None:
        return True
    start, end = _span(texts)
    return not data.slice(start, end - start).to_pybytes().translate(None, _AS_WRITTEN)


def _quoted(texts: Any) -> Any:
    """Each text's JSON (a null stays null): as written between quotes, or msgspec's."""
    import pyarrow as pa
    import pyarrow.compute as pc

    quoted = pc.binary_join_element_wise('"', texts, '"', "")
    if _as_written(texts):
        return quoted
    escaped = pc.match_substring_regex(texts, r'[\x00-\x1f"\\]').fill_null(False)
    written = [_encode(text).decode() for text in texts.filter(escaped).to_pylist()]
    return pc.replace_with_mask(quoted, escaped, pa.array(written, pa.string()))


def _params(params: list[tuple]) -> Any:
    """Each row's params as the JSON text between its list's brackets: msgspec's JSON of all the
    block's params cut at each `],[` where no value holds one (each row but the first starts with
    one), else each value quoted in Arrow."""
    import pyarrow as pa
    import pyarrow.compute as pc

    written = _encode(params)
    if written.count(b"],[") == len(params) - 1:
        whole = pa.array([2, len(written) - 2], pa.int32()).buffers()[1]  # (the text inside the outer brackets)
        return pc.split_pattern(pa.Array.from_buffers(pa.string(), 1, [None, whole, pa.py_buffer(written)]), "],[")[
            0
        ].values
    values = pa.array(list(chain.from_iterable(params)), pa.string())
    ends = pa.array(list(accumulate(map(len, params), initial=0)), pa.int32())
    return pc.binary_join(pa.ListArray.from_arrays(ends, _quoted(values)), ",")
