"""patterns: how many records match each named regex, per pattern and per service, with samples.

A record matches when the regex is found anywhere in its raw line (grep semantics; `^` and `$`
anchor at the line's ends). A block is searched as one text, so a rare pattern costs one regex
scan per block rather than one call per line; matches that would straddle a line boundary are
re-checked on their own line. Patterns that look around (lookarounds, \\A, \\Z, \\B) are matched
line by line, where the joined text could change their meaning.
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
from .signatures import SIGNATURES

SAMPLES = 3
_CONTEXT_SENSITIVE = re.compile(r"\(\?<?[=!]|\\[AZB]")


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
            compiled[name] = re.compile(source, re.MULTILINE)
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
        self.line_by_line = {name for name, source in sources.items() if _CONTEXT_SENSITIVE.search(source)}

    def map(self, record: Record) -> Iterable[KeyValue]:
        for name, pattern in self.compiled.items():
            if pattern.search(record.raw):
                yield (name, record.service), {"count": 1, "samples": [record.raw]}

    def _matching_lines(
        self, name: str, pattern: re.Pattern[str], lines: list[str], text: str, starts: list[int]
    ) -> Iterator[int]:
        if name in self.line_by_line:
            yield from (i for i, line in enumerate(lines) if pattern.search(line))
            return
        pos = 0
        while (found := pattern.search(text, pos)) is not None:
            i = bisect_right(starts, found.start()) - 1
            line_end = starts[i] + len(lines[i])
            if found.end() <= line_end or pattern.search(lines[i]):
                yield i
            pos = line_end + 1

    def map_batch(self, columns: dict[str, list[Any]]) -> Iterator[KeyValue]:
        lines: list[str] = columns["raw"]
        services = columns["service"]
        text = "\n".join(lines)
        starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
        for name, pattern in self.compiled.items():
            per_service: dict[Any, list[int]] = {}
            for i in self._matching_lines(name, pattern, lines, text, starts):
                per_service.setdefault(services[i], []).append(i)
            for service, hits in per_service.items():
                samples = keep_samples([], [lines[i] for i in hits], SAMPLES)
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
