"""A plain-text block's records counted by their headers in one C pass (dfa_counts.py), where the
header's fast form reads every header line in one walk (header_regex.one_pass_header): the rows
plain_kernel.count_plain counts on Arrow, and the header lines past ASCII that RE2 does not read
as Python does matched in Python, as there. Also the reading of such lines both paths share."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from re import Match
from typing import Any

from .base import SECOND, Batch
from .columnar import MIN_KERNEL_LINES, named_groups_only
from .dfa_counts import Dfa, count, decided_table, reads, table
from .header_cut import read_slots
from .header_regex import (
    LEVEL_WORD,
    drop_fraction,
    fast_header,
    holds_no_fraction,
    kernel_header,
    one_pass_header,
)
from .header_unicode import PLAIN_SEPS, decided_in_header
from .layout import WORD_LEVEL, CompiledLayout, Layout
from .message_marks import line_opening, names_levels
from .multiline import MAX_RECORD_CHARS, MAX_RECORD_LINES
from .plain_keys import group_names, header_groups, row_key

Groups = dict[str, str | tuple[str, ...]]


def count_headers(
    compiled: CompiledLayout, block: bytes, fields: Sequence[str], default_service: str | None
) -> tuple[Batch, Counter] | None:
    """The block's records counted by `fields` in C, or None where this pass does not take it."""
    layout = compiled.layout
    header = kernel_header(layout) if compiled.kernel_reads else None
    groups = header_groups(compiled, fields) if header is not None else None
    names = group_names(groups) if groups is not None else ()
    time = groups.get(SECOND) if groups is not None else None
    if header is None or groups is None or not names or (words_group(compiled, groups) and names_levels(block)):
        return None
    whole = holds_no_fraction(layout, time) if time else True  # (a time read whole: no fraction to drop)
    plain = table(named_groups_only(header, ()))
    found = one_pass_header(layout, names, time)  # type: ignore[arg-type]
    if found is not None and found[3] is None:  # (one pass of the whole header's fast form; no zone after a space)
        test, check, found_reads, levels = None, plain, reads(found[0]), found[2]
    else:  # (the header's DFA tells the headers, the cut regex reads them)
        test, check, found_reads, levels = plain, None, _cut_reads(layout, names, time), ()
    columns = _columns(found_reads[1], (*names, *levels), time, whole) if found_reads is not None else None
    widen = decided_in_header(layout)  # (non-ASCII lines whose header RE2 reads as Python does: read here)
    decided = decided_table(named_groups_only(header, ()), layout[-1][1] not in PLAIN_SEPS) if widen else None
    if columns is None or plain is None or (widen and decided is None):
        return None
    caps = (MAX_RECORD_LINES, MAX_RECORD_CHARS)
    counted = count(block, test, found_reads[0], columns, check=check, decided=decided, caps=caps, others=False)  # type: ignore[index]
    if counted is None or counted[2] < MIN_KERNEL_LINES:
        return None
    rows, hits, lines, left = counted
    if any(values[0] is None or not all(map(LEVEL_WORD.fullmatch, values[len(names) :])) for values, _ in rows):
        return None  # (a header no read reads; a line whose level is no level word: no header there)
    key, counts = row_key(layout, tuple(fields), groups, names), Counter()
    for values, n in rows:
        counts[key(values[: len(names)], default_service)] += n
    matches = [match for match in map(compiled.line.match, left) if match is not None]
    for values, n in other_counts(compiled, groups, names, matches).items():
        counts[key(values, default_service)] += n
    return Batch(columns={}, records=hits + len(matches), lines=lines), counts


def _cut_reads(layout: Layout, names: tuple[str, ...], time: str | None) -> tuple[list[Dfa], tuple[str, ...]] | None:
    """The reads of the header's groups `names` (plain_kernel._read_groups'): the cut regex's fast
    form then the cut regex, where they read the same groups; else the fast form alone (a time
    split at its fraction: a header it misses is left to Arrow) or the cut regex alone."""
    fast = fast_header(layout, names, time)
    cut = named_groups_only(kernel_header(layout, read_slots(layout, names)), names)  # type: ignore[arg-type]
    return (fast and reads(fast[0], cut)) or (fast and reads(fast[0])) or reads(cut)


def _columns(
    read: tuple[str, ...], names: tuple[str, ...], time: str | None, whole: bool
) -> tuple[tuple[int, ...], ...] | None:
    """dfa_count's columns for `names` (the fields' groups, then the level groups) from the groups
    `read` (a time split at its fraction: its text before and after it), or None where a column is
    not read there (a time with a fraction not split: read on Arrow)."""
    at = {name: i for i, name in enumerate(read)}
    columns = []
    for name in names:
        if name == time and time + "a" in at:
            columns.append((at[time + "a"], at[time + "b"]))
        elif name in at and (name != time or whole):
            columns.append((at[name],))
        else:
            return None
    return tuple(columns)


def words_group(compiled: CompiledLayout, groups: Groups) -> str | None:
    """The group of a syslog message's opening word where the level is read from it (slots.MESSAGE_LEVEL)."""
    group = groups.get("level")
    return group if any(role.role == WORD_LEVEL and role.group == group for role in compiled.roles) else None


def other_rows(
    compiled: CompiledLayout, groups: Groups, names: Sequence[str], matches: list[Match[str]]
) -> Iterator[tuple[Any, ...]]:
    """The non-ASCII header lines' group texts (their times as written), in line order."""
    words = words_group(compiled, groups)
    if words is not None:  # (a level the message's text names, where it opens with no word)
        at = names.index(words)
        for match in matches:
            row = tuple(map(match.group, names))
            yield (*row[:at], line_opening(row[at], match.string), *row[at + 1 :])
    elif len(names) > 1:
        yield from (match.group(*names) for match in matches)
    else:
        yield from (tuple(map(match.group, names)) for match in matches)  # (one name's group(): its text)


def other_counts(compiled: CompiledLayout, groups: Groups, names: Sequence[str], matches: list[Match[str]]) -> Counter:
    """The non-ASCII header lines counted by their groups as an ASCII line's are read: a time
    without its fraction (the same second, counted under the ASCII lines' key)."""
    counted = Counter(other_rows(compiled, groups, names, matches))
    if SECOND not in groups or holds_no_fraction(compiled.layout, groups[SECOND]):  # type: ignore[arg-type]
        return counted
    at, dropped = names.index(groups[SECOND]), Counter()  # type: ignore[arg-type]
    for row, n in counted.items():
        dropped[(*row[:at], drop_fraction(row[at]), *row[at + 1 :])] += n
    return dropped
