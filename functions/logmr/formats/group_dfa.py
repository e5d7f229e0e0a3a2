"""`pyarrow.compute.extract_regex`, `match_substring_regex` and (for a whole-text regex)
`replace_substring_regex` read in C (layer/native/group_dfa.c) where a regex's groups can be read
by a DFA: the same arrays, without RE2's per-line call, its capture engines and Arrow's builders;
any other regex, or a build without the kernel, goes to RE2 itself.

The regex becomes a Thompson NFA (regex_nfa.py), then a DFA by subset construction, each state
the NFA's threads in priority order as a Pike VM holds them (leftmost-first: RE2's and Python's
semantics). A regex anchored at the line's start (`^`) has a table where, at each byte, the
threads it leads to all set the same group bounds: then every thread of a state has the same
bounds, and the table tells them. Each entry holds the next state and the bounds set to that
byte's offset; each state whether the regex can stop there (with the bounds it sets then),
whether stopping wins over going on (a greedy loop goes on, and falls back to the last stop where
the line then fails), or whether it stops only at the line's end (`$`). One-pass regexes (RE2's
OnePass) are such regexes, and more: alternatives sharing a prefix within a group
(`(?P<level>error|err)`, a pid `[0-9]+|0x[0-9a-f]+`). Where two threads would set different
bounds at one byte (an optional group then a group that starts alike), past MAX_STATES states or
MAX_VISITS thread steps, RE2 reads the regex.

Characters past ASCII are one more class: a way that takes all of them (`.`, a negated class)
consumes a whole UTF-8 character (the kernel checks it is well formed); a class that holds only
some of them (`é`, and with `(?i)` K and s, which RE2 folds to U+212A and U+017F) makes the
kernel leave a line that reaches one there to RE2 (`bails`), as it does a malformed sequence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

from ..native import dfa_extract
from .regex_nfa import ALL, SOME, Nfa, Unsupported, after_start, ends_at_end, flags_taken, parse

MAX_GROUPS = 16  # (each group's two bounds: bits 32-63 of a table entry)
DEAD, BAIL = 0x1FFFFFFF, 0x1FFFFFFE  # an entry's next row: no way on; a line RE2 reads
CAN_STOP = 0x80000000
STOPS, STOP_WINS, STOPS_AT_END = 1, 2, 4  # (a row's stop: bits 0-2)
MAX_STATES = 2048
MAX_VISITS = 200_000  # (the NFA's nodes visited while states are made: past it, RE2)


class GroupDfa(NamedTuple):
    names: tuple[str, ...]  # the groups, in order
    classes: bytes  # each byte's class (every byte past ASCII: the last, width - 2)
    table: bytes  # uint64 rows of `width` entries (group_dfa.c)
    width: int


def _ways(nodes: list[Any], state: tuple[int, ...], budget: list[int]) -> tuple[list[tuple[int, int]], int, int]:
    """From a state's threads, by priority up to the first stop (a Pike VM's step): the nodes
    consuming a byte, each with the bounds set on its way; the stop's bounds; and the stop's kind
    (STOPS, with STOP_WINS where it comes before any of them; STOPS_AT_END past a `$`; or 0)."""
    ways: list[tuple[int, int]] = []
    seen: set[tuple[int, bool]] = set()
    kind, stop = 0, 0
    for thread in state:
        stack = [(thread, 0, False)]  # (node, bounds set, past a `$`)
        while stack:
            at, bounds, ended = stack.pop()
            if (at, ended) in seen:
                continue
            seen.add((at, ended))
            budget[0] -= 1
            if budget[0] < 0:
                raise Unsupported("too many threads")
            node = nodes[at]
            if node[0] == "match" and ended:
                kind, stop = (kind, stop) if kind else (STOPS_AT_END, bounds)
            elif node[0] == "match":
                if kind:
                    raise Unsupported("a stop at the line's end before one anywhere")
                return ways, bounds, STOPS | (0 if ways else STOP_WINS)
            elif node[0] == "char" and not ended:  # (past a `$`, nothing is consumed)
                ways.append((at, bounds))
            elif node[0] == "save":
                stack.append((node[2], bounds | 1 << node[1], ended))
            elif node[0] == "end":
                stack.append((node[1], bounds, True))
            elif node[0] == "split":
                stack.extend((out, bounds, ended) for out in reversed(node[1]))
    return ways, stop, kind


@lru_cache(maxsize=256)
def compile_dfa(regex: str) -> GroupDfa | None:
    """The table of `regex` (RE2 syntax as logmr writes it, starting with `^`), or None where RE2
    does not take it, its threads do not agree on the bounds or it has a construct the table does
    not express (regex_nfa.py)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        pc.match_substring_regex(pa.array([], pa.large_string()), regex)  # (RE2 takes it)
        parsed = parse(regex)
        names = {index: name for name, index in parsed.state.groupdict.items()}
        if len(names) != parsed.state.groups - 1 or len(names) > MAX_GROUPS or not flags_taken(parsed.state.flags):
            return None  # (unnamed groups: extract_regex wants every group named)
        nfa = Nfa(sorted(names))
        return _table(
            nfa, nfa.sequence(after_start(parsed), parsed.state.flags, 0), tuple(names[g] for g in nfa.groups)
        )
    except Exception:  # (Unsupported, and whatever Python's parser or RE2 raise on what they do not take)
        return None


