"""`pyarrow.compute.extract_regex` read in C (layer/native/group_dfa.c) where a regex's groups can
be read by a DFA: the same struct array, without RE2's per-line call, its capture engines and
Arrow's builders; any other regex, or a build without the kernel, goes to RE2 itself.

The regex (RE2's text as logmr writes it: Python's syntax but `\\x{HH}`, parsed by Python's
parser) becomes a Thompson NFA, then a DFA by subset construction, each state the NFA's threads
in priority order as a Pike VM holds them (leftmost-first: RE2's and Python's semantics). A
regex anchored at the line's start (`^`) has a table where, at each byte, the threads it leads
to all set the same group bounds: then every thread of a state has the same bounds, and the
table tells them. Each entry holds the next state and the bounds set to that byte's offset;
each state whether the regex can stop there (with the bounds it sets then), whether stopping
wins over going on (a greedy loop goes on, and falls back to the last stop where the line then
fails), or whether it stops only at the line's end (`$`). One-pass regexes (RE2's OnePass) are
such regexes, and more: alternatives sharing a prefix within a group (`(?P<level>error|err)`,
a pid `[0-9]+|0x[0-9a-f]+`). Where two threads would set different bounds at one byte (an
optional group then a group that starts alike), or past MAX_STATES, RE2 reads the regex.

Bytes past ASCII: a class that holds no character past ASCII fails on one as RE2 does; where a
state could consume one (`.`, a negated class), RE2 reads a whole UTF-8 character where the
table would read a byte, so the kernel leaves that line to RE2 (`bails`: RE2 reads those lines).
"""

from __future__ import annotations

import re
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser
from typing import Any, NamedTuple

from ..native import dfa_extract

MAX_NODES = 4096  # (beyond, RE2: an expanded repeat)
MAX_GROUPS = 16  # (each group's two bounds: bits 32-63 of a table entry)
DEAD, BAIL = 0x3FFFFFFF, 0x3FFFFFFE  # an entry's next row: no way on; a byte past ASCII RE2 reads as a character
CAN_STOP = 0x80000000
STOPS, STOP_WINS, STOPS_AT_END = 1, 2, 4  # (a row's stop: bits 0-2)
MAX_STATES = 2048
ASCII = (1 << 128) - 1
_HEX = re.compile(r"\\x\{([0-9A-Fa-f]{1,2})\}")


class Unsupported(Exception):
    """A construct the table does not express (RE2 reads that regex)."""


class GroupDfa(NamedTuple):
    names: tuple[str, ...]  # the groups, in order
    classes: bytes  # each byte's class
    table: bytes  # uint64 rows of `width` entries (group_dfa.c)
    stays: bytes  # 256 a row: the bytes that come back to it setting nothing
    width: int


def _fold(bits: int) -> int:
    """`bits` with each ASCII letter's other case."""
    upper, lower = (bits >> ord("A")) & 0x3FFFFFF, (bits >> ord("a")) & 0x3FFFFFF
    return bits | (upper << ord("a")) | (lower << ord("A"))


def _class(items: list[tuple[Any, Any]], folded: bool) -> tuple[int, bool]:
    """A class's ASCII members as bits and whether it holds a character past ASCII."""
    bits, high, negated = 0, False, False
    for op, av in items:
        if op is sre.NEGATE:
            negated = True
        elif op is sre.LITERAL:
            bits, high = (bits | 1 << av, high) if av < 128 else (bits, True)
        elif op is sre.RANGE:
            low, top = av
            bits |= ((1 << (min(top, 127) + 1)) - 1) & ~((1 << low) - 1) if low < 128 else 0
            high = high or top >= 128
        else:  # (a class escape: to_re2 writes them out)
            raise Unsupported(op)
    bits = _fold(bits) if folded else bits
    return (ASCII & ~bits, True) if negated else (bits, high)


class _Nfa:
    """A Thompson NFA built from the end back: nodes ("char", bits, high, next), ("split", [next,
    ...] by priority), ("save", bound, next), ("end", next) for a `$`, ("match",)."""

    def __init__(self, names: dict[int, str]) -> None:
        self.nodes: list[Any] = [("match",)]
        self.groups = sorted(names)

    def add(self, node: Any) -> int:
        if len(self.nodes) >= MAX_NODES:
            raise Unsupported("size")
        self.nodes.append(node)
        return len(self.nodes) - 1

    def sequence(self, items: Any, flags: int, then: int) -> int:
        for op, av in reversed(list(items)):
            then = self.item(op, av, flags, then)
        return then

    def item(self, op: Any, av: Any, flags: int, then: int) -> int:
        folded = bool(flags & re.IGNORECASE)
        if op is sre.LITERAL:
            return self.add(("char", *_class([(op, av)], folded), then))
        if op is sre.NOT_LITERAL:
            return self.add(("char", *_class([(sre.NEGATE, None), (sre.LITERAL, av)], folded), then))
        if op is sre.ANY:
            return self.add(("char", ASCII if flags & re.DOTALL else ASCII & ~(1 << 10), True, then))
        if op is sre.IN:
            return self.add(("char", *_class(av, folded), then))
        if op is sre.SUBPATTERN:
            group, add, drop, body = av
            flags = (flags | add) & ~drop
            if group is None:
                return self.sequence(body, flags, then)
            at = 2 * self.groups.index(group) if group in self.groups else -1
            inner = self.sequence(body, flags, self.add(("save", at + 1, then)) if at >= 0 else then)
            return self.add(("save", at, inner)) if at >= 0 else inner
        if op is sre.BRANCH:
            return self.add(("split", [self.sequence(alt, flags, then) for alt in av[1]]))
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            return self.repeat(*av, flags, then, greedy=op is sre.MAX_REPEAT)
        if op is sre.AT and av is sre.AT_END:
            return self.add(("end", then))
        raise Unsupported(op)

    def repeat(self, low: int, top: int, body: Any, flags: int, then: int, greedy: bool) -> int:
        def choice(take: int, skip: int) -> Any:
            return ("split", [take, skip] if greedy else [skip, take])

        if top == sre.MAXREPEAT:
            if _nullable(body):
                raise Unsupported("a loop that can match nothing")
            loop = self.add(None)
            self.nodes[loop] = choice(self.sequence(body, flags, loop), then)
            at = loop
        else:
            at = then
            for _ in range(top - low):
                at = self.add(choice(self.sequence(body, flags, at), then))
        for _ in range(low):
            at = self.sequence(body, flags, at)
        return at


