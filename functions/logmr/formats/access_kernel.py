"""An access log block's columns read on RE2 (formats/columnar.py): the lines matched and their
groups extracted in Arrow, the request split there, each distinct request-time suffix read
once; Python sees only the finished columns.

It takes a block only where `AccessLogFormat.parse_block`'s one scan would: every line that is
not blank an access log line, and here every line ASCII too (RE2's classes are Python's there),
so that the columns are that scan's; any other block is left to it (None).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from .base import Batch, count_lines
from .columnar import MIN_KERNEL_LINES, block_lines, named_groups_only, to_re2
from .record import level_from_status

#: The fields read here (those of the one scan but the message's and time's text: they are groups too).
KERNEL_FIELDS = frozenset({"message", "level", "service", "host", "timestamp", "status", "method", "path"})
KERNEL_FIELDS |= {"bytes", "latency_ms"}
_GROUPS = ("time", "request", "status", "bytes", "extra")


@cache
def _regexes(pattern: str) -> tuple[str, str, str, str] | None:
    """For RE2, or None: the access regex without groups; the part before the referer with the
    groups read; the regex with the referer and agent there and no quote after them; the regex
    with the groups read."""

    def groups(text: str, keep: tuple[str, ...] = ()) -> str | None:
        return to_re2(named_groups_only(text, keep))

    quoted = pattern.index('(?: "(?P<referer>')
    both = pattern[quoted : pattern.index("(?P<extra>")].removesuffix("?")
    found = groups(pattern), groups(pattern[:quoted], _GROUPS), groups(pattern[:quoted] + both + '(?: [^"]*)?$')
    found += (groups(pattern, _GROUPS),)
    return None if None in found else found  # type: ignore[return-value]


def access_columns(
    block: bytes, pattern: str, fields: Sequence[str], latency: Callable[[str], float | None], default: str | None
) -> Batch | None:
    """The block's columns of `fields` as the one scan gives them (`pattern`: the access regex,
    `latency`: a request time from the text after the known fields), or None."""
    import pyarrow.compute as pc

    regexes = _regexes(pattern)
    lines = block_lines(block) if regexes is not None and set(fields) <= KERNEL_FIELDS else None
    if (
        regexes is None
        or lines is None
        or len(lines) < MIN_KERNEL_LINES
        or not pc.all(pc.string_is_ascii(lines)).as_py()
    ):
        return None
    blank = pc.match_substring_regex(lines, to_re2(r"^\s*$"))
    if not pc.all(pc.or_(blank, pc.match_substring_regex(lines, regexes[0]))).as_py():
        return None
    lines = lines.filter(pc.invert(blank))
    if pc.all(pc.match_substring_regex(lines, regexes[2])).as_py():
        # The referer and the agent end where their regex says (a quote ends each), and no
        # quote follows: the text after the line's last quote is what follows them.
        found = pc.extract_regex(lines, regexes[1])
        after = pc.list_element(pc.split_pattern(lines, '"', max_splits=1, reverse=True), 1)
    else:
        found = pc.extract_regex(lines, regexes[3])
        after = found.field("extra")
    group = {name: found.field(name) for name in _GROUPS[:-1]} | {"extra": after}
    try:
        columns = _columns(fields, group, latency, default)
    except (ValueError, OverflowError):  # (a byte count past 64 bits: the scan reads it as Python's int)
        return None
    return Batch(columns={name: columns[name] for name in fields}, records=len(lines), lines=count_lines(block))


def _columns(
    fields: Sequence[str], group: dict[str, Any], latency: Callable[[str], float | None], default: str | None
) -> dict[str, list[Any]]:
    import pyarrow as pa
    import pyarrow.compute as pc

    rows = len(group["status"])
    columns: dict[str, list[Any]] = {}
    if "method" in fields or "path" in fields:  # `_method_and_path`: no method nor path past three parts
        text = pa.large_string()  # (a last empty part added: every request has a second part)
        parts = pc.split_pattern(
            pc.binary_join_element_wise(group["request"], pa.scalar("", text), pa.scalar(" ", text)), " "
        )
        count = pc.subtract(pc.list_value_length(parts), 1)
        nothing = pa.nulls(rows, pa.large_string())
        columns["method"] = pc.if_else(pc.less_equal(count, 3), pc.list_element(parts, 0), nothing).to_pylist()
        has_path = pc.and_(pc.greater(count, 1), pc.less_equal(count, 3))
        columns["path"] = pc.if_else(has_path, pc.list_element(parts, 1), nothing).to_pylist()
    status = group["status"].cast(pa.int64())
    for name in fields:
        if name in ("status", "level"):
            columns["status"] = status.to_pylist()
        if name == "level":
            columns[name] = list(map(level_from_status, columns["status"]))
        elif name == "bytes":
            sizes = pc.if_else(pc.equal(group["bytes"], "-"), pa.scalar("0", pa.large_string()), group["bytes"])
            columns[name] = sizes.cast(pa.int64()).to_pylist()
        elif name == "latency_ms":
            extra = pc.dictionary_encode(group["extra"])
            values = [latency(text) for text in extra.dictionary.to_pylist()]
            columns[name] = list(map(values.__getitem__, extra.indices.to_pylist()))
        elif name in ("message", "timestamp"):
            columns[name] = group["request" if name == "message" else "time"].to_pylist()
        elif name in ("service", "host"):  # access logs name the client, not the host
            columns[name] = [default if name == "service" else None] * rows
    return columns