def _table(nfa: Nfa, start: int, names: tuple[str, ...]) -> GroupDfa | None:
    """The rows of the states reached from `start` (group_dfa.c says their layout), or None where
    the threads a byte leads to do not all set the same bounds (or too many states)."""
    chars = [node for node in nfa.nodes if node and node[0] == "char"]
    signature = [tuple(node[1] >> byte & 1 for node in chars) for byte in range(128)]
    kinds = {key: at for at, key in enumerate(dict.fromkeys(signature))}
    classes = bytes(kinds[key] for key in signature) + bytes([len(kinds)]) * 128
    width, row_of, order, rows, budget = len(kinds) + 2, {(start,): 0}, [(start,)], [], [MAX_VISITS]
    firsts = [classes.index(c) for c in range(len(kinds))]  # (a byte of each class)
    for state in order:  # (grows as states are found)
        ways, stop, kind = _ways(nfa.nodes, state, budget)
        row = [DEAD] * (width - 1) + [kind | stop << 32]
        for c, byte in enumerate([*firsts, None]):  # (None: a character past ASCII)
            holds = (lambda node: node[2] == ALL) if byte is None else (lambda node, byte=byte: node[1] >> byte & 1)
            taken = [(nfa.nodes[at][3], bounds) for at, bounds in ways if holds(nfa.nodes[at])]
            if byte is None and any(nfa.nodes[at][2] == SOME for at, _ in ways):
                row[c] = BAIL
            elif taken:
                threads = tuple(dict.fromkeys(then for then, _ in taken))  # (a thread reached twice: the first)
                if len({bounds for then, bounds in dict(reversed(taken)).items()}) > 1:
                    return None  # (the threads set different bounds: not one state)
                if threads not in row_of:
                    row_of[threads] = len(order) * width
                    order.append(threads)
                row[c] = row_of[threads] | taken[0][1] << 32
        rows.append(row)
        if len(order) > MAX_STATES:
            return None
    stops = {at * width for at, row in enumerate(rows) if row[-1]}
    table = [
        way | CAN_STOP if at < width - 1 and way & 0xFFFFFFFF in stops else way
        for row in rows
        for at, way in enumerate(row)
    ]
    return GroupDfa(names, classes, b"".join(way.to_bytes(8, "little") for way in table), width)


def read_in_c(regex: str) -> bool:
    """Whether `extract_regex` reads `regex` in C (but for lines RE2 reads)."""
    return dfa_extract is not None and compile_dfa(regex) is not None


