"""logfmt on the columnar kernel (formats/columnar.py): a block's lines matched against the shapes
they are written in (logfmt_shapes.py), and only the values of the keys a job reads taken out
with RE2. A field's value is the same for every line of a shape that gives its keys the same
values, so the Python path's own reading (`PythonPath.values`) runs once per distinct combination;
a message, read line by line, is taken as written and unquoted. Lines of no learned shape
(non-ASCII, blank, malformed, of rarer key sequences) take the format's Python path.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .base import SECOND, Batch, counted
from .columnar import NotUtf8, group_rows, python_lines
from .group_dfa import extract_regex
from .json_fields import BLOCK_ALIASES as ALIASES  # (parse's `fields.pid` too)
from .logfmt_shapes import Shapes, as_written, match_shapes, read_keys, read_regex

# An ISO 8601 time's fraction, in a quoted value or not (the second it names is the same without it).
_ISO = "([0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2})[.,][0-9]{1,9}((?:Z|[+-][0-9]{2}:[0-9]{2})?)"
_FRACTIONS = ((f'^"{_ISO}"$', r'"\1\2"'), (f"^{_ISO}$", r"\1\2"))
#: The line itself (`raw`) and its text (`text`): the fields read from the line, not its pairs.
LINE_FIELDS = ("raw", "text")


@dataclass(frozen=True)
class PythonPath:
    """What the kernel takes from the format's line-by-line path, so that both read alike."""

    pair: re.Pattern[str]  # a key=value pair (findall: a line's pairs)
    values: Callable[[dict[str, str], Sequence[str]], list[Any]]  # fields from a line's pairs as written
    unquote: Callable[[str], str]  # a quoted value's text
    text: Callable[[str], str]  # a line's text (its quoted values' escapes decoded)
    lines: Callable[[list[str], Sequence[str]], Batch]  # the records of a list of lines, as columns


def _extracted(
    lines: Any, keys: tuple[str, ...], read: list[str], names: Sequence[str], seconds: bool = False
) -> dict[str, Any]:
    """The values (as written) of the `read` keys on the shape's lines; a key read only for the
    timestamp, where counts are by its second (`seconds`: SECOND asked), without its fraction."""
    import pyarrow.compute as pc

    if not read:
        return {}
    hits = extract_regex(lines, read_regex(keys, tuple(read)))
    columns = {key: pc.struct_field(hits, [hits.type.get_field_index(f"g{i}")]) for i, key in enumerate(read)}
    if seconds and "timestamp" in names:
        other = read_keys(keys, [name for name in names if name != "timestamp"])
        for key in set(read_keys(keys, ["timestamp"])) - set(other):
            for pattern, replacement in _FRACTIONS:
                columns[key] = pc.replace_substring_regex(columns[key], pattern, replacement)
    return columns


def _distinct(
    columns: dict[str, Any], read: list[str], names: Sequence[str], path: PythonPath, keys: tuple[str, ...]
) -> tuple[list[list[Any]], Any]:
    """The values of `names` for each distinct combination of the `read` keys' values (read by
    the Python path, with the shape's marks that aliases are read beside: syslog-ng's `MESSAGE`),
    and each line's index among them (an Arrow array; None: one combination)."""
    marks = {key: "" for key in keys if key in _MARKS and key not in read}
    if not read:
        return [path.values(marks, names)], None
    distinct, codes = group_rows([columns[key] for key in read])
    return [path.values(marks | dict(zip(read, row, strict=True)), names) for row in distinct], codes


_MARKS = frozenset(a.when[0] for aliases in ALIASES.values() for a in aliases if a.when and len(a.when) == 1)


def _taken(block: bytes, path: PythonPath) -> tuple[Shapes, list[str]] | None:
    """The block's lines matched against its shapes, and the other lines as Python strings; None
    where the kernel does not apply (see match_shapes), or one of those lines is not UTF-8."""
    found = match_shapes(block, path.pair)
    if found is None:
        return None
    try:
        return found, python_lines(found.lines.filter(found.rest))
    except NotUtf8:
        return None


