"""patterns: how many records match each named regex, per pattern and per service, with samples.

A record matches when the regex is found anywhere in its text (grep semantics), one count per
record per pattern. The text is the line as a person reads it (Record.text): a JSON line with its
string escapes resolved, other lines as written. The regexes run in time linear in the text
(linear.py): all of them in one Hyperscan pass over a block, the few it cannot take on RE2.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Annotated, Any

import msgspec
from msgspec import Meta

from ..formats import Record
from ..formats.base import keep_samples
from ..formats.json_text import TextBlock
from ..formats.record_texts import DeferredColumn
from ..job import Job, JobOptionsError, KeyValue
from ..job.presentation import Bars, Column, Samples, Table
from .signatures import SIGNATURES

SAMPLES = 3


class PatternOptions(msgspec.Struct, forbid_unknown_fields=True):
    patterns: Annotated[
        dict[str, str],
        Meta(
            description="patterns to count, name -> regex (RE2 syntax: linear time, no backreferences)",
            extra={"flag": "--pattern", "short": "-p", "metavar": "NAME=REGEX"},
        ),
    ] = {}
    builtin: Annotated[
        bool,
        Meta(
            description="count the built-in error signatures too (off: only your own patterns)",
            extra={"flag": "--no-builtin-patterns"},
        ),
    ] = True


def _merge(count: int, samples: list[str], value: dict[str, Any]) -> tuple[int, list[str]]:
    return count + value["count"], keep_samples(samples, value["samples"], SAMPLES)


class Patterns(Job):
    name = "patterns"
    description = "Records matching each named regex (built-in error signatures and your own)."
    Options = PatternOptions
    fields = ("service", "text")
    presentation = [
        Bars("Records matching each pattern", rows="patterns", label="pattern", value="count", limit=50),
        Samples("Samples", rows="patterns", heading="{pattern}", samples="samples", limit=50),
        Table(
            "Pattern matches",
            rows="patterns",
            columns=[
                Column("pattern", "pattern"),
                Column("records", "count", "count"),
                Column("top services", "services", "top:3"),
                Column("sample", "samples.0", cut=True),
            ],
            limit=50,
        ),
    ]

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        sources = dict(SIGNATURES) if self.options.builtin else {}
        sources.update(self.options.patterns)
        if not sources:
            raise JobOptionsError("patterns needs at least one pattern (or builtin signatures on)")
        # Imported here: RE2 and Hyperscan take tens of milliseconds to load, and only this job uses them.
        from .linear import LinearPatterns

        self.matcher = LinearPatterns(sources)

    def map(self, record: Record) -> Iterable[KeyValue]:
        for name, hits in zip(self.matcher.sources, self.matcher.matching_lines([record.text]), strict=True):
            if hits:
                yield (name, record.service), {"count": 1, "samples": [record.text]}

    def map_batch(self, columns: dict[str, list[Any]]) -> Iterator[KeyValue]:
        lines, services = columns["text"], columns["service"]
        if not isinstance(lines, TextBlock):  # (its samples then decoded only where kept)
            lines = TextBlock.of_texts(lines) or lines
        found_lines = self.matcher.matching_lines(lines)
        if isinstance(services, DeferredColumn):  # read for the records found only
            found = sorted(set().union(*found_lines))
            services = dict(zip(found, services.values_at(found), strict=True))
        for name, hits in zip(self.matcher.sources, found_lines, strict=True):
            grouped = None
            if isinstance(lines, TextBlock) and hits:  # (counted and sampled in C, where it is built)
                grouped = lines.grouped_samples(hits, list(map(services.__getitem__, hits)), SAMPLES)
            if grouped is not None:
                for service, (count, samples) in grouped.items():
                    yield (name, service), {"count": count, "samples": samples}
                continue
            per_service: dict[Any, list[int]] = {}
            for i in hits:
                per_service.setdefault(services[i], []).append(i)
            for service, found in per_service.items():
                if isinstance(lines, TextBlock):  # (the lines kept decoded, not every line found)
                    samples = lines.kept_samples(found, SAMPLES)
                else:
                    samples = keep_samples([], [lines[i] for i in found], SAMPLES)
                yield (name, service), {"count": len(found), "samples": samples}

    def combine(self, key: Any, values: Iterable[dict[str, Any]]) -> Iterable[KeyValue]:
        count, samples = 0, []
        for value in values:
            count, samples = _merge(count, samples, value)
        yield key, {"count": count, "samples": samples}

    reduce = combine

    def summarize(self, results: Iterator[KeyValue]) -> dict[str, Any]:
        by_pattern: dict[str, dict[str, Any]] = {
            name: {"count": 0, "services": {}, "samples": []} for name in self.matcher.sources
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
                    "regex": self.matcher.sources.get(name),
                    "engine": self.matcher.engines.get(name),
                    "count": entry["count"],
                    "services": dict(services),
                    "samples": entry["samples"],
                }
            )
        rows.sort(key=lambda r: (-r["count"], r["pattern"]))
        return {"patterns": rows, "total_matches": sum(r["count"] for r in rows)}