def extract_regex(lines: Any, regex: str) -> Any:
    """`pyarrow.compute.extract_regex(lines, regex)`: read in C where the regex has a table, the
    lines are a LargeStringArray with no null and the kernel is built; else by RE2."""
    import pyarrow.compute as pc

    found = _read(lines, regex) if dfa_extract is not None else None
    return pc.extract_regex(lines, regex) if found is None else found


def match_regex(lines: Any, regex: str) -> Any:
    """`pyarrow.compute.match_substring_regex(lines, regex)`, read in C as `extract_regex` is (the
    regex's groups not read: a line's walk ends at its first stop)."""
    import pyarrow.compute as pc

    found = _read(lines, regex, groups=False) if dfa_extract is not None else None
    return pc.match_substring_regex(lines, regex) if found is None else found


def replace_regex(texts: Any, regex: str, replacement: str) -> Any:
    """`pyarrow.compute.replace_substring_regex(texts, regex, replacement)` for a regex that spans
    the whole text (`^...$`) and a replacement of its groups (`\\1\\2`): the groups read by
    `extract_regex` and joined where it matches, the text kept where not."""
    import pyarrow as pa
    import pyarrow.compute as pc

    parts = [int(n) - 1 for n in re.findall(r"\\([1-9])", replacement)]
    whole = "".join(f"\\{n + 1}" for n in parts) == replacement and ends_at_end(regex)
    if not (parts and whole and read_in_c(regex)):
        return pc.replace_substring_regex(texts, regex, replacement)
    found = extract_regex(texts, regex)
    joined = [found.field(n) for n in parts]
    joined = pc.binary_join_element_wise(*joined, pa.scalar("", joined[0].type)) if len(joined) > 1 else joined[0]
    return pc.if_else(found.is_valid(), joined, texts)


def _read(lines: Any, regex: str, groups: bool = True) -> Any:
    """The struct array `extract_regex` gives (without `groups`, the booleans `match_regex` gives),
    read in C, the lines the kernel leaves (`bails`) read by RE2; or None where RE2 reads them all."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if not isinstance(lines, pa.LargeStringArray) or lines.null_count or not len(lines):
        return None
    table = compile_dfa(regex)
    if table is None or not (table.names or not groups):
        return None
    _, offsets, data = lines.buffers()
    walk = (table.classes, table.table, table.width, len(table.names) if groups else 0)
    validity, nulls, read, bails = dfa_extract(offsets, data or b"", lines.offset, len(lines), *walk)
    n, bitmap = len(lines), [pa.py_buffer(validity) if nulls else None]
    if not groups:
        found = pa.BooleanArray.from_buffers(pa.bool_(), n, [None, pa.py_buffer(validity)])
        if bails is None:
            return found
        bail = pa.BooleanArray.from_buffers(pa.bool_(), n, [None, pa.py_buffer(bails)])
        return pc.replace_with_mask(found, bail, pc.match_substring_regex(lines.filter(bail), regex))
    children = [pa.LargeStringArray.from_buffers(n, pa.py_buffer(a), pa.py_buffer(b)) for a, b in read]
    fields = [pa.field(name, pa.large_string()) for name in table.names]
    found = pa.StructArray.from_buffers(pa.struct(fields), n, bitmap, null_count=nulls, children=children)
    if bails is None:
        return found
    bail = pa.BooleanArray.from_buffers(pa.bool_(), n, [None, pa.py_buffer(bails)])
    return with_rows(found, bail, pc.extract_regex(lines.filter(bail), regex))


def with_rows(found: Any, at: Any, theirs: Any) -> Any:
    """The struct array `found` with its rows where `at` is true replaced by `theirs`, in order
    (another regex's, or RE2's, reading of those lines: fields and validity)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    fields = [pc.replace_with_mask(found.field(i), at, theirs.field(i)) for i in range(found.type.num_fields)]
    valid = pc.replace_with_mask(found.is_valid(), at, theirs.is_valid())
    return pa.StructArray.from_arrays(fields, fields=list(found.type), mask=pc.invert(valid))
