"""Named regexes on RE2, which runs in time linear in the text: no pattern can backtrack.

Every pattern goes into one RE2 Set, so each line is scanned once for all of them (a DFA), and
a line matches a pattern when the pattern is found anywhere in it: grep semantics, lines never
joined, so no match can span two lines and `^`/`$`/`\\A`/`\\z` mean the line's start and end.
Python's `re` never sees a user's pattern (one request could otherwise hold a worker forever).
"""

from __future__ import annotations

import re2

from ..job import JobOptionsError

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


def _explain(name: str, source: str, error: re2.error) -> str:
    message = error.args[0] if error.args else ""
    message = message.decode("utf-8", "replace") if isinstance(message, bytes) else str(message)
    # RE2 shows `(?P` for a named backreference `(?P=name)`: look at the source too.
    shown_in = message + (" (?P=" if "(?P=" in source and "(?P" in message else "")
    why = next((what for shown, what in _UNSUPPORTED if any(s in shown_in for s in shown)), None)
    if why is not None:
        reason = f"{why} not supported: patterns run on RE2, which guarantees linear time"
    else:
        reason = f"RE2 cannot compile it ({message})"
    return f"bad regex for pattern {name!r}: {reason}, in {source!r}"


class LinearPatterns:
    """Named regexes compiled once for RE2; `matching_lines` says which lines each one finds.

    Raises JobOptionsError naming the first pattern RE2 cannot compile (backreferences,
    lookarounds... need backtracking), so a job is refused before any work.
    """

    def __init__(self, sources: dict[str, str]) -> None:
        self.sources = dict(sources)
        options = _options()
        for name, source in self.sources.items():
            if not name or not isinstance(source, str) or not source:
                raise JobOptionsError(f"pattern {name!r} needs a name and a non-empty regex")
            try:
                re2.compile(source, options)
            except re2.error as error:
                raise JobOptionsError(_explain(name, source, error)) from None
        self._set = self._compile_set(options)
        # Before any work: a Set whose DFA cannot hold even its first states (patterns too large
        # for the memory budget) would answer "no match" to every line. The probe's extra empty
        # regex matches every text, so an answer without it means that failure.
        probe = self._compile_set(options, "")
        if len(self.sources) not in (probe.Match(b"") or ()):
            raise JobOptionsError(f"the {len(self.sources)} patterns together are too large for RE2")

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
        hits: list[list[int]] = [[] for _ in self.sources]
        match = self._set.Match
        for i, line in enumerate(map(str.encode, lines)):
            for k in match(line) or ():
                hits[k].append(i)
        return hits
