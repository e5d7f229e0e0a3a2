"""Columnar kernels for text formats: a block of lines as one Arrow string array (no Python object
per line), fields pulled out with RE2 (pyarrow.compute), and group-bys counted in Arrow, so
that Python sees only the few distinct keys.

Exactness against the line-by-line path rests on three rules:

- The lines are `base.split_block`'s: a byte order mark at the block's start left out, one CR
  before each LF (and at the very end) dropped, only LF separating lines. A block with a line
  that is not valid UTF-8 is not read here (its callers take the line-by-line path).
- RE2 runs on ASCII lines only, with regexes that match there exactly as Python's do (`to_re2`):
  Python's Unicode `\\s`, `\\d`, `\\w` become the ASCII characters `re` itself puts in them
  (RE2's own `\\s` lacks `\\v` and 0x1C-0x1F), IGNORECASE folds only ASCII letters there,
  possessive quantifiers lose their `+` (only where the pattern's author kept them
  match-preserving: runs taken whole); lookarounds and backreferences do not translate (None:
  the caller keeps its Python path). Lines with other characters take the Python path.
- Lines the kernel's regex does not fit are handed back to the caller, which parses them on its
  line-by-line path: the kernel never guesses.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from itertools import count, repeat
from operator import add, sub
from typing import Any

from ..native import count_rows
from .base import BOM
from .group_dfa import extract_regex, with_rows

MIN_KERNEL_LINES = 64  # fewer lines than this: the per-call overhead outweighs the gain
FAST_SAMPLE = 16  # lines a fast regex is tried on before a block's (extract_groups)


@cache
def _ascii_classes() -> dict[str, str]:
    """Python re's `\\s`, `\\d`, `\\w` (Unicode classes, for str patterns) restricted to ASCII,
    as RE2 class bodies: the characters `re` itself matches among the first 128."""
    return {
        letter: "".join(rf"\x{{{ord(c):02x}}}" for c in map(chr, range(128)) if re.match(f"\\{letter}", c))
        for letter in "sdw"
    }


_UNSUPPORTED = re.compile(r"\(\?[=!<>]|\(\?P=|\\[1-9bBAZ]")
_TOKEN = re.compile(r"\\.|\[\^?|[*+?}]\+|.", re.DOTALL)


def to_re2(pattern: str) -> str | None:
    """`pattern` (Python `re` syntax) for RE2 with the same matches on ASCII text, or None when it
    has a construct that does not translate (lookarounds, backreferences, `\\b`, `\\A`, `\\Z`, a
    negated class escape inside a class). On ASCII text Python's Unicode `\\s`, `\\d`, `\\w` are
    their ASCII members (RE2's `\\s` lacks `\\v` and the separators 0x1C-0x1F: written out), and
    IGNORECASE folds only ASCII letters (its other folds, `K` to the Kelvin sign, are not ASCII)."""
    if _UNSUPPORTED.search(pattern.replace("\\\\", "")):
        return None
    classes = _ascii_classes()
    out: list[str] = []
    in_class = class_empty = False
    for token in _TOKEN.findall(pattern):
        letter = token[1:] if token[:1] == "\\" else ""
        if in_class and token == "]" and not class_empty:
            in_class = False
        elif token[0] in "*+?}" and token.endswith("+") and len(token) == 2 and not in_class:
            token = token[0]  # possessive -> greedy
        elif letter.lower() in classes:
            negated = letter.isupper()
            if in_class and negated:
                return None
            body = classes[letter.lower()]
            token = body if in_class else f"[{'^' if negated else ''}{body}]"
        elif token in ("[", "[^") and not in_class:
            in_class, class_empty = True, True
            out.append(token)
            continue
        class_empty = False
        out.append(token)
    return "".join(out)


class NotUtf8(ValueError):
    """A line a kernel hands to Python is not valid UTF-8: the block takes the line-by-line path."""


def block_text(block: bytes) -> bytes:
    """The block's lines as `split_block` gives them, joined by single newlines (undecoded)."""
    if block.startswith(BOM):
        block = block[len(BOM) :]
    if block.endswith(b"\n"):
        block = block[:-1]
    if b"\r" in block:  # one CR before each line's end dropped
        block = block.replace(b"\r\n", b"\n")
        if block.endswith(b"\r"):
            block = block[:-1]
    return block


def whole_text(data: bytes, start: int = 0, end: int | None = None) -> Any:
    """`data[start:end]` as a one-string pyarrow LargeStringArray on the bytes' own buffer (no copy)."""
    import pyarrow as pa

    offsets = array("q", [start, len(data) if end is None else end])
    return pa.LargeStringArray.from_buffers(1, pa.py_buffer(offsets), pa.py_buffer(data))


def block_lines(block: bytes) -> Any:
    """The block's lines as `split_block` gives them, as a pyarrow LargeStringArray (one split in
    C++, no Python object per line). Not checked for UTF-8 here: the kernels run RE2 on ASCII
    lines only, and `python_lines` decodes the others strictly."""
    import pyarrow as pa
    import pyarrow.compute as pc

    # (without CRs, the text is a slice of the block: offsets into its buffer, no copy)
    start, end = len(BOM) if block.startswith(BOM) else 0, len(block) - block.endswith(b"\n")
    if b"\r" in block:
        block, start = block_text(block), 0
        end = len(block)
    if start >= end:
        return pa.LargeStringArray.from_buffers(0, pa.py_buffer(array("q", [0])), pa.py_buffer(b""))
    return pc.split_pattern(whole_text(block, start, end), "\n").values


def line_starts(block: bytes, base: int = 0) -> list[int] | None:
    """`base.line_offsets(block, base)` from `block_lines`' one split in C++ (no bytes object per
    line, as Python's split makes), where the block has no CR, no byte order mark and two bytes or
    more (a lone newline is a line there, none here); else None."""
    if len(block) < 2 or b"\r" in block or block.startswith(BOM):
        return None
    lines = block_lines(block)
    starts = memoryview(lines.buffers()[1]).cast("q")[lines.offset : lines.offset + len(lines)].tolist()
    if starts and starts[0]:  # (each line's start in the text without its newlines: its index adds them back)
        starts = list(map(sub, starts, repeat(starts[0])))
    return list(map(add, starts, count(base)))


def int64_array(values: Sequence[int]) -> Any:
    """An Arrow int64 array built on a buffer: `pa.array` of Python values would have pyarrow
    import pandas when it is installed (0.5 s in each worker)."""
    import pyarrow as pa

    return pa.Array.from_buffers(pa.int64(), len(values), [None, pa.py_buffer(array("q", values))])


def python_lines(lines: Any) -> list[str]:
    """The lines as Python strings, decoded strictly (NotUtf8 otherwise)."""
    import pyarrow as pa

    try:
        return [line.decode("utf-8") for line in lines.cast(pa.large_binary()).to_pylist()]
    except UnicodeDecodeError as error:
        raise NotUtf8(str(error)) from None


def ascii_mask(lines: Any) -> Any:
    """Which lines are all ASCII (the kernels' regexes are exact there; the others take Python)."""
    import pyarrow.compute as pc

    return pc.string_is_ascii(lines)


def rows_of(lines: Any, mask: Any) -> list[str]:
    """The lines where `mask` holds, as Python strings (the few a kernel hands back)."""
    return python_lines(lines.filter(mask))


def extract_groups(lines: Any, head: str, fast: str | None = None) -> Any:
    """The groups of `head` on lines it matches (Arrow structs): read with `fast`, a regex with
    the same groups on every line it matches, in fewer steps, where it fits the first lines;
    then the lines it does not match (a syslog tag with a space) with `head`, those alone."""

    if fast is not None and not extract_regex(lines[:FAST_SAMPLE], fast).null_count:
        groups = extract_regex(lines, fast)
        if not groups.null_count:
            return groups
        return _read_missed(groups, lines, head)
    return extract_regex(lines, head)


def _read_missed(groups: Any, lines: Any, head: str) -> Any:
    """`groups` (the fast regex's) with its null rows read by `head`, put in their places; the
    whole block read by `head` where their groups differ (a time the fast regex splits at its fraction)."""

    if extract_regex(lines[:0], head).type != groups.type:  # (their groups, with no line read)
        return extract_regex(lines, head)
    missed = groups.is_null()
    return with_rows(groups, missed, extract_regex(lines.filter(missed), head))  # (null: neither regex matched)


def after_match(lines: Any, regex: str) -> Any | None:
    """The text after the match of `regex` (anchored, no groups) on each of these ASCII lines
    (Arrow), or None where one has none. The match is cut by RE2's replace, which asks for no
    group: its DFA alone finds where a match ends (an extract's group takes the slower matcher
    that tracks groups, 4 times the time)."""
    import pyarrow.compute as pc

    rest = pc.replace_substring_regex(lines, "^(?:" + regex.removeprefix("^") + ")", "")
    # (a line left whole had no match, or an empty one: not read here either way)
    return rest if not pc.less(pc.binary_length(rest), pc.binary_length(lines)).false_count else None


def group_rows(columns: Sequence[Any]) -> tuple[list[tuple[Any, ...]], Any]:
    """The distinct rows of equally long Arrow arrays (nulls included), and each row's index
    among them (an Arrow int array)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    codes, steps = None, []
    for column in columns:
        found = pc.dictionary_encode(column, null_encoding="encode")
        size = len(found.dictionary)
        indices = found.indices.cast(pa.int64())
        combined = indices if codes is None else pc.add(pc.multiply(codes, int64_array([size])[0]), indices)
        # dense codes of the rows' values so far: never more than the rows, so never overflowing
        dense = pc.dictionary_encode(combined)
        steps.append((found.dictionary, int64_array([size])[0], dense.dictionary))
        codes = dense.indices.cast(pa.int64())
    if codes is None:
        return [], None
    # each distinct row's values, from the last column back, in Arrow: a combined code is the
    # code of the row's values before it times the column's size, plus its value's index
    combined, values = steps[-1][2], []
    for k in range(len(steps) - 1, 0, -1):
        dictionary, size, _ = steps[k]
        before = pc.divide(combined, size)  # (integers: the quotient)
        values.append(dictionary.take(pc.subtract(combined, pc.multiply(before, size))).to_pylist())
        combined = steps[k - 1][2].take(before)
    values.append(steps[0][0].take(combined).to_pylist())
    return list(zip(*reversed(values), strict=True)), codes


def group_counts(columns: Sequence[Any]) -> Iterator[tuple[tuple[Any, ...], int]]:
    """(values, count) for each distinct row of equally long Arrow arrays (nulls included): the
    rows' codes (group_rows) counted by Arrow's value_counts. (Not a Table.group_by: that loads
    Arrow's query engine, whose dataset module imports pandas where it is installed: 0.19 s in
    each worker's first task.)"""
    import pyarrow.compute as pc

    if not columns or not len(columns[0]):
        return
    counted = _counted_in_c(columns)
    if counted is not None:
        yield from counted
        return
    rows, codes = group_rows(columns)
    counted = pc.value_counts(codes)
    for code, n in zip(counted.field("values").to_pylist(), counted.field("counts").to_pylist(), strict=True):
        yield rows[code], n


def _counted_in_c(columns: Sequence[Any]) -> list[tuple[tuple[Any, ...], int]] | None:
    """group_counts' rows and counts, counted in C (key_counts.c's `count_rows`) where the columns
    are Arrow strings; None otherwise."""
    import pyarrow as pa

    if count_rows is None or len(columns) > 16:
        return None
    given = []
    for column in columns:
        wide = isinstance(column, pa.Array) and pa.types.is_large_string(column.type)
        if not wide and not (isinstance(column, pa.Array) and pa.types.is_string(column.type)):
            return None
        validity, offsets, data = column.buffers()
        given.append((column.offset, validity, offsets, data or b"", wide))
    return count_rows(len(columns[0]), given)


def named_groups_only(pattern: str, keep: Sequence[str]) -> str:
    """The pattern with only the `keep` groups named (the others made non-capturing)."""
    return re.sub(r"\(\?P<(\w+)>", lambda found: found[0] if found[1] in keep else "(?:", pattern)


#: How a kernel reads a field: the groups it needs, and its value from their texts and the default service.
KernelField = tuple[tuple[str, ...], Callable[..., Any]]


def kernel_reader(
    spec: dict[str, KernelField], fields: Sequence[str], default_service: str | None
) -> tuple[tuple[str, ...], Callable[[tuple[Any, ...]], tuple[Any, ...]]]:
    """The groups a kernel extracts for `fields`, and how a row of their texts becomes a key."""
    groups = tuple(dict.fromkeys(group for name in fields for group in spec[name][0]))
    reads = [([groups.index(group) for group in spec[name][0]], spec[name][1]) for name in fields]

    def read(values: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(value(*(values[i] for i in at), default_service) for at, value in reads)

    return groups, read
