"""Named regexes searched in time linear in the text: Hyperscan for all it can take, RE2 for the rest.

A line matches a pattern when the pattern is found anywhere in it (grep semantics), with RE2's
syntax and meaning; no match spans two lines, and `^`/`$`/`\\A`/`\\z` mean the line's start and
end. A record of several lines (a stack trace below its line) matches when one of its lines
does. Every pattern is first compiled by RE2, which refuses what needs backtracking (the job is
refused, naming the pattern). The patterns Hyperscan reads alike (hyperscan_patterns.refusal)
are then searched together in one Hyperscan pass over each block's lines joined by newlines; the
others (text anchors, patterns that may match empty text, `\\v`, `\\C`, `(?U)`...) on RE2
(re2_patterns.py). `engines` says which engine runs each pattern.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

import re2
from re2 import _re2

from ..formats.json_text import TextBlock, line_spans
from ..formats.record_texts import RecordTexts
from .hyperscan_patterns import HyperscanPatterns, compile_refusal, hyperscan, meaning_refusal
from .re2_patterns import MAX_MEM, Re2Patterns, validate

_UNANCHORED = _re2.RE2.Anchor.UNANCHORED
HYPERSCAN = "hyperscan"


class LinearPatterns:
    """Named regexes compiled once; `matching_lines` says which lines each one finds.

    `strategy` None uses Hyperscan where it can; "lines" or "patterns" runs every pattern on
    RE2 that way (tests compare the engines)."""

    def __init__(self, sources: dict[str, str], strategy: str | None = None) -> None:
        self.sources = validate(dict(sources))
        names = list(self.sources)
        why = {name: meaning_refusal(self.sources[name]) if strategy is None else "asked for RE2" for name in names}
        fast = [name for name in names if why[name] is None]
        self._hyperscan = self._compiled(fast, why)
        fast = [name for name in fast if why[name] is None]
        self.engines = {name: HYPERSCAN if why[name] is None else f"re2 ({why[name]})" for name in names}
        self._fast = [names.index(name) for name in fast]
        self._slow = [k for k, name in enumerate(names) if why[name] is not None]
        slow = {names[k]: self.sources[names[k]] for k in self._slow}
        self._re2 = Re2Patterns(slow, strategy) if slow else None
        self._confirm = {}
        if self._hyperscan is not None:
            self._confirm = {
                i: _re2.RE2(self.sources[names[k]].encode(), _line_options()).Match
                for i, k in enumerate(self._fast)
                if self._hyperscan.crossing[i]
            }

    def _compiled(self, fast: list[str], why: dict[str, str | None]) -> HyperscanPatterns | None:
        """The patterns `fast` in one Hyperscan database: compiled together first (a set that
        compiles is one whose patterns each compile alone: 16 ms saved building the built-in ten
        and four more); else each alone, to tell which Hyperscan refuses (`why` gets the reason),
        the others together, and where those do not compile together either, all on RE2."""
        if not fast:
            return None
        try:
            return HyperscanPatterns([self.sources[name] for name in fast])
        except hyperscan.error as error:
            refused = error
        why.update((name, compile_refusal(self.sources[name])) for name in fast)
        accepted = [name for name in fast if why[name] is None]
        if accepted and accepted != fast:  # (the same set as above is refused again: not compiled twice)
            try:
                return HyperscanPatterns([self.sources[name] for name in accepted])
            except hyperscan.error as error:
                refused = error
        # each compiles alone, not all together: all on RE2
        why.update(dict.fromkeys(accepted, f"Hyperscan refuses them together ({refused})"))
        return None

    def matching_lines(self, lines: Sequence[str]) -> list[list[int]]:
        """For each pattern (in `sources` order), the indices of the lines it is found in."""
        hits: list[list[int]] = [[] for _ in self.sources]
        if not len(lines):
            return hits
        if isinstance(lines, RecordTexts):  # a plain block's records: its lines scanned as they are
            return [lines.records_of(found) for found in self.matching_lines(lines.lines())]
        if not isinstance(lines, TextBlock):
            lines = TextBlock.of_texts(lines) or lines
        if not isinstance(lines, TextBlock) and any("\n" in line for line in lines):
            return self._by_records(list(lines))
        if self._hyperscan is not None:
            block = lines if isinstance(lines, TextBlock) else TextBlock.of_lines(list(lines))
            found_lines, spans = self._hyperscan.scan(block.data, block.known)
            if spans is not None:  # (the block's own lines: not the ones the scan added at its end)
                block.spans = line_spans(*spans, len(block))
            for i, found in enumerate(found_lines):
                confirm = self._confirm.get(i)
                if confirm is not None:
                    found = [n for n in found if _found_in(confirm, block[n])]
                hits[self._fast[i]] = found
        if self._re2 is not None:
            for k, found in zip(self._slow, self._re2.matching_lines(list(lines)), strict=True):
                hits[k] = found
        return hits

    def _by_records(self, texts: list[str]) -> list[list[int]]:
        """The texts that hold a line each pattern is found in (texts of several lines): the
        texts' lines searched together, each line found mapped to its text by where texts start."""
        starts = list(accumulate((text.count("\n") + 1 for text in texts), initial=0))
        hits = []
        for found in self.matching_lines(TextBlock("\n".join(texts).encode(), starts[-1])):
            records = [bisect_right(starts, n) - 1 for n in found]
            hits.append([r for k, r in enumerate(records) if not k or r != records[k - 1]])
        return hits


def _line_options() -> re2.Options:
    options = re2.Options()
    options.max_mem = MAX_MEM
    options.never_capture = True
    options.log_errors = False
    return options


def _found_in(match, line: str) -> bool:
    text = line.encode()
    return match(_UNANCHORED, text, 0, len(text))[0][0] >= 0
