"""The columnar kernel for plain text with a learned header layout: a block's records counted by
their header fields on RE2 (formats/columnar.py), as `PlainTextFormat.records` would give them.

The layout's regex has lookaheads RE2 lacks; each is dropped only where it is implied: every
character that can follow it (the slot's separator's first characters, a `]`, or, without a
separator, the next slot's first characters) satisfies it, checked with Python's `re` itself. A
layout where one is not implied gets no kernel. A block is counted here only when its lines
group into records exactly as their headers say: its first line is a header and every record
(a header and the lines up to the next) is within multiline.py's caps, counted in bytes (at
least its characters); any other block takes the line-by-line path whole.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Sequence
from functools import cache, partial
from typing import Any, NamedTuple

from .base import SECOND, Batch, count_lines
from .columnar import (
    MIN_KERNEL_LINES,
    NotUtf8,
    ascii_mask,
    block_lines,
    group_counts,
    group_rows,
    int64_array,
    python_lines,
    to_re2,
)
from .header_cut import read_slots
from .layout import CompiledLayout, Layout, compile_layout, thread_component
from .multiline import MAX_RECORD_CHARS, MAX_RECORD_LINES, record_text
from .record import DEFAULT_LEVEL, normalize_level
from .slots import SEPARATORS, slot_regex

# Spellings the common normalisation does not know: klog/Android letters, zap's dpanic, loguru's success.
_EXTRA_LEVELS = {"v": "DEBUG", "d": "DEBUG", "dpanic": "FATAL", "success": "INFO"}


class _Levels(dict):
    def __missing__(self, raw: str) -> str:
        value = self[raw] = _EXTRA_LEVELS.get(raw.lower()) or normalize_level(raw)
        return value


LEVELS = _Levels()  # a header's level text -> the record's level
# The characters each separator can start with (none: the next slot's).
_SEP_FIRST = {"dash": " \t", "pipe": " \t|", "comma": ",", "colon": ":", "pad": " \t", "sp": " \t", "slash": "/"}
_LOOKAROUND = re.compile(r"\(\?([=!])((?:[^()\\]|\\.)*)\)")
# A time's fraction, zeroed before counting (the same second, fewer distinct texts).
_TIME_PARTS = r"^(?P<a>.*?[0-9]{2}:[0-9]{2}:[0-9]{2})(?P<f>[.,][0-9]+)?(?P<b>.*)$"


def _first_chars(fragment: str) -> str | None:
    """The characters a slot's regex can start with, where that is plain to see."""
    body = re.sub(r"^\(\?P<\w+>", "", fragment)
    if body.startswith(r"\d"):
        return "0123456789"  # (the kernel's regexes run on ASCII lines only)
    if body.startswith(r"\["):
        return "["
    return None


def _follow(rest: str, sep: str, after: str | None) -> str | None:
    """What can follow a lookaround whose fragment goes on with `rest`."""
    depth = 0
    if rest.startswith("|"):  # the end of an alternative: what follows the group
        for at, char in enumerate(rest):
            depth += {"(": 1, ")": -1}.get(char, 0)
            if depth < 0:
                rest = rest[at:]
                break
    rest = rest.lstrip(")")
    if rest.startswith(r"\]"):
        return "]"
    if rest in (f"(?:{SEPARATORS[sep]})", f"(?:{SEPARATORS[sep]}))?"):  # (an optional slot's group)
        return _SEP_FIRST.get(sep, after if sep == "none" else None)
    return None


def _without_lookarounds(fragment: str, sep: str, after: str | None) -> str | None:
    while (found := _LOOKAROUND.search(fragment)) is not None:
        follow = _follow(fragment[found.end() :], sep, after)
        check = re.compile(f"(?{found[1]}{found[2]})")
        if not follow or not all(check.match(c) for c in follow):
            return None
        fragment = fragment[: found.start()] + fragment[found.end() :]
    return fragment


@cache
def kernel_header(layout: Layout, slots: int | None = None) -> str | None:
    """The layout's header regex for RE2 on ASCII lines (groups `s0`, `s1x`... as in layout.py), or
    None; with `slots`, only its first slots'."""
    fragments = [slot_regex(kind, sep, f"s{i}") for i, (kind, sep) in enumerate(layout)]
    parts = []
    for i, (fragment, (_, sep)) in enumerate(zip(fragments, layout, strict=True)):
        after = _first_chars(fragments[i + 1]) if i + 1 < len(fragments) else None
        part = _without_lookarounds(fragment, sep, after)
        if part is None:
            return None
        parts.append(part)
    return to_re2("^" + "".join(parts[:slots]))


