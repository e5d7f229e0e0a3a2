"""The columnar kernel for plain text with a learned header layout: a block's records counted by
their header fields on RE2 (formats/columnar.py), as `PlainTextFormat.records` would give them.

The header regex is header_regex.py's: RE2's DFA tells the header lines, its fast form (or the
regex cut after the last slot read) reads their groups; or the whole header's fast form does both
in one pass (`one_pass_headers`). A block is counted here only when its lines group into records
exactly as their headers say: its first line is a header and every record (a header and the lines
up to the next) is within multiline.py's caps, counted in bytes (at least its characters); any
other block takes the line-by-line path whole (ISO times with a fraction: plain_times.py).
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Sequence
from typing import Any, NamedTuple

from .base import SECOND, Batch, arrow_texts
from .columnar import (
    MIN_KERNEL_LINES,
    NotUtf8,
    ascii_mask,
    block_lines,
    block_text,
    extract_groups,
    group_counts,
    group_rows,
    int64_array,
    named_groups_only,
    python_lines,
)
from .group_dfa import match_regex
from .header_cut import read_slots
from .header_regex import (
    TIME_PARTS,
    fast_header,
    fixed_groups,
    holds_no_fraction,
    kernel_header,
    one_pass_headers,
)
from .header_unicode import with_ascii_headers
from .layout import CompiledLayout, Layout, compile_layout
from .message_marks import embedded_openings, names_levels
from .multiline import records_within_caps
from .plain_counts import count_headers, other_counts, other_rows, words_group
from .plain_keys import CLOCK, PID, group_names, header_groups, row_key
from .plain_messages import (
    cut_headers,
    finished_array,
    header_messages,
    in_record_order,
    may_hold_context,
    quoted_columns,
)
from .plain_times import time_columns
from .record_texts import record_texts


class _Headers(NamedTuple):
    """A block's lines and which of them are headers, found on the kernel where it applies."""

    compiled: CompiledLayout
    groups: dict[str, str | tuple[str, ...]]  # field -> the group it is read from (the pid: perhaps several)
    names: list[str]  # the groups read
    lines: Any  # the block's lines (Arrow)
    ascii_headers: Any  # the ASCII header lines (Arrow booleans)
    others: list[tuple[int, re.Match[str]]]  # the other header lines: index, match of the layout's regex
    starts: Any  # every header line (Arrow booleans)
    read: Any  # the ASCII header lines' groups where `one_pass_headers` read them, else None
    rest: Any = None  # every line's text after its header where `cut_headers` told the headers
    block: bytes = b""


