"""An RE2 regex as logmr writes it, as a Thompson NFA over ASCII bytes and "a character past ASCII"
(group_dfa.py makes it a DFA): parsed by Python's own parser (`re._parser`), whose syntax RE2's
is where logmr writes regexes, but for `\\x{HH}` (rewritten `\\xHH` here). What the two parse
differently, or what the NFA does not express, raises Unsupported (RE2 then reads the regex):
flags other than `i` and `s` (`(?m)`, `(?a)`...), `{,n}` (RE2: literal text), POSIX classes,
escapes other than punctuation, `\\n\\t\\r\\f\\v\\a` and `\\x`, repeats past RE2's 1000, class
escapes (to_re2 writes classes out), lookarounds, backreferences, `^` past the start, loops that
can match nothing, more than MAX_NODES nodes.

Nodes, built from the end back: ("char", ascii, high, next) consumes a byte of the `ascii` bits
(128) or, `high` being ALL, any character past ASCII (SOME: some of them, which only RE2 reads,
with its UTF-8 and case folds: K is also U+212A, s also U+017F); ("split", [next, ...]) in
priority order; ("save", bound, next) sets a group bound (2k the start of group k, 2k+1 its
end); ("end", next) is a `$`; ("match",).
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser
from typing import Any

MAX_NODES = 4096  # (beyond, RE2: an expanded repeat)
MAX_REPEAT = 1000  # (RE2's limit on a repeat's count)
ASCII = (1 << 128) - 1
NONE, SOME, ALL = 0, 1, 2  # the characters past ASCII a class holds
_FLAGS = re.IGNORECASE | re.DOTALL | re.UNICODE  # (UNICODE: Python's default for str; RE2's UTF-8)
# An escape RE2 and Python read alike, or `\x{HH}`; anything else after a backslash is not taken.
_ESCAPE = re.compile(r"\\(?:x\{([0-9A-Fa-f]{1,2})\}|(x[0-9A-Fa-f]{2}|[ntrfva]|[^0-9A-Za-z])|(.?))", re.S)
_FOLDED_PAST_ASCII = 1 << ord("K") | 1 << ord("k") | 1 << ord("S") | 1 << ord("s")


class Unsupported(Exception):
    """A construct the NFA does not express, or that Python's parser reads otherwise than RE2."""


def parse(regex: str) -> Any:
    """Python's parse of the RE2 regex, or Unsupported."""
    if "{," in regex or "[[:" in regex:
        raise Unsupported("RE2 reads {,n} as text and [[:alpha:]] as a POSIX class")

    def escape(found: re.Match[str]) -> str:
        if found[3] is not None:
            raise Unsupported(f"the escape {found[0]!r}")
        return f"\\x{found[1]}" if found[1] else found[0]

    return _parser.parse(_ESCAPE.sub(escape, regex), 0)


def _fold(bits: int) -> int:
    """`bits` with each ASCII letter's other case."""
    upper, lower = (bits >> ord("A")) & 0x3FFFFFF, (bits >> ord("a")) & 0x3FFFFFF
    return bits | (upper << ord("a")) | (lower << ord("A"))


def char_class(items: list[tuple[Any, Any]], folded: bool) -> tuple[int, int]:
    """A class's ASCII members as bits, and the characters past ASCII it holds (NONE, SOME, ALL)."""
    bits, high, negated = 0, NONE, False
    for op, av in items:
        if op is sre.NEGATE:
            negated = True
        elif op is sre.LITERAL:
            bits, high = (bits | 1 << av, high) if av < 128 else (bits, SOME)
        elif op is sre.RANGE:
            low, top = av
            bits |= ((1 << (min(top, 127) + 1)) - 1) & ~((1 << low) - 1) if low < 128 else 0
            high = SOME if top >= 128 else high
        else:  # (a class escape: to_re2 writes them out)
            raise Unsupported(op)
    if folded:
        bits = _fold(bits)
        high = SOME if bits & _FOLDED_PAST_ASCII else high
    if negated:
        return ASCII & ~bits, ALL if high == NONE else SOME
    return bits, high


class Nfa:
    """The NFA of a parsed regex's items (`sequence`), its nodes in `nodes`, node 0 the match."""

    def __init__(self, groups: list[int]) -> None:
        self.nodes: list[Any] = [("match",)]
        self.groups = groups  # (the parse's group numbers, in order: group k's bounds 2k, 2k+1)

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
            return self.add(("char", *char_class([(op, av)], folded), then))
        if op is sre.NOT_LITERAL:
            return self.add(("char", *char_class([(sre.NEGATE, None), (sre.LITERAL, av)], folded), then))
        if op is sre.ANY:
            return self.add(("char", ASCII if flags & re.DOTALL else ASCII & ~(1 << 10), ALL, then))
        if op is sre.IN:
            return self.add(("char", *char_class(av, folded), then))
        if op is sre.SUBPATTERN:
            group, add, drop, body = av
            if (add | drop) & ~_FLAGS:
                raise Unsupported("a flag RE2 reads otherwise")
            flags = (flags | add) & ~drop
            if group is None:
                return self.sequence(body, flags, then)
            at = 2 * self.groups.index(group)
            return self.add(("save", at, self.sequence(body, flags, self.add(("save", at + 1, then)))))
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

        if low > MAX_REPEAT or (top != sre.MAXREPEAT and top > MAX_REPEAT) or (_nullable(body) and top > 1):
            raise Unsupported("a repeat RE2 does not take, or of what can match nothing")
        if top == sre.MAXREPEAT:
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


def after_start(parsed: Any) -> Any:
    """The parse's items after its leading `^` (unanchored, RE2 would try each start: Unsupported)."""
    if not len(parsed) or parsed[0] != (sre.AT, sre.AT_BEGINNING):
        raise Unsupported("not anchored at the start")
    return parsed[1:]


@lru_cache(maxsize=256)
def ends_at_end(regex: str) -> bool:
    """Whether the regex's last item is a `$` (not an escaped one, nor one in an alternative)."""
    try:
        parsed = parse(regex)
    except (Unsupported, re.error):
        return False
    return len(parsed) > 0 and parsed[-1] == (sre.AT, sre.AT_END)


def flags_taken(flags: int) -> bool:
    """Whether a parse's global flags are ones the NFA reads as RE2 does."""
    return not flags & ~_FLAGS