def _nullable(items: Any) -> bool:
    for op, av in items:
        if op is sre.SUBPATTERN and _nullable(av[3]):
            continue
        if op is sre.BRANCH and any(_nullable(alt) for alt in av[1]):
            continue
        if op is sre.AT or (op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and (av[0] == 0 or _nullable(av[2]))):
            continue
        return False
    return True


def _ways(nodes: list[Any], state: tuple[int, ...]) -> tuple[list[tuple[int, int]], int, int]:
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


@cache
def compile_dfa(regex: str) -> GroupDfa | None:
    """The table of `regex` (RE2 syntax as logmr writes it, starting with `^`), or None where its
    threads do not agree on the bounds or it has a construct the table does not express."""
    try:
        parsed = _parser.parse(_HEX.sub(r"\\x\1", regex), 0)
        names = {index: name for name, index in parsed.state.groupdict.items()}
        if len(names) != parsed.state.groups - 1 or len(names) > MAX_GROUPS:
            return None  # (unnamed groups: extract_regex wants every group named)
        if not len(parsed) or parsed[0] != (sre.AT, sre.AT_BEGINNING):
            return None  # (unanchored: RE2 tries each start)
        nfa = _Nfa(names)
        return _table(nfa, nfa.sequence(parsed[1:], parsed.state.flags, 0), tuple(names[g] for g in nfa.groups))
    except (Unsupported, re.error, RecursionError):
        return None


def _table(nfa: _Nfa, start: int, names: tuple[str, ...]) -> GroupDfa | None:
    """The rows of the states reached from `start` (group_dfa.c says their layout), or None where
    the threads a byte leads to do not all set the same bounds (or too many states)."""
    chars = [node for node in nfa.nodes if node and node[0] == "char"]
    signature = [tuple(node[1] >> byte & 1 for node in chars) for byte in range(128)]
    kinds = {key: at for at, key in enumerate(dict.fromkeys(signature))}
    classes = bytes(kinds[key] for key in signature) + bytes([len(kinds)]) * 128
    width, row_of, order, rows = len(kinds) + 2, {(start,): 0}, [(start,)], []
    firsts = [classes.index(c) for c in range(len(kinds))]  # (a byte of each class)
    for state in order:  # (grows as states are found)
        ways, stop, kind = _ways(nfa.nodes, state)
        row = [DEAD] * (width - 2) + [BAIL if any(nfa.nodes[at][2] for at, _ in ways) else DEAD, kind | stop << 32]
        for c, byte in enumerate(firsts):
            taken = [(nfa.nodes[at][3], bounds) for at, bounds in ways if nfa.nodes[at][1] >> byte & 1]
            if not taken:
                continue
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
    stays = bytes(
        byte < 128 and rows[at][classes[byte]] == at * width for at in range(len(rows)) for byte in range(256)
    )
    return GroupDfa(names, classes, b"".join(way.to_bytes(8, "little") for way in table), stays, width)


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


def _read(lines: Any, regex: str, groups: bool = True) -> Any:
    """The struct array `extract_regex` gives (without `groups`, the booleans `match_regex` gives),
    read in C, the lines where a byte past ASCII stops it read by RE2; or None where RE2 reads them."""
    import pyarrow as pa
    import pyarrow.compute as pc

    table = compile_dfa(regex)
    if table is None or not (table.names or not groups) or lines.type != pa.large_string() or lines.null_count:
        return None
    if not len(lines):
        return None
    _, offsets, data = lines.buffers()
    walk = (table.classes, table.table, table.stays, table.width, len(table.names) if groups else 0)
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
    theirs = pc.extract_regex(lines.filter(bail), regex)
    children = [pc.replace_with_mask(child, bail, theirs.field(k)) for k, child in enumerate(children)]
    valid = pc.replace_with_mask(found.is_valid(), bail, theirs.is_valid())
    return pa.StructArray.from_arrays(children, fields=fields, mask=pc.invert(valid))