def _headers(
    layout: Layout, block: bytes, fields: Sequence[str], widen: bool = False, cut: bool = False
) -> _Headers | None:
    """The block's headers: ASCII lines matched on RE2 (with `cut`, for messages alone, by the
    replace that cuts them off), the others with the layout's own regex; None when the kernel does
    not apply (see the module's docstring). `widen`: the non-ASCII lines whose header RE2 reads as
    Python does taken with the ASCII ones (header_unicode.py)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    compiled = compile_layout(layout)
    header = kernel_header(compiled.layout) if compiled.kernel_reads else None
    groups = header_groups(compiled, fields) if header is not None else None
    lines = block_lines(block) if groups is not None else None
    if header is None or groups is None or lines is None or len(lines) < MIN_KERNEL_LINES:
        return None
    ascii_lines = pc.is_valid(lines) if block.isascii() else ascii_mask(lines)  # (no null line)
    if widen and ascii_lines.false_count:
        ascii_lines = with_ascii_headers(compiled.layout, lines, ascii_lines)
    names = group_names(groups)
    read = rest = None
    if cut and not names and (told := cut_headers(compiled.layout, lines, ascii_lines)) is not None:
        ascii_headers, rest = told
    elif names and (read := one_pass_headers(compiled.layout, names, groups.get(SECOND), lines, ascii_lines)):
        ascii_headers, read = read  # (no group read: the header's DFA alone tells the headers, below)
    else:
        ascii_headers = pc.and_(ascii_lines, match_regex(lines, named_groups_only(header, ())))
    at = pc.indices_nonzero(pc.invert(ascii_lines))
    try:
        found = [compiled.line.match(line) for line in python_lines(lines.take(at))]
    except NotUtf8:
        return None
    others = [(i, match) for i, match in zip(at.to_pylist(), found, strict=True) if match is not None]
    starts = ascii_headers
    if others:
        flags = array("q", bytes(8 * len(lines)))
        for i, _ in others:
            flags[i] = 1
        starts = pc.or_(ascii_headers, pc.cast(int64_array(flags), pa.bool_()))
    if not records_within_caps(lines, starts):
        return None
    return _Headers(compiled, groups, list(names), lines, ascii_headers, others, starts, read, rest, block)


def _ascii_columns(found: _Headers) -> list[Any]:
    """The ASCII header lines' groups (a time: its text without its fraction, where TIME_PARTS
    finds one: the same second, fewer distinct texts)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    groups = found.read if found.read is not None else _read_groups(found, found.lines.filter(found.ascii_headers))
    fields = {groups.type.field(i).name: i for i in range(groups.type.num_fields)}
    time = found.groups.get(SECOND)
    no_text = pa.nulls(len(groups), pa.large_string())  # (a split time's whole text: not counted by)
    columns = [pc.struct_field(groups, [fields[name]]) if name in fields else no_text for name in found.names]
    words = words_group(found.compiled, found.groups)
    if words is not None and names_levels(found.block):  # (a level the message's text names)
        at = found.names.index(words)
        columns[at] = embedded_openings(found.lines.filter(found.ascii_headers), columns[at])
    if time is None or (time in fields and holds_no_fraction(found.compiled.layout, time)):
        return columns
    at = found.names.index(time)
    if time + "a" in fields:  # read split by the fast form
        head, tail = (pc.struct_field(groups, [fields[time + part]]) for part in "ab")
    else:
        found_parts = pc.extract_regex(columns[at], TIME_PARTS)
        head, tail = (pc.struct_field(found_parts, [i]) for i in (0, 2))
    if pc.max(pc.binary_length(tail)).as_py():  # (what follows the fraction: a zone, a year)
        head = pc.binary_join_element_wise(head, tail, block_lines(b"0\n\n")[1])  # (the separator: "")
    columns[at] = pc.coalesce(head, columns[at]) if head.null_count else head
    return columns


