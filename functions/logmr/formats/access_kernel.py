"""An access log block's columns read on RE2 (formats/columnar.py): the lines matched and their
groups extracted in Arrow (or the whole block matched at once and cut at its quotes), each
distinct request split there once, each distinct request-time suffix read once; Python sees
only the finished columns.

It takes a block only where `AccessLogFormat.parse_block`'s one scan would: every line that is
not blank an access log line, and here every line ASCII too (RE2's classes are Python's there),
so that the columns are that scan's; any other block is left to it (None).
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from ..native import quoted_columns
from .base import Batch
from .columnar import MIN_KERNEL_LINES, block_lines, named_groups_only, to_re2, whole_text
from .group_dfa import extract_regex, match_regex
from .record import level_from_status

#: The fields read here (those of the one scan but the message's and time's text: they are groups too).
KERNEL_FIELDS = frozenset({"message", "level", "service", "host", "timestamp", "status", "method", "path"})
KERNEL_FIELDS |= {"bytes", "latency_ms"}
#: Those given as Arrow arrays (`access_arrays`).
ARROW_FIELDS = KERNEL_FIELDS - {"level", "service", "host"}
_GROUPS = ("time", "request", "status", "bytes", "extra")


@cache
def _regexes(pattern: str) -> tuple[str, str, str, str, str] | None:
    """For RE2, or None: the regex with the referer and agent there and no quote after them, with
    the groups read; the access regex without groups; the access regex with the groups read; the
    first one without groups, its parts but the quotes matching no quote (`_by_quotes`); that one
    over a whole block, each of its lines, no part crossing a newline (`_by_block`)."""

    def groups(text: str, keep: tuple[str, ...] = ()) -> str | None:
        return to_re2(named_groups_only(text, keep))

    quoted = pattern.index('(?: "(?P<referer>')
    both = pattern[quoted : pattern.index("(?P<extra>")].removesuffix("?")
    shape = pattern[:quoted] + both + '(?: [^"]*)?$'
    quotes_apart = shape.replace(r"\S+", r'[^\s"]+').replace(r"[^\]]+", r'[^\]"]+').replace(r"\\.", r'\\[^"]')
    line = quotes_apart.removeprefix("^").removesuffix("$")  # (`[^\s"]` admits no newline already)
    line = line.replace(r'[^"]', r'[^"\n]').replace(r'[^"\\]', r'[^"\\\n]').replace(r'[^\]"]', r'[^\]"\n]')
    lines = f"^(?:{line}\\n)*{line}\\n?$"  # (RE2's `$`, not multi-line: the text's end)
    found = groups(shape, _GROUPS), groups(pattern), groups(pattern, _GROUPS), groups(quotes_apart), groups(lines)
    return None if None in found else found  # type: ignore[return-value]


def access_columns(
    block: bytes, pattern: str, fields: Sequence[str], latency: Callable[[str], float | None], default: str | None
) -> Batch | None:
    """The block's columns of `fields` as the one scan gives them (`pattern`: the access regex,
    `latency`: a request time from the text after the known fields), or None."""
    found = _groups(block, pattern, fields)
    if found is None:
        return None
    group, records, lines = found
    try:
        columns = _columns(fields, group, latency, default)
    except (ValueError, OverflowError):  # (a byte count past 64 bits: the scan reads it as Python's int)
        return None
    return Batch(columns={name: columns[name] for name in fields}, records=records, lines=lines)


def access_arrays(
    block: bytes, pattern: str, fields: Sequence[str], latency: Callable[[str], float | None]
) -> Batch | None:
    """`access_columns` as Arrow arrays (`Batch.arrow`), for the fields the kernel reads but level,
    service and host; latency_ms is null where the line gives none. None where the kernel does not
    take the block."""
    if not set(fields) <= ARROW_FIELDS:
        return None
    found = _groups(block, pattern, fields)
    if found is None:
        return None
    group, records, lines = found
    try:
        arrays = _arrays(fields, group, latency)
    except (ValueError, OverflowError):
        return None
    return Batch(columns={name: arrays[name] for name in fields}, records=records, lines=lines, arrow=True)


def _groups(block: bytes, pattern: str, fields: Sequence[str]) -> tuple[dict[str, Any], int, int] | None:
    """The groups of the block's non-blank lines (Arrow arrays), how many, and the block's lines,
    where the kernel takes it."""
    import pyarrow.compute as pc

    regexes = _regexes(pattern)
    if regexes is None or not set(fields) <= KERNEL_FIELDS:
        return None
    whole = _by_block(block, regexes[4]) if "timestamp" not in fields else None
    if whole is not None:
        return whole, len(whole["request"]), len(whole["request"])
    lines = block_lines(block)
    total = len(lines)  # (the block's lines, as count_lines counts them: a kernel's block is no lone newline)
    if total < MIN_KERNEL_LINES or not (block.isascii() or pc.all(pc.string_is_ascii(lines)).as_py()):
        return None
    quoted = _by_quotes(lines, regexes[3]) if "timestamp" not in fields else None
    if quoted is not None:
        return quoted, total, total
    # Usually every line has the referer and the agent, each ended by a quote, and no quote after
    # them: the text after the line's last quote is what follows them (one regex pass).
    found = extract_regex(lines, regexes[0])
    blank = pc.match_substring_regex(lines, to_re2(r"^\s*$")) if found.null_count else None
    if blank is None or pc.all(pc.or_(blank, pc.is_valid(found))).as_py():
        if blank is not None:
            lines, found = lines.filter(pc.invert(blank)), found.filter(pc.invert(blank))
        after = pc.list_element(pc.split_pattern(lines, '"', max_splits=1, reverse=True), 1)
    else:  # every line an access log line (or blank), read by the whole regex
        if not pc.all(pc.or_(blank, match_regex(lines, regexes[1]))).as_py():
            return None
        lines = lines.filter(pc.invert(blank))
        found = extract_regex(lines, regexes[2])
        after = found.field("extra")
    return {name: found.field(name) for name in _GROUPS[:-1]} | {"extra": after}, len(lines), total


def _by_quotes(lines: Any, shape: str) -> dict[str, Any] | None:
    """The groups but the time, where every line has the referer and the agent and no quote but
    theirs and the request's: cut at the quotes, with no regex reading groups (RE2's DFA alone,
    a third of the time). `shape` (`_regexes`' fourth) is the access regex's shape with every part
    kept from matching a quote, so that a line it matches has six, each where the access regex
    reads one: between the request's closing quote and the referer's opening one is
    ` STATUS BYTES ` (`" (\\d{3}) (\\d+|-) "`), after the last one the extra text. Else None."""
    import pyarrow.compute as pc

    if not pc.all(match_regex(lines, shape)).as_py():
        return None
    parts = pc.split_pattern(lines, '"')
    return _quoted_groups(pc.list_element(parts, 1), pc.list_element(parts, 2), pc.list_element(parts, 6))


def _by_block(block: bytes, lines_shape: str) -> dict[str, Any] | None:
    """`_by_quotes` on the whole block at once, where it is ASCII without a CR (nor blank line):
    `lines_shape` (`_regexes`' last) matches the block where each line matches `_by_quotes`' shape,
    in one RE2 pass with no call per line; the block cut at its quotes then has six a line, the
    first part the first line's head, then each line's request, ` STATUS BYTES `, referer, ` `,
    agent, and its extra text with the newline and the next line's head after it. Else None."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if not block.isascii() or b"\r" in block:
        return None
    whole = whole_text(block)
    if not pc.match_substring_regex(whole, lines_shape)[0].as_py():
        return None
    if quoted_columns is not None:  # (cut in C: each line's four columns, no list of parts)
        return _cut_in_c(block)
    parts = pc.split_pattern(whole, '"').values
    rows = len(parts) // 6
    if rows < MIN_KERNEL_LINES:
        return None
    line = pa.FixedSizeListArray.from_arrays(parts.slice(1, 6 * rows), 6)
    after = pc.list_element(line, 5)
    ends = pc.min_max(pc.find_substring(after, "\n")).as_py()  # (-1: the last line, without its newline)
    if ends["min"] == ends["max"] and ends["min"] >= 0:  # (one length, as times written to the millisecond)
        extra = pc.utf8_slice_codeunits(after, 0, ends["min"])
    else:
        extra = pc.list_element(pc.split_pattern(after, "\n", max_splits=1), 0)
    return _quoted_groups(pc.list_element(line, 0), pc.list_element(line, 1), extra)


def _cut_in_c(block: bytes) -> dict[str, Any] | None:
    """`_by_block`'s groups cut by quote_cut.c (each line's request, status, bytes and extra text)."""
    import pyarrow as pa

    found = quoted_columns(block)
    rows = len(found[0][0]) // 8 - 1 if found is not None else 0
    if found is None or rows < MIN_KERNEL_LINES:
        return None
    columns = [pa.LargeStringArray.from_buffers(rows, pa.py_buffer(ends), pa.py_buffer(data)) for ends, data in found]
    return dict(zip(("request", "status", "bytes", "extra"), columns, strict=True)) | {"time": None}


def _quoted_groups(request: Any, between: Any, extra: Any) -> dict[str, Any]:
    """The groups from a line's parts between quotes: the request, ` STATUS BYTES ` and the extra text."""
    import pyarrow.compute as pc

    return {
        "time": None,
        "request": request,
        "status": pc.utf8_slice_codeunits(between, 1, 4),
        "bytes": pc.utf8_slice_codeunits(between, 5, -1),
        "extra": extra,
    }


def _arrays(fields: Sequence[str], group: dict[str, Any], latency: Callable[[str], float | None]) -> dict[str, Any]:
    """The fields' Arrow arrays (not level, service nor host)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    arrays: dict[str, Any] = {}
    if "method" in fields or "path" in fields:  # (each distinct request split once: its rows share its index)
        requests = pc.dictionary_encode(group["request"])
        for name, column in zip(("method", "path"), method_and_path(requests.dictionary), strict=True):
            arrays[name] = pa.DictionaryArray.from_arrays(requests.indices, column)
    for name in fields:
        if name == "status":
            arrays[name] = group["status"].cast(pa.int64())
        elif name == "bytes":
            sizes = pc.if_else(pc.equal(group["bytes"], "-"), pa.scalar("0", pa.large_string()), group["bytes"])
            arrays[name] = sizes.cast(pa.int64())
        elif name == "latency_ms":
            extra = pc.dictionary_encode(group["extra"])
            values = [latency(text) for text in extra.dictionary.to_pylist()]
            known = array("d", (math.nan if value is None else value for value in values))
            times = pa.Array.from_buffers(pa.float64(), len(values), [None, pa.py_buffer(known)])
            times = pc.if_else(pc.is_nan(times), pa.nulls(len(values), pa.float64()), times)
            arrays[name] = pc.take(times, extra.indices)
        elif name in ("message", "timestamp"):
            arrays[name] = group["request" if name == "message" else "time"]
    return arrays


def method_and_path(requests: Any) -> tuple[Any, Any]:
    """Each request's method and path, as `access._method_and_path` reads them: none past three
    parts, no path in one part."""
    import pyarrow as pa
    import pyarrow.compute as pc

    text = pa.large_string()  # (a last empty part added: every request has a second part)
    parts = pc.split_pattern(pc.binary_join_element_wise(requests, pa.scalar("", text), pa.scalar(" ", text)), " ")
    count = pc.subtract(pc.list_value_length(parts), 1)
    nothing = pa.nulls(len(requests), text)
    method = pc.if_else(pc.less_equal(count, 3), pc.list_element(parts, 0), nothing)
    has_path = pc.and_(pc.greater(count, 1), pc.less_equal(count, 3))
    return method, pc.if_else(has_path, pc.list_element(parts, 1), nothing)


def _columns(
    fields: Sequence[str], group: dict[str, Any], latency: Callable[[str], float | None], default: str | None
) -> dict[str, list[Any]]:
    rows = len(group["status"])
    arrays = _arrays([*fields, "status"] if "level" in fields else fields, group, latency)
    columns: dict[str, list[Any]] = {}
    for name in fields:
        if name == "level":
            columns[name] = list(map(level_from_status, arrays["status"].to_pylist()))
        elif name in ("service", "host"):  # access logs name the client, not the host
            columns[name] = [default if name == "service" else None] * rows
        else:
            columns[name] = arrays[name].to_pylist()
    return columns
