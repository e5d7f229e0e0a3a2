"""Counting a one-line format's block on RE2 (formats/columnar.py): the lines its regex matches,
counted by the groups of a head of it, each distinct combination made a key once; the other
lines on the format's line-by-line path."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from .base import SECOND, Batch, LogFormat, counted, records_batch
from .columnar import (
    MIN_KERNEL_LINES,
    NotUtf8,
    ascii_mask,
    block_lines,
    extract_groups,
    group_counts,
    rows_of,
)
from .dfa_counts import count, decided_table, fraction_table, reads, table
from .group_dfa import extract_regex, match_regex, replace_regex
from .header_unicode import with_ascii_matches
from .message_marks import embedded_openings, names_levels
from .slots import MESSAGE_LEVEL

# `base.to_seconds` per value, for an ISO 8601 time: its fraction dropped (a regex and its replacement).
ISO_FRACTION = (
    r"^(?P<a>[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2})[.,][0-9]{1,9}"
    r"(?P<b>(?:Z|[+-][0-9]{2}:[0-9]{2})?)$",
    r"\1\2",
)


def line_records(fmt: LogFormat, fields: Sequence[str], default_service: str | None) -> Callable:
    """A `rest` for `count_lines_matching`: the lines a kernel hands back counted by `fields` on
    the format's own `parse`, one record per line that is not blank."""

    def rest(lines: list[str]) -> tuple[Batch, Counter]:
        pairs = ((fmt.parse(line, default_service), line) for line in lines if line.strip())
        return counted(fields, lambda parsed: records_batch(pairs, parsed, len(lines)))

    return rest


def count_lines_matching(
    block: bytes,
    regex: str | None,
    head: str,
    groups: Sequence[str],
    read: Callable[[tuple[Any, ...]], tuple[Any, ...]],
    rest: Callable[[list[str]], tuple[Batch, Counter]],
    fraction: tuple[str, str] | None = ISO_FRACTION,
    fast: str | None = None,
    decided: str | None = None,
) -> tuple[Batch, Counter] | None:
    """The columnar `count_block`: the ASCII lines `regex` (RE2, no groups: a DFA's speed)
    matches, counted by the text of the `groups` of `head` (a prefix of the regex that gives the
    same groups on those lines; a group named SECOND: a time, its fraction dropped by the
    `fraction` replacement, ISO 8601's by default; None: it has none), each distinct combination made a key by
    `read` (the groups read with `fast` where it can: `extract_groups`); the other lines as
    `rest` counts them (the format's line-by-line path). None for a
    block the kernel does not take (not UTF-8, or too few lines to pay). `regex` None: the head
    matches the very lines the regex does, and reads them in one pass (`_read_in_one_pass`).
    `decided`: the format's regex (no group) up to where a line's match is decided, where that
    match looks at no character past it: a non-ASCII line whose match there is ASCII is read
    with the ASCII lines (header_unicode.py)."""
    import pyarrow.compute as pc

    counted = counted_in_c(block, regex, head, groups, read, rest, fraction, fast, decided)
    if counted is not None:
        return counted
    lines = block_lines(block)
    if len(lines) < MIN_KERNEL_LINES:
        return None
    ascii_lines = pc.is_valid(lines) if block.isascii() else ascii_mask(lines)  # (no null line)
    if decided is not None:
        ascii_lines = with_ascii_matches(lines, ascii_lines, decided)
    if regex is None:
        matched, hits, hit_lines = _read_in_one_pass(lines, ascii_lines, head, fast)  # (hit_lines: a function)
    else:
        matched = pc.and_(ascii_lines, match_regex(lines, regex))
        hits = extract_groups(filtered := lines.filter(matched), head, fast)
        hit_lines = lambda: filtered  # noqa: E731
    try:
        left = rows_of(lines, pc.invert(matched))
    except NotUtf8:
        return None
    columns = []
    for group in groups:
        column = pc.struct_field(hits, [hits.type.get_field_index(group)])
        if group == SECOND and fraction is not None:
            column = replace_regex(column, *fraction)
        elif group == MESSAGE_LEVEL and names_levels(block):  # (a level the message's text names)
            column = embedded_openings(hit_lines(), column)
        columns.append(column)
    counts: Counter = Counter()
    for values, n in group_counts(columns):
        counts[read(values)] += n
    records = len(columns[0]) if columns else pc.sum(matched).as_py()
    return _with_rest(Batch(columns={}, records=records, lines=len(lines)), counts, left, rest)


def _with_rest(
    batch: Batch, counts: Counter, left: list[str], rest: Callable[[list[str]], tuple[Batch, Counter]]
) -> tuple[Batch, Counter]:
    """The kernel's batch and counts with the lines it handed back (`left`) counted by `rest`."""
    if left:
        others, more = rest(left)
        counts.update(more)
        batch.records += others.records
        batch.malformed, batch.malformed_samples = others.malformed, others.malformed_samples
    return batch, counts


def counted_in_c(
    block: bytes,
    regex: str | None,
    head: str,
    groups: Sequence[str],
    read: Callable[[tuple[Any, ...]], tuple[Any, ...]],
    rest: Callable[[list[str]], tuple[Batch, Counter]],
    fraction: tuple[str, str] | None,
    fast: str | None,
    decided: str | None,
) -> tuple[Batch, Counter] | None:
    """`count_lines_matching` in one C pass (dfa_counts.py), or None where it does not take the block."""
    if MESSAGE_LEVEL in groups and names_levels(block):
        return None
    reading, test = (fast is not None and reads(fast, head)) or reads(head), table(regex)
    wide = decided_table(decided, False) if decided is not None else None
    at = list(groups).index(SECOND) if SECOND in groups else None
    dropping = fraction_table(at, fraction) if at is not None else None
    if reading is None or (regex is not None and test is None) or (decided is not None and wide is None):
        return None
    tables, names = reading
    if dropping is False or not set(groups) <= set(names):
        return None
    columns = tuple((names.index(group),) for group in groups)
    counted = count(block, test, tables, columns, decided=wide, fraction=dropping)  # type: ignore[arg-type]
    if counted is None or counted[2] < MIN_KERNEL_LINES:
        return None
    rows, hits, lines, left = counted
    counts: Counter = Counter()
    for values, n in rows:
        counts[read(values)] += n
    return _with_rest(Batch(columns={}, records=hits, lines=lines), counts, left, rest)


def _read_in_one_pass(lines: Any, ascii_lines: Any, head: str, fast: str | None) -> tuple[Any, Any, Callable]:
    """(which of the `ascii_lines` `head` matches, their groups, a function giving their lines in the
    groups' order): read with `fast` on every line, then with `head` on those `fast` does not match
    (no DFA pass first)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    hits = extract_regex(lines, fast or head)
    matched = pc.and_(ascii_lines, hits.is_valid())
    others = pc.and_not(ascii_lines, matched)
    more = extract_regex(lines.filter(others), head) if fast is not None else None
    fast_matched, hits = matched, hits.filter(matched)
    if more is None or more.null_count == len(more):
        return matched, hits, lambda: lines.filter(matched)
    matched = pc.replace_with_mask(matched, others, more.is_valid())
    hits = pa.concat_arrays([hits, more.drop_null().cast(hits.type)])
    return (
        matched,
        hits,
        lambda: pa.concat_arrays([lines.filter(fast_matched), lines.filter(others).filter(more.is_valid())]),
    )
