"""Named regexes on RE2, which runs in time linear in the text: no pattern can backtrack.

A line matches a pattern when the pattern is found anywhere in it (grep semantics); no match
spans two lines, and `^`/`$`/`\\A`/`\\z` mean the line's start and end. Two exact ways to find
the lines, the faster one chosen on a job's first big block by timing both:

- by line: one RE2 Set of every pattern scans each line once (about 1 µs a line, mostly the call);
- by pattern: the block's lines are joined by newlines and searched in multi-line mode with RE2's
  `never_nl` (no match may hold a newline): a Set says which patterns are in each run of 128
  lines, and each of those scans the run, resuming at the next line after each match. Fast for
  rare or literal-led patterns, slow for many case-insensitive ones.

Python's `re` never sees a user's pattern (one request could otherwise hold a worker forever).
The patterns Hyperscan can take run there instead (linear.py); these are the rest.
"""

from __future__ import annotations

import time
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate

import re2
from re2 import _re2  # the binding: one Match call per match, without the wrapper's objects

from ..job import JobOptionsError

# Blocks of fewer lines are always searched by line (timing them would say little).
MIN_LINES_TO_TIME = 1000
# Searching by pattern, a Set first says which patterns are found in each run of this many lines.
CHUNK_LINES = 128
_UNANCHORED = _re2.RE2.Anchor.UNANCHORED

# RE2's memory budget per Set (and per regex): past it a DFA state cache is reset, never grown.
MAX_MEM = 64 << 20

_UNSUPPORTED = (
    # (what RE2's error message shows, the construct's name)
    ((r"\1", r"\2", r"\3", r"\4", r"\5", r"\6", r"\7", r"\8", r"\9", r"\g", r"\k", "(?P="), "backreferences are"),
    (("(?=", "(?!", "(?<=", "(?<!"), "lookarounds are"),
    (("(?>",), "atomic groups are"),
    (("*+", "++", "?+", "}+"), "possessive repeats are"),
    ((r"\Z",), r"\Z is (use \z or $)"),
    (("(?x",), "verbose mode (?x) is"),
)


def _options() -> re2.Options:
    options = re2.Options()
    options.max_mem = MAX_MEM
    options.never_capture = True  # only "is there a match" is asked
    options.log_errors = False
    return options


def validate(sources: dict[str, str], options: re2.Options | None = None) -> dict[str, str]:
    """The named patterns, if each has a name and is a regex RE2 compiles (JobOptionsError that
    says what to fix otherwise)."""
    options = options or _options()
    for name, source in sources.items():
        if not name or not isinstance(source, str) or not source:
            raise JobOptionsError(f"pattern {name!r} needs a name and a non-empty regex")
        try:
            re2.compile(source, options)
        except re2.error as error:
            raise JobOptionsError(explain(name, source, error)) from None
    return sources


def _may_clear_multiline(source: str) -> bool:
    """Whether a flag group such as `(?-m)` or `(?i-sm:` may turn multi-line mode off (when in
    doubt, yes: the patterns are then searched line by line, which is always right)."""
    start = source.find("(?")
    while start != -1:
        end = start + 2
        while end < len(source) and source[end] not in ":)":
            end += 1
        _on, minus, off = source[start + 2 : end].partition("-")
        if minus and "m" in off:
            return True
        start = source.find("(?", start + 2)
    return False


def explain(name: str, source: str, error: re2.error) -> str:
    message = error.args[0] if error.args else ""
    message = message.decode("utf-8", "replace") if isinstance(message, bytes) else str(message)
    # RE2 shows `(?P` for a named backreference `(?P=name)`: look at the source too.
    shown_in = message + (" (?P=" if "(?P=" in source and "(?P" in message else "")
    why = next((what for shown, what in _UNSUPPORTED if any(s in shown_in for s in shown)), None)
    if why is not None:
        reason = f"{why} not supported: patterns run in linear time (Hyperscan, RE2), which rules them out"
    else:
        reason = f"RE2 cannot compile it ({message})"
    return f"bad regex for pattern {name!r}: {reason}, in {source!r}"


