"""Required literals of a regex: strings one of which every match must contain.

Python's `re` scans text at tens of MB/s, far slower than `str.find`. If every match of a pattern
contains one of a few literal strings, the lines that contain none of them cannot match, so only
the remaining candidate lines need the regex. The analysis is conservative: when in doubt it
finds no requirement and the caller scans with the regex.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

MIN_LITERAL = 3
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT))


@dataclass(frozen=True)
class Requirement:
    """Every match contains one of the literals of each option (lowercased when `ignore_case`).

    Options are alternative necessary conditions, the most selective-looking first: a caller
    tries the next when the first is met by too many lines (`time` in every `"timestamp"`...).
    """

    options: tuple[frozenset[str], ...]
    ignore_case: bool


Options = list[frozenset[str]]


def _quality(option: frozenset[str]) -> tuple[int, int]:
    return (min(map(len, option)), -len(option))


class _Analysis:
    def __init__(self, flags: int) -> None:
        self.ignore_case = bool(flags & re.IGNORECASE)

    def sequence(self, items, ignore_case: bool) -> Options:
        """Requirements of a concatenation: each literal run, and each part's, best first."""
        options: Options = []
        run: list[str] = []
        for op, av in items:
            if op is c.LITERAL:
                run.append(chr(av))
                continue
            if run:
                options.append(frozenset(["".join(run)]))
                run = []
            options.extend(self.item(op, av, ignore_case))
        if run:
            options.append(frozenset(["".join(run)]))
        useful = {o for o in options if min(map(len, o)) >= MIN_LITERAL}
        return sorted(useful, key=_quality, reverse=True)

    def item(self, op, av, ignore_case: bool) -> Options:
        if op is c.SUBPATTERN:
            _group, add_flags, del_flags, body = av
            scoped = (ignore_case or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            self.ignore_case |= scoped
            return self.sequence(body, scoped)
        if op is c.BRANCH:
            # Option k of the alternation: the union of each branch's option k (or its last one).
            branches = [self.sequence(branch, ignore_case) for branch in av[1]]
            if not all(branches):
                return []
            depth = max(map(len, branches))
            return [frozenset().union(*(b[min(k, len(b) - 1)] for b in branches)) for k in range(depth)]
        if op in _REPEATS:
            low, _high, body = av
            return self.sequence(body, ignore_case) if low >= 1 else []
        if op is getattr(c, "ATOMIC_GROUP", None):
            return self.sequence(av, ignore_case)
        return []  # classes, any, anchors, lookarounds, backreferences: no literal needed


def required_literals(source: str) -> Requirement | None:
    """The Requirement every match of `source` meets, or None when none was found."""
    try:
        parsed = _parser.parse(source, 0)
    except (re.error, RecursionError):
        return None
    analysis = _Analysis(parsed.state.flags)
    options = analysis.sequence(parsed, analysis.ignore_case)
    if analysis.ignore_case:
        # Lowercasing is only sound for ASCII: under IGNORECASE some non-ASCII letters
        # (the long s, the Kelvin sign) match ASCII ones.
        options = [frozenset(lit.lower() for lit in o) for o in options if all(lit.isascii() for lit in o)]
    if not options:
        return None
    return Requirement(tuple(dict.fromkeys(options)), analysis.ignore_case)