def _groups(compiled: CompiledLayout, fields: Sequence[str]) -> dict[str, str] | None:
    """The header group each counted field is read from (service: the component, and the
    thread, whose `Name@123` names the service of a record without a component)."""
    by_role = {role.role: role.group for role in compiled.roles}
    if not set(fields) <= {"level", "host", "service", SECOND}:
        return None
    wanted = {"level": "level", "host": "host", SECOND: "time", "service": "component", "thread": "thread"}
    # (a component slot never matches empty text: the thread names the service only without one)
    names = [*fields, "thread"] if "service" in fields and "component" not in by_role else fields
    return {name: by_role[wanted[name]] for name in names if wanted[name] in by_role}


def _records_are_headers(lines: Any, starts: Any) -> bool:
    """Whether the block's records are its header lines (`starts`, Arrow booleans), each with
    the lines up to the next."""
    import pyarrow as pa
    import pyarrow.compute as pc

    first = pc.indices_nonzero(starts).cast(pa.int64())
    if not len(first) or first[0].as_py() != 0:
        return False
    stop = pa.concat_arrays([first[1:], int64_array([len(lines)])])
    offsets = pa.Array.from_buffers(pa.int64(), len(lines) + 1, [None, lines.buffers()[1]], offset=lines.offset)
    count = pc.subtract(stop, first)
    size = pc.add(pc.subtract(pc.take(offsets, stop), pc.take(offsets, first)), count)
    return pc.max(count).as_py() <= MAX_RECORD_LINES and pc.max(size).as_py() <= MAX_RECORD_CHARS


class _Headers(NamedTuple):
    """A block's lines and which of them are headers, found on the kernel where it applies."""

    compiled: CompiledLayout
    groups: dict[str, str]  # field -> the group it is read from
    names: list[str]  # the groups read
    lines: Any  # the block's lines (Arrow)
    ascii_headers: Any  # the ASCII header lines (Arrow booleans)
    others: list[tuple[int, re.Match[str]]]  # the other header lines: index, match of the layout's regex
    starts: Any  # every header line (Arrow booleans)


def _headers(layout: Layout, block: bytes, fields: Sequence[str]) -> _Headers | None:
    """The block's headers: ASCII lines matched on RE2, the others with the layout's own regex;
    None when the kernel does not apply (see the module's docstring)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    compiled = compile_layout(layout)
    header = kernel_header(compiled.layout) if not compiled.next_line_level else None
    groups = _groups(compiled, fields) if header is not None else None
    lines = block_lines(block) if groups is not None else None
    if header is None or groups is None or lines is None or len(lines) < MIN_KERNEL_LINES:
        return None
    ascii_lines = ascii_mask(lines)
    ascii_headers = pc.and_(ascii_lines, pc.match_substring_regex(lines, re.sub(r"\(\?P<\w+>", "(?:", header)))
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
    if not _records_are_headers(lines, starts):
        return None
    names = list(dict.fromkeys(groups.values()))
    return _Headers(compiled, groups, names, lines, ascii_headers, others, starts)


def _ascii_columns(found: _Headers) -> list[Any]:
    """The ASCII header lines' groups (a time: its parts, the fraction's digits zeroed)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    header = kernel_header(found.compiled.layout, read_slots(found.compiled.layout, found.names))
    named = re.sub(r"\(\?P<(\w+)>", lambda m: m[0] if m[1] in found.names else "(?:", header)
    groups = pc.extract_regex(found.lines.filter(found.ascii_headers), named)
    columns = [pc.struct_field(groups, [groups.type.get_field_index(name)]) for name in found.names]
    time = found.groups.get(SECOND)
    if time is not None:
        at = found.names.index(time)
        parts = pc.extract_regex(columns[at], _TIME_PARTS)
        no_text = pa.nulls(1, columns[at].type)[0]
        columns[at] = pc.if_else(parts.is_valid(), no_text, columns[at])  # the text where it has no parts
        fraction = pc.struct_field(parts, [1])
        columns += [pc.struct_field(parts, [0]), pc.utf8_slice_codeunits(fraction, 0, 1), pc.utf8_length(fraction)]
        columns.append(pc.struct_field(parts, [2]))
    return columns


