"""templates: log-template mining, the constant text of each kind of message with its count.

Two MapReduce steps, so that the templates do not depend on how the input was split:

1. map: mask the variable parts of each message (numbers, IPs, UUIDs, hex ids: masking.MASKS,
   once per digit shape) and count each masked message, keeping the smallest original as a sample;
2. map: group masked messages by first token (a first token that is a value, with digits or
   masked, goes to one wildcard group); reduce: run Drain (drain3) over each group, most
   frequent first, so that messages differing only in a few tokens share one template with `<*>`
   in those places; then split a template by a column of a few words (word_columns) and merge
   the templates of one event whose values take more or fewer tokens (skeletons).

A streaming miner fed split by split would learn different templates for different splits;
here every masked message of a group meets the same Drain instance in the same order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import compress
from typing import Annotated, Any

import msgspec
from msgspec import Meta

from ..formats import LEVELS, Record
from ..formats.base import MAX_SAMPLE_CHARS
from ..job import Job, KeyValue, Step, Top
from ..job.presentation import Bars, Column, Samples, Table
from .drain_groups import GroupMembers, smaller
from .masking import ShapeMasker, head_of, heads_of, is_variable, masker
from .skeletons import merge_by_skeleton
from .word_columns import split_by_words

TOP_TEMPLATES = 50
#: The most templates Drain may make in one group (its work grows with members x templates).
MAX_CLUSTERS = 1_000
EXAMPLES = 3
#: Services listed per template (the most records first).
SERVICES = 5
WILDCARD = "<*>"


class TemplateOptions(msgspec.Struct, forbid_unknown_fields=True):
    # Higher than drain3's 0.4 because masked variables already compare equal: on loghub's bundled
    # samples 0.65 and 0.7 do best (mean GA 0.995; 0.936 at 0.6, 0.933 at 0.75; bench/templates_accuracy.py).
    similarity: Annotated[
        float, Meta(gt=0, le=1, description="share of equal tokens a message needs to join a template (Drain)")
    ] = 0.65
    depth: Annotated[
        int, Meta(ge=3, le=8, description="Drain's tree depth (4: token count, first token, then the templates)")
    ] = 4
    mask: Annotated[
        bool, Meta(description="mask numbers, IPs, UUIDs and hex ids before mining (off: Drain alone finds them)")
    ] = True
    levels: Annotated[
        list[str], Meta(description="only records at these levels, e.g. ERROR,FATAL (default: every record)")
    ] = []

    def __post_init__(self) -> None:
        self.levels = [level.upper() for level in self.levels]
        unknown = [level for level in self.levels if level not in LEVELS]
        if unknown:
            raise ValueError(f"unknown levels {unknown}: use {', '.join(LEVELS)}")


#: The chart of the most frequent templates, shared by `templates` and `parse` (their summaries
#: list templates alike); a click on a bar runs `parse` over the template's records.
TEMPLATES_CHART = Bars(
    "Most frequent log templates",
    rows="templates",
    label="template",
    value="count",
    drill=["message~{template|regex}"],
    # The template's records, each with its header fields (time, level, component, pid, host).
    drill_analysis="parse",
)


class Templates(Job):
    name = "templates"
    description = "Log-template mining: masked variables, then Drain; each template with its count and a sample."
    Options = TemplateOptions
    fields = ("message", "service", "level")
    presentation = [
        TEMPLATES_CHART,
        Samples(
            "Samples",
            rows="templates",
            heading="{count|count} \u00d7 {template} from {services|top:5}",
            samples="sample",
        ),
        Table(
            "Log templates ({distinct_templates|count} from {total|count} records)",
            rows="templates",
            columns=[
                Column("records", "count", "compact"),
                Column("share", "share", "percent:1"),
                Column("template", "template"),
                Column("top service", "services", "top:1"),
            ],
        ),
    ]

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        self.masker = masker() if self.options.mask else None
        self.shapes = ShapeMasker() if self.options.mask else None

    def masked(self, message: str) -> str:
        """The mined part of a message with its variables masked and its whitespace made single spaces."""
        return self.mask_many([head_of(message)])[0]

    def mask_many(self, mined: list[str]) -> list[str]:
        """Messages' mined parts (head_of) masked, their whitespace made single spaces."""
        if self.shapes is None:
            return [" ".join(message.split()) for message in mined]
        return self.shapes.mask(mined)

    # Step 1: count masked messages per service.

    def map(self, record: Record) -> Iterable[KeyValue]:
        yield from self.map_batch({name: [getattr(record, name)] for name in self.fields}).items()

    def kept(self, columns: dict[str, list[Any]]) -> tuple[list[str], list[str | None]]:
        """A block's messages and services, of the records of the wanted levels (`--levels`)."""
        messages, services = columns["message"], columns["service"]
        if self.options.levels:
            wanted = set(self.options.levels)
            kept = [level in wanted for level in columns["level"]]
            messages, services = list(compress(messages, kept)), list(compress(services, kept))
        return messages, services

    def counted_fields(self) -> tuple[str, ...]:
        return self.fields if self.options.levels else ("message", "service")  # (the level: for --levels)

    def map_batch(self, columns: dict[str, list[Any]]) -> dict[tuple[str | None, str], list[Any]]:
        messages, services = self.kept(columns)
        counts: dict[tuple[str | None, str], list[Any]] = {}
        mined = heads_of(messages)
        for message, masked, service in zip(messages, self.mask_many(mined), services, strict=True):
            key = (service, masked)
            entry = counts.get(key)
            sample = message[:MAX_SAMPLE_CHARS]
            if entry is None:
                counts[key] = [1, sample]
            else:
                entry[0] += 1
                if sample < entry[1]:
                    entry[1] = sample
        return counts

    def add_up(self, key: Any, values: Iterable[list[Any]]) -> Iterable[KeyValue]:
        count, sample = 0, None
        for n, text in values:
            count += n
            sample = smaller(sample, text)
        yield key, [count, sample]

    # Step 2: Drain over each group of masked messages with the same first token.

    def by_prefix(self, key: Any, value: list[Any]) -> Iterable[KeyValue]:
        service, masked = key
        # Not by token count: the templates of one event whose values take more or fewer tokens
        # meet in one reducer (skeletons.merge_by_skeleton).
        yield [group_of(masked)], [masked, value[0], value[1], service]

    def mine(self, key: Any, values: Iterable[list[Any]]) -> Iterable[KeyValue]:
        """A group's templates with their counts, samples and services. Bounded: the group's
        MAX_MEMBERS most frequent members are mined (`assign`); the rest add up in its catch-all."""
        rest = GroupMembers()
        members = rest.most_frequent(values)
        mined, left = self.assign(key, members)
        rows: dict[str, dict[str, Any]] = {}
        for template, events in mined:
            _merge_row(rows, template, _row(events))
        if left or rest.members > len(members):
            kept = [member for _, events in mined for member in events]
            other = _row(left)
            other["count"] = rest.count - sum(member[1] for member in kept)
            other["variants"] = rest.members - len(kept)
            other["services"] = _top_services(rest.services - _services(kept))
            other["sample"] = smaller(other["sample"], rest.beyond_sample)
            _merge_row(rows, catch_all(key), other)
        yield from rows.items()

    def assign(self, key: Any, members: list[list[Any]]) -> tuple[list[tuple[str, list[list[Any]]]], list[list[Any]]]:
        """A group's templates, each with its members ([masked message, count, sample, service],
        most frequent first), and the members left to the group's catch-all template (past
        MAX_CLUSTERS templates): Drain over the members, most frequent first, each template split
        by a column of a few words (word_columns), then those with one skeleton merged (skeletons).
        `parse` assigns each record its template through this."""
        from drain3.drain import Drain

        # In the wildcard group the first token varies: Drain's tree must not split on it.
        depth = 3 if key[0] == WILDCARD else self.options.depth
        drain = Drain(depth=depth, sim_th=self.options.similarity, param_str=WILDCARD)
        groups: dict[int, tuple[Any, list[list[Any]]]] = {}
        cluster_of: dict[str, int] = {}  # the same masked message from another service
        left: list[list[Any]] = []
        for member in members:
            cluster_id = cluster_of.get(member[0])
            if cluster_id is None:
                if len(groups) >= MAX_CLUSTERS:
                    left.append(member)
                    continue
                cluster, _ = drain.add_log_message(member[0]) if member[0] else (_EMPTY, None)
                cluster_id = cluster_of[member[0]] = cluster.cluster_id
                groups.setdefault(cluster_id, (cluster, []))
            groups[cluster_id][1].append(member)
        mined = [pair for cluster, group in groups.values() for pair in split_by_words(cluster.get_template(), group)]
        return merge_by_skeleton(mined), left

    def steps(self) -> list[Step]:
        return [
            Step(map=self.map, combine=self.add_up, reduce=self.add_up, fields=self.counted_fields()),
            Step(map=self.by_prefix, reduce=self.mine),
        ]

    def summarize(self, results: Iterator[KeyValue]) -> dict[str, Any]:
        """The most frequent templates (only those are kept, however many there are) and totals."""
        top = Top(TOP_TEMPLATES)
        total = distinct = 0
        for template, row in results:
            total += row["count"]
            distinct += 1
            top.offer((-row["count"], template), row | {"template": template})
        rows = list(top)
        for row in rows:
            row["share"] = round(row["count"] / total, 6) if total else 0.0
        return {"templates": rows, "distinct_templates": distinct, "total": total}


