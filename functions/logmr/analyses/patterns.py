"""patterns: how many records match each named regex, per pattern and per service, with samples.

A record matches when the regex is found anywhere in its raw line (grep semantics). When every
match must contain one of a few literals (see literals.py), `str.find` over the block's joined
lines picks the candidate lines and only those are searched with the regex; otherwise each line
is searched. Either way a line counts exactly when `re.search(regex, line)` finds something.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from itertools import accumulate
from typing import Any

import msgspec

from ..formats import Record
from ..formats.base import keep_samples
from ..job import Job, JobOptionsError, KeyValue
from .literals import Requirement, required_literals
from .signatures import SIGNATURES

SAMPLES = 3


class _Block:
    """A block's raw lines joined by newlines, with each line's offset in the joined text."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.text = "\n".join(lines)
        self.starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
        self._lowered: str | None = None

    def lowered(self) -> str:
        """The text lowercased (callers use it for ASCII text only, where offsets are kept)."""
        if self._lowered is None:
            self._lowered = self.text.lower()
        return self._lowered


class PatternOptions(msgspec.Struct, forbid_unknown_fields=True):
    patterns: dict[str, str] = {}
    builtin: bool = True


def compile_patterns(patterns: dict[str, str]) -> dict[str, re.Pattern[str]]:
    """Compile named regexes, with an error naming the pattern that does not compile."""
    compiled = {}
    for name, source in patterns.items():
        if not name or not isinstance(source, str) or not source:
            raise JobOptionsError(f"pattern {name!r} needs a name and a non-empty regex")
        try:
            compiled[name] = re.compile(source)
        except re.error as error:
            raise JobOptionsError(f"bad regex for pattern {name!r}: {error} in {source!r}") from None
    return compiled


def _merge(count: int, samples: list[str], value: dict[str, Any]) -> tuple[int, list[str]]:
    return count + value["count"], keep_samples(samples, value["samples"], SAMPLES)


class Patterns(Job):
    name = "patterns"
    description = "Records matching each named regex (built-in error signatures and your own)."
    Options = PatternOptions
    fields = ("service", "raw")

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        sources = dict(SIGNATURES) if self.options.builtin else {}
        sources.update(self.options.patterns)
        if not sources:
            raise JobOptionsError("patterns needs at least one pattern (or builtin signatures on)")
        self.compiled = compile_patterns(sources)
        requirements = {name: required_literals(source) for name, source in sources.items()}
        self.requirements = {name: found for name, found in requirements.items() if found is not None}

    def map(self, record: Record) -> Iterable[KeyValue]:
        for name, pattern in self.compiled.items():
            if pattern.search(record.raw):
                yield (name, record.service), {"count": 1, "samples": [record.raw]}

    def _candidates(self, requirement: Requirement, block: _Block) -> list[int] | None:
        """Lines containing a required literal, by the first option few enough lines meet;
        None when every option is met by too many lines for the filter to pay."""
        if requirement.ignore_case and not block.text.isascii():
            return None
        haystack = block.lowered() if requirement.ignore_case else block.text
        for literals in requirement.options:
            found = self._lines_with(literals, haystack, block.starts, len(block.lines) // 4 + 16)
            if found is not None:
                return found
        return None

    @staticmethod
    def _lines_with(literals: frozenset[str], haystack: str, starts: list[int], limit: int) -> list[int] | None:
        found: set[int] = set()
        for literal in literals:
            pos = haystack.find(literal)
            while pos != -1:
                i = bisect_right(starts, pos) - 1
                found.add(i)
                if len(found) > limit:
                    return None
                pos = haystack.find(literal, starts[i + 1])
        return sorted(found)

    def _matching_lines(self, name: str, pattern: re.Pattern[str], block: _Block) -> Iterator[int]:
        requirement = self.requirements.get(name)
        candidates = self._candidates(requirement, block) if requirement else None
        lines = block.lines
        if candidates is None:
            # Line by line: as fast as one scan of the joined text in `re`, and no pattern
            # (`[^;]*`, DOTALL) can run across line boundaries.
            yield from (i for i, line in enumerate(lines) if pattern.search(line))
            return
        yield from (i for i in candidates if pattern.search(lines[i]))

    def map_batch(self, columns: dict[str, list[Any]]) -> Iterator[KeyValue]:
        block = _Block(columns["raw"])
        services = columns["service"]
        for name, pattern in self.compiled.items():
            per_service: dict[Any, list[int]] = {}
            for i in self._matching_lines(name, pattern, block):
                per_service.setdefault(services[i], []).append(i)
            for service, hits in per_service.items():
                samples = keep_samples([], [block.lines[i] for i in hits], SAMPLES)
                yield (name, service), {"count": len(hits), "samples": samples}

    def combine(self, key: Any, values: Iterable[dict[str, Any]]) -> Iterable[KeyValue]:
        count, samples = 0, []
        for value in values:
            count, samples = _merge(count, samples, value)
        yield key, {"count": count, "samples": samples}

    reduce = combine

    def summarize(self, results: Iterator[KeyValue]) -> dict[str, Any]:
        by_pattern: dict[str, dict[str, Any]] = {
            name: {"count": 0, "services": {}, "samples": []} for name in self.compiled
        }
        for (name, service), value in results:
            entry = by_pattern.setdefault(name, {"count": 0, "services": {}, "samples": []})
            entry["count"] += value["count"]
            entry["services"][service if service is not None else "-"] = value["count"]
            entry["samples"] = keep_samples(entry["samples"], value["samples"], SAMPLES)
        rows = []
        for name, entry in by_pattern.items():
            services = sorted(entry["services"].items(), key=lambda kv: (-kv[1], kv[0]))
            rows.append(
                {
                    "pattern": name,
                    "regex": self.compiled[name].pattern if name in self.compiled else None,
                    "count": entry["count"],
                    "services": dict(services),
                    "samples": entry["samples"],
                }
            )
        rows.sort(key=lambda r: (-r["count"], r["pattern"]))
        return {"patterns": rows, "total_matches": sum(r["count"] for r in rows)}