def count_logfmt(block: bytes, fields: Sequence[str], path: PythonPath) -> tuple[Batch, Counter] | None:
    """`count_block` on the kernel: the shapes' lines counted by distinct values, the other lines
    on the Python path; None where the kernel does not apply."""
    import pyarrow.compute as pc

    names = ["timestamp" if name == SECOND else name for name in fields]
    if not fields or not set(names) <= ALIASES.keys():
        return None
    taken = _taken(block, path)
    if taken is None:
        return None
    found, rest = taken
    counts: Counter = Counter()
    for keys, matched in found.shapes:
        read = read_keys(keys, names)
        values, codes = _distinct(
            _extracted(found.lines.filter(matched), keys, read, names, SECOND in fields), read, names, path, keys
        )
        if codes is None:
            counts[tuple(values[0])] += matched.true_count
            continue
        tally = pc.value_counts(codes)
        for code, n in zip(tally.field(0).to_pylist(), tally.field(1).to_pylist(), strict=True):
            counts[tuple(values[code])] += n
    batch = Batch(columns={}, records=sum(matched.true_count for _, matched in found.shapes), lines=len(found.lines))
    if rest:
        others, more = counted(fields, lambda parsed: path.lines(rest, parsed))
        counts.update(more)
        batch.records += others.records
        batch.malformed, batch.malformed_samples = others.malformed, others.malformed_samples
    return batch, counts


def _unquoted(column: Any, path: PythonPath) -> list[str]:
    """A column of values as written, as the Python path reads them (quoted ones unquoted)."""
    import pyarrow.compute as pc

    quoted = pc.starts_with(column, '"')
    values = pc.if_else(quoted, pc.utf8_slice_codeunits(column, 1, -1), column).to_pylist()
    escaped = pc.and_(quoted, pc.match_substring(column, "\\"))
    if escaped.true_count:
        written = column.filter(escaped).to_pylist()
        for at, value in zip(pc.indices_nonzero(escaped).to_pylist(), written, strict=True):
            values[at] = path.unquote(value)
    return values


def _shape_columns(lines: Any, keys: tuple[str, ...], fields: Sequence[str], path: PythonPath) -> dict[str, list]:
    """The shape's lines' values of `fields`, line by line."""
    import pyarrow.compute as pc

    names = [name for name in fields if name in ALIASES]
    one_key = {name: key for name in names if (key := as_written(keys, name)) is not None}
    shared = [name for name in names if name not in one_key]
    read = read_keys(keys, shared)
    columns = _extracted(lines, keys, list(dict.fromkeys(read + list(one_key.values()))), ())
    found: dict[str, list] = {name: _unquoted(columns[key], path) for name, key in one_key.items()}
    if shared:
        values, codes = _distinct(columns, read, shared, path, keys)
        rows = [values[code] for code in codes.to_pylist()] if codes is not None else values * len(lines)
        found.update((name, [row[j] for row in rows]) for j, name in enumerate(shared))
    if any(name in LINE_FIELDS for name in fields):
        raw = lines.to_pylist()
        found["raw"] = raw
        if "text" in fields:
            text = found["text"] = list(raw)
            for at in pc.indices_nonzero(pc.match_substring(lines, "\\")).to_pylist():
                text[at] = path.text(raw[at])
    return found


def parse_logfmt(block: bytes, fields: Sequence[str], path: PythonPath) -> Batch | None:
    """`parse_block` on the kernel: the shapes' lines' fields read there, the other lines on the
    Python path, every column in the lines' order; None where the kernel does not apply."""
    import pyarrow.compute as pc

    if not fields or not all(name in ALIASES or name in LINE_FIELDS for name in fields):
        return None
    taken = _taken(block, path)
    if taken is None:
        return None
    found, rest = taken
    parts = []  # (line numbers, columns) of each shape, then of the other lines' records
    for keys, matched in found.shapes:
        columns = _shape_columns(found.lines.filter(matched), keys, fields, path)
        parts.append((pc.indices_nonzero(matched).to_pylist(), columns))
    others = path.lines(rest, fields)
    if others.records:
        at = pc.indices_nonzero(found.rest).to_pylist()
        parts.append(([i for i, line in zip(at, rest, strict=True) if line.strip()], others.columns))
    batch = Batch(_in_line_order(parts, fields), others.records, len(found.lines), others.malformed)
    batch.records += sum(matched.true_count for _, matched in found.shapes)
    batch.malformed_samples = others.malformed_samples
    return batch


def _in_line_order(parts: list[tuple[list[int], dict[str, list]]], fields: Sequence[str]) -> dict[str, list]:
    """The parts' columns merged into one list per field, ordered by the records' line numbers."""
    if len(parts) == 1:
        return {name: parts[0][1][name] for name in fields}
    at = [i for numbers, _ in parts for i in numbers]
    order = sorted(range(len(at)), key=at.__getitem__)
    merged = {}
    for name in fields:
        joined = [value for _, columns in parts for value in columns[name]]
        merged[name] = [joined[i] for i in order]
    return merged