def group_of(masked: str) -> str:
    """The group a masked message is mined in: its first token, or the wildcard for a first token
    that is a value. Drain's tree files tokens with digits under the wildcard too; a masked token
    (a host:<NUM>) is a value as well. Only this group's templates can start with the wildcard, so
    a template's text is never mined twice."""
    first = masked.split(" ", 1)[0]
    return WILDCARD if is_variable(first) else first


def catch_all(key: Any) -> str:
    """The template of a group's members Drain did not mine: the first token, then any tokens."""
    return f"{key[0]} {WILDCARD}" if key[0] else WILDCARD


class _Empty:
    """The template of empty messages (Drain takes no empty message)."""

    cluster_id = -1

    @staticmethod
    def get_template() -> str:
        return ""


_EMPTY = _Empty()


def _services(members: list[list[Any]]) -> Counter:
    found: Counter = Counter()
    for member in members:
        found[member[3]] += member[1]
    return found


def _top_services(services: Counter) -> dict[str, int]:
    """The services with the most records of a template (None, records without one, as "-")."""
    ranked = sorted(services.items(), key=lambda item: (-item[1], item[0] or ""))
    return {service if service is not None else "-": n for service, n in ranked[:SERVICES] if n > 0}


def _merge_row(rows: dict[str, dict[str, Any]], template: str, row: dict[str, Any]) -> None:
    """Add a row to a template already mined in this group (the catch-all may repeat one)."""
    known = rows.get(template)
    if known is None:
        rows[template] = row
        return
    known["count"] += row["count"]
    known["variants"] += row["variants"]
    known["sample"] = smaller(known["sample"], row["sample"])
    known["examples"] = (known["examples"] + row["examples"])[:EXAMPLES]
    merged = Counter(known["services"]) + Counter(row["services"])
    known["services"] = dict(sorted(merged.items(), key=lambda item: (-item[1], item[0]))[:SERVICES])


def _row(members: list[list[Any]]) -> dict[str, Any]:
    """A template's output: its count, a sample message, the (masked message, service) members it
    gathers, a few of the masked messages and the services with the most records."""
    sample = min((member[2] for member in members if member[2] is not None), default=None)
    examples = list(dict.fromkeys(member[0] for member in members))[:EXAMPLES]
    return {
        "count": sum(member[1] for member in members),
        "sample": sample,
        "variants": len(members),
        "examples": examples,
        "services": _top_services(_services(members)),
    }