class Re2Patterns:
    """Named regexes compiled once for RE2; `matching_lines` says which lines each one finds.

    Raises JobOptionsError naming the first pattern RE2 cannot compile (backreferences,
    lookarounds... need backtracking), so a job is refused before any work.
    """

    def __init__(self, sources: dict[str, str], strategy: str | None = None) -> None:
        """`strategy` ("lines" or "patterns") fixes the way instead of timing both (tests)."""
        self.sources = dict(sources)
        options = _options()
        validate(self.sources, options)
        self._set = self._compile_set(options)
        # Before any work: a Set whose DFA cannot hold even its first states (patterns too large
        # for the memory budget) would answer "no match" to every line. The probe's extra empty
        # regex matches every text, so an answer without it means that failure.
        probe = self._compile_set(options, "")
        if len(self.sources) not in (probe.Match(b"") or ()):
            raise JobOptionsError(f"the {len(self.sources)} patterns together are too large for RE2")
        self._scanners = self._compile_scanners()
        ways = {"lines": self._by_line, "patterns": self._by_pattern}
        self._chosen: Callable[[list[str]], list[list[int]]] | None = ways[strategy] if strategy else None
        if self._scanners is None and strategy == "patterns":
            raise ValueError("these patterns cannot be searched over joined lines")

    def _compile_scanners(self) -> tuple[Callable, list[Callable]] | None:
        """A Set and each pattern for joined lines, or None when a pattern has text anchors (or
        may turn off multi-line mode), whose meaning would change: those are searched by line."""
        if any(r"\A" in source or r"\z" in source or _may_clear_multiline(source) for source in self.sources.values()):
            return None
        options = _options()
        options.never_nl = True
        joined = [f"(?m){source}".encode() for source in self.sources.values()]
        regexes = [_re2.RE2(source, options) for source in joined]
        present, probe = _re2.Set(_UNANCHORED, options), _re2.Set(_UNANCHORED, options)
        if not all(regex.ok() for regex in regexes) or -1 in map(present.Add, joined) or not present.Compile():
            return None
        # As for the line Set: a DFA that cannot start would find nothing anywhere.
        if -1 in map(probe.Add, [*joined, b""]) or not probe.Compile() or len(joined) not in probe.Match(b""):
            return None
        return present.Match, [regex.Match for regex in regexes]

    def _compile_set(self, options: re2.Options, *extra: str) -> re2.Set:
        regexes = re2.Set.SearchSet(options)
        for source in (*self.sources.values(), *extra):
            regexes.Add(source)
        try:
            regexes.Compile()
        except re2.error:
            raise JobOptionsError(
                f"the {len(self.sources)} patterns together are too large for RE2 ({MAX_MEM >> 20} MiB)"
            ) from None
        return regexes

    def matching_lines(self, lines: list[str]) -> list[list[int]]:
        """For each pattern (in `sources` order), the indices of the lines it is found in."""
        if self._chosen is not None:
            return self._chosen(lines)
        if self._scanners is None:
            self._chosen = self._by_line
            return self._by_line(lines)
        if len(lines) < MIN_LINES_TO_TIME:
            return self._by_line(lines)
        started = time.process_time()
        hits = self._by_line(lines)
        by_line = time.process_time() - started
        started = time.process_time()
        self._by_pattern(lines)
        by_pattern = time.process_time() - started
        self._chosen = self._by_line if by_line <= by_pattern else self._by_pattern
        return hits

    def _by_line(self, lines: list[str]) -> list[list[int]]:
        hits: list[list[int]] = [[] for _ in self.sources]
        match = self._set.Match
        for i, line in enumerate(map(str.encode, lines)):
            for k in match(line) or ():
                hits[k].append(i)
        return hits

    def _by_pattern(self, lines: list[str]) -> list[list[int]]:
        assert self._scanners is not None
        present, scanners = self._scanners
        encoded = list(map(str.encode, lines))
        text = b"\n".join(encoded)
        view = memoryview(text)
        # starts[i] is line i's offset; the last entry, one past the end, closes the last line.
        starts = list(accumulate((len(line) + 1 for line in encoded), initial=0))
        hits: list[list[int]] = [[] for _ in self.sources]
        for first in range(0, len(encoded), CHUNK_LINES):
            # The patterns found in these lines, then where: each from line to line.
            low, high = starts[first], starts[min(first + CHUNK_LINES, len(encoded))] - 1
            for k in present(view[low:high]):
                match, found, pos = scanners[k], hits[k], low
                while pos <= high:
                    start = match(_UNANCHORED, text, pos, high)[0][0]
                    if start < 0:
                        break
                    i = bisect_right(starts, start) - 1
                    found.append(i)
                    pos = starts[i + 1]  # one count per line: go on at the next line
        return hits