def _read_groups(found: _Headers, lines: Any) -> Any:
    """The groups of the header lines `lines`: as slices where each is a fixed span of the line
    (header_regex.fixed_groups), else on the fast form where it reads them all, else on the cut
    regex (header_cut.py)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    layout, names = found.compiled.layout, tuple(found.names)
    spans = fixed_groups(layout, names, found.groups.get(SECOND))
    if spans is not None:  # (each group the same slice of every line: no regex)
        columns = [pc.utf8_slice_codeunits(lines, start, end) for _, start, end in spans]
        return pa.StructArray.from_arrays(columns, names=[name for name, _, _ in spans])
    fast = fast_header(layout, names, found.groups.get(SECOND))
    header = kernel_header(layout, read_slots(layout, names))
    return extract_groups(lines, named_groups_only(header, names), fast and fast[0])


def count_plain(
    layout: Layout, block: bytes, fields: Sequence[str], default_service: str | None
) -> tuple[Batch, Counter] | None:
    """The block's records counted by `fields` on the kernel (in one C pass where it takes the
    block: plain_counts.py); None where it does not apply."""
    counted = count_headers(compile_layout(layout), block, fields, default_service)
    if counted is not None:
        return counted
    found = _headers(layout, block, fields, widen=True)
    if found is None:
        return None
    key = row_key(found.compiled.layout, tuple(fields), found.groups, found.names)
    counts: Counter = Counter()
    if found.names:
        for values, n in group_counts(_ascii_columns(found)):
            counts[key(values, default_service)] += n
    elif found.ascii_headers.true_count:  # nothing read from the header: every record has the same key
        counts[key((), default_service)] = found.ascii_headers.true_count
    for values, n in _others(found).items():
        counts[key(values, default_service)] += n
    return Batch(columns={}, records=found.starts.true_count, lines=len(found.lines)), counts


def _others(found: _Headers) -> Counter:
    return other_counts(found.compiled, found.groups, found.names, _matches(found))


def _matches(found: _Headers) -> list[re.Match[str]]:
    return [match for _, match in found.others]


def parse_plain(layout: Layout, block: bytes, fields: Sequence[str], default_service: str | None) -> Batch | None:
    """The block's records as columns of `fields` (service, level, host: read on the kernel; text
    and raw: the record's lines, record_texts.py; message: its header line's, after the header)
    where the kernel applies, else None."""
    keyed = [name for name in fields if name in ("service", "level", "host", "timestamp", PID, CLOCK)]
    if not fields or len(keyed) + sum(name in ("text", "raw", "message") for name in fields) != len(fields):
        return None
    quotes = b'"' in block  # (a klog quoted message's pairs: a pid or time its header left empty)
    pairs = [name for name in keyed if name in (PID, CLOCK)] if quotes else []
    found = _headers(layout, block, keyed, widen="message" not in fields)  # (a message: read as Python reads it)
    raw = _raw_messages(found) if found is not None and ("message" in fields or pairs) else None
    if found is None or (raw is None and ("message" in fields or pairs)):
        return None
    messages = finished_array(raw, quotes, may_hold_context(block)) if "message" in fields else None
    if "message" in fields and messages is None:
        return None
    import pyarrow.compute as pc

    at = pc.indices_nonzero(found.starts)
    columns = {"message": arrow_texts(messages)} if messages is not None else {}
    columns.update(_keyed_columns(found, keyed, at, default_service) if keyed else {})
    if pairs:
        quoted_columns(columns, pairs, raw)
    firsts = at.to_pylist() if "text" in fields or "raw" in fields or len(at) < len(found.lines) else None
    if "text" in fields or "raw" in fields:
        texts = record_texts(block_text(block), found.lines, found.starts, firsts)
        columns.update((name, texts) for name in fields if name in ("text", "raw"))
    starts = firsts if len(at) < len(found.lines) else None  # (records of several lines: where each starts)
    return Batch({name: columns[name] for name in fields}, len(at), len(found.lines), starts=starts)


def message_batch(layout: Layout, block: bytes) -> Batch | None:
    """The block's records' messages as one Arrow array (for a job's `map_arrow`), where the
    kernel reads them, else None."""
    found = _headers(layout, block, (), cut=True)
    messages = _raw_messages(found) if found is not None else None
    messages = finished_array(messages, b'"' in block, may_hold_context(block)) if messages is not None else None
    if found is None or messages is None:
        return None
    return Batch(columns={"message": messages}, records=len(messages), lines=len(found.lines), arrow=True)


def _raw_messages(found: _Headers) -> Any | None:
    """The records' header lines' message texts (Arrow): an ASCII header line's text after the
    header, read on RE2, another's message group; None where RE2 does not read the headers."""
    messages = (found.lines if found.rest is None else found.rest).filter(found.ascii_headers)
    messages = header_messages(found.compiled.layout, messages) if found.rest is None else messages
    if messages is None or not found.others:
        return messages
    others = [match["message"] for _, match in found.others]  # each put after the ASCII headers before it
    return in_record_order(messages, others, found.ascii_headers.filter(found.starts))


def _keyed_columns(found: _Headers, keyed: list[str], at: Any, default_service: str | None) -> dict[str, list[Any]]:
    """The records' columns read from their headers (`at`: the header lines), a key per distinct row."""
    import pyarrow as pa
    import pyarrow.compute as pc

    key = row_key(found.compiled.layout, tuple(keyed), found.groups, found.names)
    if not found.names:
        return {name: [value] * len(at) for name, value in zip(keyed, key((), default_service), strict=True)}
    columns = _ascii_columns(found)
    others = list(other_rows(found.compiled, found.groups, found.names, _matches(found)))
    times = time_columns(found.compiled.layout, found.groups, keyed, found.names, columns, others, found)
    distinct, codes = group_rows(columns)  # (rows without their time where `times` read it)
    keys = [key(values, default_service) for values in distinct]
    if others:  # the non-ASCII headers' keys after the others, put in line order
        keys += [key(values, default_service) for values in others]
        by_line = pc.replace_with_mask(pa.nulls(len(found.lines), pa.int64()), found.ascii_headers, codes)
        codes = int64_array(range(len(distinct), len(keys)))
        codes = pc.replace_with_mask(by_line, pc.and_not(found.starts, found.ascii_headers), codes).take(at)
    rows = codes.to_pylist()
    return {name: times.get(name) or [keys[code][j] for code in rows] for j, name in enumerate(keyed)}
