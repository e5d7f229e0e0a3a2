"""All the patterns Hyperscan can take, in one pass over a block's lines joined by newlines.

Hyperscan (Vectorscan in the `hyperscan` wheel, BSD; bindings MIT) runs every pattern of one
database over a buffer at once, in time linear in the text, and reports each offset where a match
ends. A line is found by a pattern when some match ends inside it: for a pattern that cannot
match a newline that is exact; for one that might (`\\s`, `[^x]`, `(?s).`, `\\W`...), a match
ending in a line may have started in an earlier one, so each line it reports is confirmed by
RE2 on that line alone.

Compiled in UTF-8 and multi-line mode, without Unicode properties for `\\w \\d \\s \\b` (ASCII, as
RE2's): `^`/`$` are a line's start and end, `.` any character but a newline, `(?i)` folds Unicode
case. Patterns whose meaning would differ, or that Hyperscan refuses, stay on RE2 (`refusal`).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

from ..native import LineHits

try:
    import hyperscan
except ImportError:  # a platform without the wheel: every pattern runs on RE2
    hyperscan = None

_FLAGS = 0 if hyperscan is None else hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_MULTILINE
_ESCAPED = re.compile(r"\\(.)", re.S)
_FLAG_GROUP = re.compile(r"\(\?([a-zA-Z-]*)[:)]")
# What Hyperscan reads otherwise than RE2: text anchors (the buffer's ends, not the line's), `\v`
# (a class of vertical spaces, RE2's vertical tab), `\C` (one byte).
_OWN_MEANING = {"A": r"\A", "z": r"\z", "v": r"\v", "C": r"\C"}


def refusal(source: str) -> str | None:
    """Why the pattern stays on RE2 (None when Hyperscan searches it with RE2's meaning)."""
    return meaning_refusal(source) or compile_refusal(source)


def meaning_refusal(source: str) -> str | None:
    """Why Hyperscan would read the pattern otherwise than RE2, or could not run it (None when
    it would read it alike, if it compiles it: compile_refusal)."""
    if hyperscan is None:
        return "the hyperscan package is not installed"
    escaped = set(_ESCAPED.findall(source))
    for char, shown in _OWN_MEANING.items():
        if char in escaped:
            return f"{shown} means something else to Hyperscan"
    if any("m" in flags.partition("-")[2] for flags in _FLAG_GROUP.findall(source)):
        return "it turns multi-line mode off"
    if _may_match_empty(source):
        return "it may match empty text (Hyperscan reports no start, so the line would be unknown)"
    return None


def compile_refusal(source: str) -> str | None:
    """Why Hyperscan refuses to compile the pattern alone (None when it compiles it)."""
    try:
        _compile([source])
    except hyperscan.error as error:
        return f"Hyperscan refuses it ({error})"
    return None


# For Python's parser: RE2's Unicode and POSIX classes as one character of the same width.
_ONE_CHARACTER = re.compile(r"\\[pP](?:\{[^}]*\}|[A-Za-z])|\[:\^?[a-z]+:\]|\\C")


def _may_match_empty(source: str) -> bool:
    """Whether some match may be empty (`^`, `\\b`, `x*`...); when in doubt, yes."""
    try:
        return _parser.parse(_ONE_CHARACTER.sub("a", source)).getwidth()[0] == 0
    except re.error:
        return True


def may_match_newline(source: str) -> bool:
    """Whether a match might hold a newline (when in doubt, yes: lines are then confirmed)."""
    if "[:" in source or re.search(r"\\[pPx0-7]", source):
        return True  # POSIX and Unicode classes, code points: not read by Python's parser alike
    try:
        parsed = _parser.parse(source)
    except re.error:
        return True
    flag_groups = _FLAG_GROUP.findall(source)
    dotall = bool(parsed.state.flags & re.DOTALL) or any("s" in f.partition("-")[0] for f in flag_groups)
    return _holds_newline(parsed, dotall)


_NEWLINE_CATEGORIES = {sre.CATEGORY_SPACE, sre.CATEGORY_NOT_WORD, sre.CATEGORY_NOT_DIGIT}


def _holds_newline(items, dotall: bool) -> bool:
    """Whether some item of a parsed pattern (Python's parser: RE2's syntax, mostly) may match
    a newline; unknown items count as may."""
    for op, arg in items:
        if op is sre.ANY:
            found = dotall
        elif op is sre.LITERAL:
            found = arg == 10
        elif op is sre.NOT_LITERAL:
            found = arg != 10
        elif op is sre.IN:
            found = _class_holds_newline(arg)
        elif op is sre.BRANCH:
            found = any(_holds_newline(branch, dotall) for branch in arg[1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            found = _holds_newline(arg[2], dotall)
        elif op is sre.SUBPATTERN:
            found = _holds_newline(arg[3], dotall)
        else:
            found = op not in (sre.AT,)
        if found:
            return True
    return False


def _class_holds_newline(items) -> bool:
    for op, arg in items:
        if op is sre.NEGATE:
            return True
        if (op is sre.LITERAL and arg == 10) or (op is sre.RANGE and arg[0] <= 10 <= arg[1]):
            return True
        if op is sre.CATEGORY and arg in _NEWLINE_CATEGORIES:
            return True
    return False


def _compile(sources: Sequence[str]):
    return _compiled(tuple(sources))


@lru_cache(maxsize=64)
def _compiled(sources: tuple[str, ...]):
    """One database per set of patterns in a process (a job builds its matcher in every map task,
    and workers forked after the job was checked start with its databases)."""
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    database.compile(
        expressions=[source.encode() for source in sources],
        ids=list(range(len(sources))),
        elements=len(sources),
        flags=[_FLAGS] * len(sources),
    )
    return database


class HyperscanPatterns:
    """Patterns that `refusal` let through, in one database; `scan` finds their lines."""

    def __init__(self, sources: Sequence[str]) -> None:
        self.sources = list(sources)
        self.crossing = [may_match_newline(source) for source in self.sources]
        self._database = _compile(self.sources)
        self._scratch = hyperscan.Scratch(self._database)
        self._local = threading.local()  # a scan's scratch space is its thread's own

    def __reduce__(self):
        return HyperscanPatterns, (self.sources,)

    def _thread_scratch(self):
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = self._scratch.clone()
        return scratch

    def scan(self, data: bytes, known: dict[int, int] | None = None) -> tuple[list[list[int]], tuple | None]:
        """For each pattern, the indices of the lines of `data` (UTF-8, lines separated by single
        newlines) where one of its matches ends, in order; and where the C kernel counts them
        (layer/native/line_hits.c), where each line begins and ends (int64 arrays, lines added at the
        end included: json_text.line_spans), else None and `known` gets an offset in each line found."""
        known = {} if known is None else known
        # Vectorscan 5.4 misses `\d$` before a buffer's final newline (past 16 bytes), and, with
        # several patterns, `^a` on a last line that has no newline: end the buffer on an empty
        # line instead. A match ending there holds a newline, and such patterns' lines are
        # confirmed by RE2.
        ended = data.endswith(b"\n")
        past = len(data) + (not ended)  # a match whose last byte is here or after is in a line added
        data += b"\n" if ended else b"\n\n"
        if LineHits is not None:  # (each match kept in C, no Python call)
            matches = LineHits()
            self._database.scan(data, match_event_handler=matches, scratch=self._thread_scratch())
            hits, begins, ends = matches.lines(data, past, len(self.sources))
            return hits, (begins, ends)
        reported: list[tuple[int, int]] = []  # (where a match ends, its pattern), in the order reported
        append = reported.append
        self._database.scan(
            data, match_event_handler=lambda k, _s, end, _f, _c: append((end, k)), scratch=self._thread_scratch()
        )
        hits = _lines_of(reported, data, past, len(self.sources), known)
        return [found if _increasing(found) else sorted(set(found)) for found in hits], None


def _lines_of(
    ends: list[tuple[int, int]], data: bytes, past: int, patterns: int, known: dict[int, int]
) -> list[list[int]]:
    """For each pattern, the lines its matches end in before `past` (each once where they come in
    order), from the newlines counted between one match's end and the next's (they come roughly
    in order)."""
    hits: list[list[int]] = [[] for _ in range(patterns)]
    line = at = 0
    count = data.count
    for end, k in ends:
        last = end - 1
        if last >= past:
            continue
        if last >= at:
            line += count(b"\n", at, last)
        else:
            line -= count(b"\n", last, at)
        at = last
        found = hits[k]
        if not found or found[-1] != line:
            found.append(line)
            known[line] = last
    return hits


def _increasing(values: list[int]) -> bool:
    return all(a < b for a, b in pairwise(values))
