"""Where a plain layout's header regex may stop: after the last slot a job reads, when every
slot up to there splits a header line one way only, so the shorter regex's groups are the whole
regex's (RE2 extracts groups at its NFA's speed, and a header's later slots cost most of it).

A slot splits one way when, from a given start and followed by its separator, its groups' spans
are the same in every match: bracketed kinds end at their first closing bracket (their text has
none); a level, a pid, a dotted name and a word are runs ended by a character they cannot hold,
which every separator they take starts with (a level's alternatives are whole words, longest
first); a syslog tag is a name's run, its note and its pid, ended by its colon; a klog letter is
one character; a time (`time:`, followed by a separator that starts with a blank or `|`) ends
where its layout's pattern does, except ISO 8601's and the access
log's optional zone after a space, which the next slot then must not be able to start (`Z`,
`UTC`, `GMT`, `+0100`). A separator then ends one way too: none of these slots starts with a
blank. Optional slots (present or not) never precede the cut.

A group the cut regex reads may also be a fixed span of every line it matches (`fixed_spans`):
where what precedes it and the group itself each match text of one width only (klog's level
letter, a time's seconds at the line's start), the group is that slice of the line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

from .slots import base_kind, is_optional

# Kinds that split a header line one way whatever separator they take (see above).
ONE_WAY_KINDS = frozenset(
    {"btime", "blevel", "bpid", "blabel", "bdotted", "bracket", "level", "letter", "pid", "dotted", "word"}
    | {"blocation", "ltime", "epid", "pidrole", "rlevel", "chlevel", "nlevel", "bname", "tag"}
)
BLANK_SEPS = frozenset({"sp", "sp1", "dash", "pad", "tab", "pipe", "arrow", "scolon"})  # (start with a blank or `|`)
ZONED_TIMES = frozenset({"iso", "day_month_name", "day_month_year"})  # an optional zone after a space
# Kinds that never start with a zone's first character (Z, U, G, +, -): a level's words do not.
NOT_A_ZONE = frozenset({"level", "blevel", "bracket", "btime", "bpid", "blabel", "bdotted", "letter", "pid"})
NOT_A_ZONE |= {"blocation", "ltime", "epid", "pidrole", "bname"}


def splits_one_way(layout: tuple[tuple[str, str], ...], at: int, keep: int, zoned: bool = False) -> bool:
    """Whether the slot at `at` splits a header line one way in a regex of the first `keep` slots
    (`zoned`: where no line has a zone after a space, header_regex.one_pass_headers checks)."""
    kind, sep = layout[at]
    if is_optional(kind):
        return False
    if base_kind(kind) != "time":
        return base_kind(kind) in ONE_WAY_KINDS
    if sep not in BLANK_SEPS:
        return False
    if kind.split(":", 1)[1] not in ZONED_TIMES:
        return True
    return zoned or (at + 1 < keep and base_kind(layout[at + 1][0]) in NOT_A_ZONE)


def read_slots(layout: tuple[tuple[str, str], ...], groups: Iterable[str]) -> int:
    """How many of the layout's slots a regex reading `groups` (`s2`, `s3x`...) needs: up to the
    last slot read where that is proven to read the same groups as the whole regex, else all."""
    read = [int(group[1:].rstrip("xy")) for group in groups]
    keep = 1 + max(read, default=len(layout) - 1)
    if keep < len(layout) and all(splits_one_way(layout, at, keep) for at in range(keep)):
        return keep
    return len(layout)


def fixed_spans(pattern: str, names: Sequence[str]) -> dict[str, tuple[int, int]] | None:
    """Each group of `names` in `pattern` (Python syntax, anchored by its `^`) as the (start, end)
    it spans in every match, where all have one: the items before it and the group itself match
    one width of text only (a group of width 0 spans nothing wherever it is); else None. Groups
    are looked for in the pattern's sequence and the groups within it, not in a repeat or a branch
    (where a match may skip them)."""
    try:
        parsed = _parser.parse(pattern)
    except re.error:  # (a pattern Python's parser does not take: no spans)
        return None
    numbers = {parsed.state.groupdict[name]: name for name in names if name in parsed.state.groupdict}
    spans: dict[str, tuple[int, int]] = {}
    _walk(parsed, 0, numbers, spans)
    return spans if len(spans) == len(names) else None


def _walk(items: object, start: int | None, numbers: dict[int, str], spans: dict[str, tuple[int, int]]) -> None:
    """Record the spans of the groups `numbers` in a sequence of parsed items starting at `start`
    (None: not a fixed offset)."""
    for op, av in items.data:  # type: ignore[attr-defined]
        low, high = _parser.SubPattern(items.state, [(op, av)]).getwidth()  # type: ignore[attr-defined]
        if op is sre.SUBPATTERN:
            name = numbers.get(av[0])
            if name is not None and low == high and (low == 0 or start is not None):
                spans[name] = (start or 0, (start or 0) + low)
            _walk(av[3], start, numbers, spans)
        start = start + low if start is not None and low == high else None