def _other_values(found: _Headers, match: re.Match[str]) -> tuple[Any, ...]:
    """A non-ASCII header line's group texts, as `_ascii_columns` gives an ASCII line's."""
    return (*(match[name] for name in found.names), *((None,) * 4 if SECOND in found.groups else ()))


def count_plain(
    layout: Layout, block: bytes, fields: Sequence[str], default_service: str | None
) -> tuple[Batch, Counter] | None:
    """The block's records counted by `fields` on the kernel; None where it does not apply."""
    found = _headers(layout, block, fields)
    if found is None:
        return None
    compiled, groups, names = found.compiled, found.groups, found.names
    counts: Counter = Counter()
    if names:
        for values, n in group_counts(_ascii_columns(found)):
            counts[_key(compiled, fields, groups, names, values, default_service)] += n
    elif found.ascii_headers.true_count:  # nothing read from the header: every record has the same key
        counts[_key(compiled, fields, groups, names, (), default_service)] = found.ascii_headers.true_count
    for _, match in found.others:
        counts[_key(compiled, fields, groups, names, _other_values(found, match), default_service)] += 1
    return Batch(columns={}, records=found.starts.true_count, lines=count_lines(block)), counts


def parse_plain(layout: Layout, block: bytes, fields: Sequence[str], default_service: str | None) -> Batch | None:
    """The block's records as columns of `fields` (service, level, host: read on the kernel; text
    and raw: the record's lines) where the kernel applies, else None."""
    keyed = [name for name in fields if name in ("service", "level", "host")]
    if not fields or len(keyed) + sum(name in ("text", "raw") for name in fields) != len(fields):
        return None
    found = _headers(layout, block, keyed)
    if found is None:
        return None
    import pyarrow.compute as pc

    starts = pc.indices_nonzero(found.starts).to_pylist()
    by_line: list[Any] = [None] * len(found.starts)
    key = partial(_key, found.compiled, keyed, found.groups, found.names)
    if found.names:
        distinct, codes = group_rows(_ascii_columns(found))
        keys = [key(values, default_service) for values in distinct]
        for at, code in zip(pc.indices_nonzero(found.ascii_headers).to_pylist(), codes.to_pylist(), strict=True):
            by_line[at] = keys[code]
    else:
        by_line = [key((), default_service)] * len(found.starts)
    for at, match in found.others:
        by_line[at] = key(_other_values(found, match), default_service)
    rows = [by_line[at] for at in starts]
    columns = {name: [row[j] for row in rows] for j, name in enumerate(keyed)}
    if len(keyed) < len(fields):
        texts = _record_texts(found.lines.to_pylist(), starts)  # (the non-ASCII lines decoded in _headers)
        columns.update((name, texts) for name in fields if name in ("text", "raw"))
    return Batch(columns={name: columns[name] for name in fields}, records=len(starts), lines=count_lines(block))


def _record_texts(lines: list[str], starts: list[int]) -> list[str]:
    """Each record's text: its header line, or its lines joined (trailing blank lines left out)."""
    stops = [*starts[1:], len(lines)]
    return [
        lines[start] if stop - start == 1 else record_text(lines[start:stop])[0]
        for start, stop in zip(starts, stops, strict=True)
    ]


def _key(
    compiled: CompiledLayout,
    fields: Sequence[str],
    groups: dict[str, str],
    names: list[str],
    values: tuple[Any, ...],
    default_service: str | None,
) -> tuple[Any, ...]:
    """A distinct row's key, as `PlainTextFormat._record` reads the same header."""
    text = {name: values[i] for i, name in enumerate(names)}
    key = []
    for field in fields:
        value = text.get(groups.get(field, ""), "")
        if field == "level":
            key.append(LEVELS[value] if value else DEFAULT_LEVEL)
        elif field == "host":
            key.append(value or None)
        elif field == "service":
            key.append(value or thread_component(text.get(groups.get("thread", ""))) or default_service)
        elif field not in groups:  # SECOND of a layout without a time
            key.append(None)
        else:  # SECOND
            head, mark, length, tail = values[len(names) :]
            if head is not None:
                value = head + mark + "0" * (length - 1) + tail
            key.append(compiled.timestamp(value) if value else None)
    return tuple(key)
