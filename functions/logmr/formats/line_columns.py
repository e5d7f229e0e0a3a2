"""Columns of a line format's records read on RE2 (formats/columnar.py), for jobs that read a
block's rows rather than count them (patterns: service and text): the fields a kernel counts by
(`columnar.kernel_reader`'s spec: service, level, host) and the record's text.

The ASCII lines the format's regex fits are read in Arrow, each distinct combination of their
groups made a key once; the other lines take the format's own `parse`, and their records are put
back in line order among the kernel's rows. Where the message alone is read (`message_after`,
no field), or the lines alone (patterns' texts), a line whose match is ASCII is read in Arrow
whatever its message holds: the caller's regex has no path through a character Python's classes
take and RE2's (ASCII) do not, a Unicode digit or space, that RE2 would pass by for another
(syslog's: where `\\d` fails, the line fails), so Python's match is RE2's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from .base import Batch, arrow_texts, column_reader, keep_samples
from .columnar import (
    MIN_KERNEL_LINES,
    KernelField,
    NotUtf8,
    after_match,
    ascii_mask,
    block_lines,
    block_text,
    extract_groups,
    group_rows,
    int64_array,
    kernel_reader,
    python_lines,
)
from .group_dfa import match_regex
from .json_text import TextBlock
from .message_marks import embedded_openings, names_levels
from .record import Record
from .record_texts import block_services, with_deferred_services
from .slots import MESSAGE_LEVEL

#: The fields that are the line itself (a line format's text and raw).
LINE_FIELDS = frozenset(("text", "raw"))


def line_columns(
    block: bytes,
    regexes: Callable[[tuple[str, ...]], tuple[str, str] | None],
    spec: dict[str, KernelField],
    fields: Sequence[str],
    parse: Callable[[str], Record | None],
    default_service: str | None,
    fast: Callable[[tuple[str, ...]], str | None] | None = None,
    message_after: str | None = None,
) -> Batch | None:
    """The block's records as columns of `fields` (those of `spec`, and the line), where the
    kernel applies, else None. `regexes(groups)`: the format's regex without groups and a head of
    it giving `groups` (as `count_lines_matching` takes them); `parse`: a line's record; `fast(groups)`:
    a regex reading the head's groups in fewer steps (`extract_groups`), or None; `message_after`:
    for a format whose message is the line after that regex's match followed by this one's (RE2, no
    groups; the record path's regex the same way), this one (else the message is not read here)."""
    import pyarrow.compute as pc

    own = LINE_FIELDS if message_after is None else LINE_FIELDS | {"message"}
    keyed = [name for name in fields if name not in own]
    if not fields or not all(name in spec for name in keyed):
        return None
    groups = kernel_reader(spec, keyed, default_service)[0]  # (the groups its head reads: `_kernel_columns`)
    found = regexes(groups)
    lines = block_lines(block) if found is not None else None
    if found is None or lines is None or len(lines) < MIN_KERNEL_LINES:
        return None
    read_message = "message" in own and "message" in fields
    try:
        matched, messages = _read_lines(lines, found[0], message_after, bool(keyed), read_message)
        at_left = pc.indices_nonzero(pc.invert(matched))
        left = python_lines(lines.take(at_left))
    except NotUtf8:
        return None
    mine = lines.filter(matched)
    columns = _kernel_columns(block, mine, (found[1], fast and fast(groups)), spec, keyed, default_service)
    if read_message:
        if messages is None:
            messages = after_match(mine, found[0] + message_after)  # type: ignore[operator]
        if messages is None:
            return None
        columns["message"] = arrow_texts(messages)
    left_at = at_left.to_pylist()  # the other lines' records, each after the kernel's rows above it:
    parsed = [(at - k, parse(line), line, at) for k, (at, line) in enumerate(zip(left_at, left, strict=True))]
    parsed = [item for item in parsed if item[2].strip()]
    theirs = [(before, record) for before, record, _, _ in parsed if record is not None]
    # every line a record that is the line itself: the lines as the block holds them
    whole = len(theirs) == len(left) and all(record.text == record.raw == line for _, record, line, _ in parsed)
    if any(name in LINE_FIELDS for name in fields):
        texts = TextBlock(block_text(block), len(lines)) if whole else mine.to_pylist()
        columns.update((name, texts) for name in fields if name in LINE_FIELDS)
    if theirs:
        for name in (name for name in fields if not (whole and name in LINE_FIELDS)):
            columns[name] = _in_line_order(columns[name], theirs, column_reader(name))
    malformed = [line for _, record, line, _ in parsed if record is None]
    batch = Batch({name: columns[name] for name in fields}, len(mine) + len(theirs), len(lines))
    batch.malformed, batch.malformed_samples = len(malformed), keep_samples([], malformed)
    if batch.records < len(lines):  # (blank or malformed lines: each record's line, for its offset)
        batch.starts = sorted(pc.indices_nonzero(matched).to_pylist() + [at for _, r, _, at in parsed if r is not None])
    return batch


def deferred_line_columns(
    fmt: Any,
    block: bytes,
    regexes: Callable[[tuple[str, ...]], tuple[str, str] | None],
    spec: dict[str, KernelField],
    fields: Sequence[str],
    *rest: Any,
) -> Batch | None:
    """`line_columns(block, regexes, spec, fields, *rest)`, for patterns' fields with each record's
    service read by the format `fmt` only if a pattern finds the record (record_texts.py)."""
    texts = partial(line_columns, block, regexes, spec, ("text",), *rest)
    found = with_deferred_services(block, fields, texts, block_services(fmt, rest[1]))  # (rest[1]: default_service)
    return found or line_columns(block, regexes, spec, fields, *rest)


def _read_lines(lines: Any, regex: str, message_after: str | None, keyed: bool, message: bool) -> tuple[Any, Any]:
    """_matched's, or where no group and no message is read (the lines alone) _matched_lines'."""
    if message_after is not None and not keyed and not message:
        return _matched_lines(lines, regex, message_after), None
    return _matched(lines, regex, message_after if message and not keyed else None)


def _matched(lines: Any, regex: str, message_after: str | None) -> tuple[Any, Any]:
    """Which lines the kernel reads (Arrow booleans): the ASCII lines `regex` matches, or with
    `message_after` (the message alone read), those where its match followed by that one's is
    ASCII (the module's docstring), and then their messages (else None). NotUtf8 where a line is
    not UTF-8."""
    import pyarrow.compute as pc

    ascii = ascii_mask(lines)
    if message_after is None:
        return pc.and_(ascii, match_regex(lines, regex)), None
    if ascii.false_count:
        python_lines(lines.filter(pc.invert(ascii)))  # (RE2 reads no line that is not UTF-8)
    matched, rest = _ascii_matches(lines, regex + message_after, bool(ascii.false_count))
    return matched, rest.filter(matched)


def _ascii_matches(lines: Any, regex: str, others: bool) -> tuple[Any, Any]:
    """Which lines `regex` matches (from their start) with ASCII text, and each line's text after
    the match; `others`: whether some line is not ASCII."""
    import pyarrow.compute as pc

    rest = pc.replace_substring_regex(lines, "^(?:" + regex.removeprefix("^") + ")", "")
    cut = pc.subtract(pc.binary_length(lines), pc.binary_length(rest))  # (a match is never empty)
    ascii_cut = pc.equal(cut, pc.subtract(pc.utf8_length(lines), pc.utf8_length(rest)))
    matched = pc.and_(pc.greater(cut, int64_array([0])[0]), ascii_cut)
    if others:  # (a message opening with a BOM: RFC 5424's record drops it)
        matched = pc.and_not(matched, pc.starts_with(rest, "\ufeff"))
    return matched, rest


def _matched_lines(lines: Any, regex: str, message_after: str) -> Any:
    """_matched's lines, where no group and no message is read: the ASCII lines `regex` matches,
    and the others whose match of `regex` followed by `message_after` is ASCII (the module's
    docstring), tested among those alone (a few in most blocks). NotUtf8 as _matched."""
    import pyarrow.compute as pc

    ascii = ascii_mask(lines)
    matched = pc.and_(ascii, match_regex(lines, regex))
    if not ascii.false_count:
        return matched
    wide = pc.invert(ascii)
    others = lines.filter(wide)
    python_lines(others)  # (RE2 reads no line that is not UTF-8)
    return pc.replace_with_mask(matched, wide, _ascii_matches(others, regex + message_after, True)[0])


def _kernel_columns(
    block: bytes,
    mine: Any,
    heads: tuple[str, str | None],
    spec: dict[str, KernelField],
    keyed: list[str],
    default_service: str | None,
) -> dict[str, list[Any]]:
    """The keyed fields' columns of the kernel's lines `mine` of `block` (read with the head, or its fast form where
    it reads them all), each distinct row of groups (`kernel_reader`'s) read once; where the rows
    hardly recur (a pid, a time a line), each field from its own groups' distinct texts instead."""
    if not keyed:
        return {}
    groups, read = kernel_reader(spec, keyed, default_service)
    hits = extract_groups(mine, *heads)
    texts = {group: hits.field(hits.type.get_field_index(group)) for group in groups}
    if MESSAGE_LEVEL in texts and names_levels(block):  # (a level the message's text names)
        texts[MESSAGE_LEVEL] = embedded_openings(mine, texts[MESSAGE_LEVEL])
    distinct, codes = group_rows(list(texts.values()))
    if 4 * len(distinct) <= len(mine):
        keys = [read(values) for values in distinct]
        at = codes.to_pylist()
        return {name: list(map([key[j] for key in keys].__getitem__, at)) for j, name in enumerate(keyed)}
    columns: dict[str, list[Any]] = {}
    for name in keyed:
        names, value = spec[name]
        if not names:
            columns[name] = [value(default_service)] * len(mine)
            continue
        distinct, codes = group_rows([texts[group] for group in names])
        values = [value(*row, default_service) for row in distinct]
        columns[name] = list(map(values.__getitem__, codes.to_pylist()))
    return columns


def _in_line_order(column: list[Any], theirs: list[tuple[int, Record]], value: Callable[[Record], Any]) -> list[Any]:
    """The kernel's column with the other records' values put in: each after `before` kernel rows."""
    out: list[Any] = []
    start = 0
    for before, record in theirs:
        out.extend(column[start:before])
        out.append(value(record))
        start = before
    out.extend(column[start:])
    return out
