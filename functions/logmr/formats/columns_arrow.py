"""An access log of named columns read into Arrow arrays for a job's `map_arrow` (http's status,
method, path, latency and bytes; wordcount's message), where its request is one quoted column (a
load balancer's or Envoy's) and every line is ASCII and fits the layout's regex: the head's groups
extracted on RE2, each field computed from them in Arrow as columns_readers.py's reader computes
it from a line's texts (the latency, a sum of floats, by that very reader, once per distinct
texts). Any other block is left to `parse_block` (None).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from .access_kernel import method_and_path
from .base import Batch
from .columnar import MIN_KERNEL_LINES, KernelField, block_lines, kernel_reader
from .columns_layouts import QUOTED
from .columns_readers import ABSOLUTE
from .group_dfa import extract_regex, match_regex

#: The fields given as Arrow arrays.
ARROW_FIELDS = frozenset(("message", "status", "method", "path", "bytes", "latency_ms"))


def columns_arrays(
    block: bytes,
    spec: dict[str, KernelField],
    regexes: Callable[[tuple[str, ...]], tuple[str, str] | None],
    fields: Sequence[str],
) -> Batch | None:
    """The block's `fields` as Arrow arrays (`spec`: each field's groups and reader, its request
    one quoted column; `regexes(groups)`: the layout's regex without groups, its head with them)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if not fields or not set(fields) <= ARROW_FIELDS or not block.isascii():
        return None
    groups = kernel_reader(spec, fields, None)[0]
    found = regexes(groups)
    lines = block_lines(block) if found is not None else None
    if found is None or lines is None or len(lines) < MIN_KERNEL_LINES:
        return None
    if not pc.all(match_regex(lines, found[0])).as_py():
        return None
    hits = _strict_hits(lines, found[1]) or extract_regex(lines, found[1])
    text = {group: hits.field(hits.type.get_field_index(group)) for group in groups}
    arrays: dict[str, Any] = {}
    try:
        for name in fields:
            names, read = spec[name]
            if name in ("message", "method", "path"):  # (the request: quoted, its quotes sliced off)
                arrays[name] = _request(pc.utf8_slice_codeunits(text[names[0]], 1, -1), name)
            elif name in ("status", "bytes"):
                arrays[name] = _number(text[names[0]], status=name == "status")
            else:  # (several columns' texts joined by a newline, which no line holds)
                texts = [text[group] for group in names]
                newline = pa.scalar("\n", pa.large_string())
                joined = texts[0] if len(texts) == 1 else pc.binary_join_element_wise(*texts, newline)
                coded = pc.dictionary_encode(joined)
                values = [read(*part.split("\n"), None) for part in coded.dictionary.to_pylist()]
                arrays[name] = pa.array(values, pa.float64()).take(coded.indices)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):  # (a number past 64 bits: Python's int)
        return None
    return Batch(columns=arrays, records=len(lines), lines=len(lines), arrow=True)  # (every line matched)


# A quoted column read strictly: no quote inside but an escaped one. RE2 runs this one-pass (a third
# of QUOTED's time: QUOTED takes a raw quote that a non-blank follows, and its closing quotes greedily).
_STRICT = r'"[^"\\]*(?:\\.[^"\\]*)*"'
_ONE_PASS_GROUPS = 4  # (RE2 extracts at most this many groups on its one-pass matcher)
_AFTER = "(?P<zafter>.?)"  # (the character after the head: what QUOTED would have gone on with)


def _strict_hits(lines: Any, head: str) -> Any:
    """The head's groups with its quoted columns read strictly, where every line's are what QUOTED
    reads: each line matched, and after the head (whose end a quoted column may be) a blank, a
    backslash or nothing, where QUOTED stops too. Else None (the caller reads them with QUOTED)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if QUOTED not in head or head.count("(?P<") + 1 > _ONE_PASS_GROUPS:  # (past RE2's one-pass: no gain)
        return None
    hits = extract_regex(lines, head.replace(QUOTED, _STRICT) + _AFTER)
    if hits.null_count or not pc.all(pc.is_in(hits.field("zafter"), pa.array(["", " ", "\\"]))).as_py():
        return None
    return hits


def _number(texts: Any, status: bool) -> Any:
    """`_status` (100 to 599, else none) or `_number` (digits; `-` 0; else none) in Arrow."""
    import pyarrow as pa
    import pyarrow.compute as pc

    digits = pc.utf8_is_digit(texts)
    numbers = pc.cast(pc.if_else(digits, texts, pa.scalar(None, texts.type)), pa.int64())
    if status:
        within = pc.and_(pc.greater_equal(numbers, 100), pc.less_equal(numbers, 599))
        return pc.if_else(within, numbers, pa.scalar(None, pa.int64()))
    dash = pc.if_else(pc.equal(texts, "-"), pa.scalar(0, pa.int64()), pa.scalar(None, pa.int64()))
    return pc.if_else(digits, numbers, dash)


def _request(requests: Any, name: str) -> Any:
    """A request line's message (itself), method or path, as `_request` reads them: the access
    kernel's split (none past three parts), none where the first part is empty or `-` either; a
    URL's scheme and authority made `/`."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if name == "message":
        return requests
    coded = pc.dictionary_encode(requests)  # (each distinct request split once)
    method, path = method_and_path(coded.dictionary)
    kind = method.type
    valid = pc.invert(pc.is_in(method, pa.array(["", "-"], kind)))
    if name == "method":
        values = pc.if_else(valid, method, pa.scalar(None, kind))
    else:
        path = pc.replace_substring_regex(path, f"^{ABSOLUTE.pattern}/?", "/", max_replacements=1)
        values = pc.if_else(valid, path, pa.scalar(None, kind))
    return pa.DictionaryArray.from_arrays(coded.indices, values)
