"""A learned layout's header regex for RE2 (plain_kernel.py), and its fast form: the regex a
block's header lines are read with once the whole regex (RE2's DFA) has matched them.

The layout's regex has lookaheads RE2 lacks; each is dropped only where it is implied: every
character that can follow it (the slot's separator's first characters, a `]`, or, without a
separator, the next slot's first characters) satisfies it, checked with Python's `re` itself. A
layout where one is not implied gets no kernel.

The fast form reads the same groups in fewer steps (RE2 extracts groups at its slower engines'
speed, and a level's alternation of 30 words or an optional zone after a space cost most of
it). Its slots up to the last one read are those of the header cut (header_cut.py), each
splitting a header line one way, so a line's slots start where they start in the whole regex's
match; from there each rewritten slot matches that slot's text or nothing:

- a level (bare or bracketed; not an optional one, which other words skip) is a run of letters that
  does not start like a zone (`Z`, `U`, `G`): it is followed by a character no level word holds (the
  separator's, or a bracket's), so the run is the level word when the word is all letters, and fails
  (no match) otherwise (`debug1`, or a zone where the whole regex read one);
- an ISO 8601 time before the last slot read loses its optional zone (a line that has one no
  longer matches: the next slot, which cannot start like a zone, is read where the zone is), or
  keeps a glued one in a block none of whose lines has one after a space (`_spaced_zones`: where
  the next slot could start like a zone, rsyslog's `...+00:00 host tag: `);
- a bracket's content is a run of single characters rather than of runs (the same text);
- a time that is read has its fraction (`[.,]digits` right after `HH:MM:SS`) as a group of its
  own, with what is before and after it, so that the seconds are counted without a second regex.

A block whose lines the fast form does not match all is read with the cut regex instead. Where
the header is at most one slot longer than the cut, the whole header's fast form reads a block in
one pass (`one_pass_headers`; in C: group_dfa.py), with no DFA pass first: a
line it matches whose level runs are level words is a header (each rewritten slot matches a subset
of the header's texts), and every other ASCII line is checked to be none on the header's DFA; a
block where one is (a zone, `debug1`) is read the two-pass way.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .columnar import FAST_SAMPLE, block_lines, named_groups_only, to_re2
from .group_dfa import extract_regex, match_regex, read_in_c
from .header_cut import fixed_spans, read_slots, splits_one_way
from .layout import Layout
from .slots import LEVEL_WORDS, OPTIONAL, SEPARATORS, SLOTS, base_kind, slot_regex
from .times import BY_KEY

# The characters each separator can start with (none: the next slot's; eol's `\n`: the line's end).
SEP_FIRST = dict.fromkeys(("dash", "pad", "sp", "sp1", "arrow", "scolon"), " \t") | {"pipe": " \t|", "comma": ","}
SEP_FIRST |= {"colon": ":", "slash": "/", "colon1": ":", "pcolon": " \t:", "notes": " \t[", "eol": " \t\n"}
_LOOKAROUND = re.compile(r"\(\?([=!])((?:[^()\\]|\\.)*)\)")
_LEVEL = f"(?i:{LEVEL_WORDS})"
LEVEL_RUN = "[A-FH-TV-Ya-fh-tv-y][A-Za-z]*"  # (no level word starts with a zone's letter)
OPTIONAL_ZONE = r"(?: ?(?:Z|[+-]\d\d:?\d\d|UTC|GMT))?"  # ISO 8601's, in times.py
_GLUED_ZONE, _SPACED_ZONE = OPTIONAL_ZONE.replace(" ?", ""), OPTIONAL_ZONE.replace(" ?", " ")[:-1]
_BRACKET_RUNS = (r"(?:[^\[\]\n]++|", r"(?:[^\[\]\n]|")
_HMS = (r"\d\d:\d\d:\d\d", r"[0-5]\d[0-5]\d")  # (HH:MM:SS, and Chromium's HHMMSS: times.py `mmdd_slash`)
# A time's fraction as the time layouts write it after HH:MM:SS, and as a group (longest first).
_FRACTIONS = (
    (r"(?:[.,]\d+)?", r"(?P<Gf>[.,]\d+)?"),
    (r"(?:\.\d+)?", r"(?P<Gf>\.\d+)?"),
    (r"\.\d+", r"(?P<Gf>\.\d+)"),
)
# The parts a time's text is counted by (its fraction dropped): the first HH:MM:SS (or Chromium's MMDD/HHMMSS).
TIME_PARTS = r"^(?P<a>.*?[0-9]{2}(?::[0-9]{2}:|[0-9]{2}/[0-9]{4})[0-9]{2})(?P<f>[.,][0-9]+)?(?P<b>.*)$"


def _first_chars(fragment: str) -> str | None:
    """The characters a slot's regex can start with, where that is plain to see."""
    body = re.sub(r"^\(\?P<\w+>", "", fragment)
    if body.startswith(r"\d"):
        return "0123456789"  # (the kernel's regexes run on ASCII lines only)
    if body.startswith(r"\["):
        return "["
    return None


def _follow(rest: str, sep: str, after: str | None) -> str | None:
    """What can follow a lookaround whose fragment goes on with `rest`."""
    depth = 0
    if rest.startswith("|"):  # the end of an alternative: what follows the group
        for at, char in enumerate(rest):
            depth += {"(": 1, ")": -1}.get(char, 0)
            if depth < 0:
                rest = rest[at:]
                break
    rest = rest.lstrip(")")
    if rest.startswith(r"\]"):
        return "]"
    if rest in (f"(?:{SEPARATORS[sep]})", f"(?:{SEPARATORS[sep]}))?"):  # (an optional slot's group)
        return SEP_FIRST.get(sep, after if sep == "none" else None)
    return None


def _without_lookarounds(fragment: str, sep: str, after: str | None) -> str | None:
    while (found := _LOOKAROUND.search(fragment)) is not None:
        follow = _follow(fragment[found.end() :], sep, after)
        check = re.compile(f"(?{found[1]}{found[2]})")
        if not follow or not all(check.match(c) for c in follow):
            return None
        fragment = fragment[: found.start()] + fragment[found.end() :]
    return fragment


@cache
def _fragments(layout: Layout) -> tuple[str, ...] | None:
    """Each slot's regex (Python syntax, groups `s0`, `s1x`...) without its lookarounds; None
    for a layout with a pseudo-slot (Kafka's logger past the message: no header regex reads it)."""
    if any(kind.removeprefix(OPTIONAL) not in SLOTS for kind, _ in layout):
        return None
    fragments = [slot_regex(kind, sep, f"s{i}") for i, (kind, sep) in enumerate(layout)]
    parts = []
    for i, (fragment, (_, sep)) in enumerate(zip(fragments, layout, strict=True)):
        after = _first_chars(fragments[i + 1]) if i + 1 < len(fragments) else None
        part = _without_lookarounds(fragment, sep, after)
        if part is None:
            return None
        parts.append(part)
    return tuple(parts)


@cache
def kernel_header(layout: Layout, slots: int | None = None) -> str | None:
    """The layout's header regex for RE2 on ASCII lines (groups `s0`, `s1x`... as in layout.py), or
    None; with `slots`, only its first slots'."""
    parts = _fragments(layout)
    return None if parts is None else to_re2("^" + "".join(parts[:slots]))


def _closing(text: str, start: int) -> int:
    """Where the group opened at `start` closes, and whether it holds a `|` of its own (at its depth)."""
    depth, at, alternation = 0, start, False
    while at < len(text):
        char = text[at]
        if char == "\\":
            at += 1
        elif char == "[":  # a class: to its closing bracket
            at += 1
            while text[at] != "]" or text[at - 1] == "[":
                at += 2 if text[at] == "\\" else 1
        elif char in "()":
            depth += 1 if char == "(" else -1
            if depth == 0:
                return at if not alternation else -1
        elif char == "|" and depth == 1:
            alternation = True
        at += 1
    return -1


@cache
def fast_header(
    layout: Layout, names: tuple[str, ...], time: str | None, whole: bool = False, zoned: bool = False
) -> tuple[str, tuple[str, ...]] | None:
    """The fast form of the cut regex reading `names` (see the module's docstring) and the groups
    it reads (the `time` group split into `{time}a`, `{time}f`, `{time}b` where it can be), or
    None where it would be the cut regex. `whole`: of the whole header regex rather than the cut;
    `zoned`: for lines with no zone after a space (`_spaced_zones`), their times' glued zones kept."""
    parts, keep = _fragments(layout), len(layout) if whole else read_slots(layout, names)
    if parts is None or not all(splits_one_way(layout, at, keep, zoned) for at in range(keep - 1)):
        return None
    fast, capture = [], names
    for at, part in enumerate(parts[:keep]):
        if base_kind(layout[at][0]) in ("level", "blevel") and not layout[at][0].startswith(OPTIONAL):
            part = part.replace(_LEVEL, LEVEL_RUN)  # (not an optional level: a run of other letters skips it)
        elif base_kind(layout[at][0]) == "time" and at < keep - 1:
            part = part.replace(OPTIONAL_ZONE, _GLUED_ZONE if zoned else "")
        if f"s{at}" == time and (split := _split_time(part, time)) is not None:
            part, capture = split, (*(name for name in names if name != time), *(time + p for p in "afb"))
        fast.append(part.replace(*_BRACKET_RUNS))
    if fast == list(parts[:keep]):
        return None
    regex = to_re2("^" + "".join(fast))
    return named_groups_only(regex, capture), capture


@cache
def fixed_groups(layout: Layout, names: tuple[str, ...], time: str | None) -> tuple[tuple[str, int, int], ...] | None:
    """The cut regex's groups `names` as (group, start, end), the same slice of every line it
    matches (header_cut.fixed_spans: klog's level letter and time), the `time` group read as its
    parts before and after its fraction (`{time}a`, `{time}b`) where it has one; else None."""
    parts, keep = _fragments(layout), read_slots(layout, names)
    if parts is None:
        return None
    pattern, wanted = [], [name for name in names if name != time]
    for at, part in enumerate(parts[:keep]):
        if f"s{at}" == time:
            split = _split_time(part, time)
            part, wanted = (part, [*wanted, time]) if split is None else (split, [*wanted, time + "a", time + "b"])
        pattern.append(part)
    spans = fixed_spans("^" + "".join(pattern), wanted)
    return None if spans is None else tuple((name, *spans[name]) for name in wanted)


def one_pass_header(
    layout: Layout, names: tuple[str, ...], time: str | None
) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """The fast form of the whole header regex, its groups and its level groups: a line it
    matches whose level groups hold level words is a header, and its groups are the header's
    (each rewritten slot reads the header's text or nothing). None where there is no such form, or
    where it pays less than the header's DFA then the cut regex: on RE2, a header more than one slot
    longer than the cut (in C, group_dfa.py, one pass always pays)."""
    levels = tuple(f"s{at}" for at, (kind, _) in enumerate(layout) if base_kind(kind) in ("level", "blevel"))
    read, zones = tuple(dict.fromkeys((*names, *levels))), None
    found = fast_header(layout, read, time, whole=True)
    if found is None and (zones := _spaced_zones(layout)) is not None:
        found = fast_header(layout, read, time, whole=True, zoned=True)
    if found is None or (len(layout) - read_slots(layout, names) > 1 and not read_in_c(found[0])):
        return None
    return (*found, levels, zones)


@cache
def _spaced_zones(layout: Layout) -> str | None:
    """The lines whose ISO time (the layout's one) has a zone after a space (else the fast form
    may read them with a glued zone or none: one after a space could be a host), or None."""
    parts = _fragments(layout) or ()
    zoned = [at for at, part in enumerate(parts) if base_kind(layout[at][0]) == "time" and OPTIONAL_ZONE in part]
    if len(zoned) != 1:
        return None
    head = "".join(parts[: zoned[0]]) + parts[zoned[0]].replace(OPTIONAL_ZONE, _SPACED_ZONE)
    return to_re2(named_groups_only("^" + head, ()))


def one_pass_headers(
    layout: Layout, names: tuple[str, ...], time: str | None, lines: Any, ascii_lines: Any
) -> tuple[Any, Any] | None:
    """(which lines are ASCII header lines, their groups `names`) read on RE2 in one pass of the
    whole header's fast form, where every ASCII header line fits it; else None (the header's DFA
    tells which lines are headers, first among a few lines, then the block's others)."""
    import pyarrow.compute as pc

    found = one_pass_header(layout, names, time)
    if found is None:
        return None
    regex, _, levels, zones = found
    header = named_groups_only(kernel_header(layout), ())  # type: ignore[arg-type]

    def fitting(lines: Any, ascii_lines: Any) -> tuple[Any, Any] | None:
        if zones is not None and pc.any(pc.and_(ascii_lines, match_regex(lines, zones))).as_py():
            return None  # (a zone after a space: the fast form read without it would read another host)
        read = extract_regex(lines, regex)
        fits = pc.and_(ascii_lines, read.is_valid())
        for level in levels:  # a level run is a level word (no other line is a header)
            words = pc.struct_field(read, [read.type.get_field_index(level)])
            valid = [word for word in pc.unique(words.filter(fits)).to_pylist() if LEVEL_WORD.fullmatch(word)]
            fits = pc.fill_null(pc.and_(fits, pc.is_in(words, value_set=block_lines("\n".join(valid).encode()))), False)
        if pc.any(pc.match_substring_regex(lines.filter(pc.and_not(ascii_lines, fits)), header)).as_py():
            return None
        return fits, read.filter(fits)

    if fitting(lines[:FAST_SAMPLE], ascii_lines[:FAST_SAMPLE]) is None:
        return None
    return fitting(lines, ascii_lines)


LEVEL_WORD = re.compile(_LEVEL)
_TIME_PARTS = re.compile(TIME_PARTS)


def drop_fraction(text: str | None) -> str | None:
    """A time's text without its fraction where TIME_PARTS finds one, as the plain kernel drops an
    ASCII header's in Arrow: the same second (every time layout reads a time without its
    fraction, times.py), fewer distinct texts."""
    found = _TIME_PARTS.match(text) if text else None
    if found is None or found["f"] is None:
        return text
    return found["a"] + found["b"]


# What in a time layout's regex could match a `.` or a `,` (a fraction's mark): one of them, escaped
# or not, a negated class, a class escape that holds them.
_MARK_MATCHER = re.compile(r"[.,]|\[\^|\\[SWD]")


@cache
def holds_no_fraction(layout: Layout, group: str) -> bool:
    """Whether the time slot read into `group` (`s1`) never holds a `.` nor a `,`: its text is
    then as `drop_fraction` leaves it (TIME_PARTS finds no fraction), and nothing is dropped."""
    if not group[1:].isdigit():
        return False
    kind = layout[int(group[1:])][0]
    layout_key = kind.split(":", 1)[1] if base_kind(kind) in ("time", "btime", "otime", "ptime") else None
    return layout_key in BY_KEY and _MARK_MATCHER.search(BY_KEY[layout_key].pattern) is None


def _split_time(fragment: str, group: str) -> str | None:
    """A time slot's fragment with its text before, at and after the fraction as groups, where
    its HH:MM:SS is followed by the fraction (the first HH:MM:SS in its text: TIME_PARTS's), or
    None."""
    opening = f"(?P<{group}>"
    start = max(fragment.find(opening), 0)  # (inside a bracket too: Chromium's)
    end = _closing(fragment, start) if fragment.startswith(opening, start) else -1
    body = fragment[start + len(opening) : end]
    for form, named in _FRACTIONS:
        at, hms = next(((at, hms) for hms in _HMS if (at := body.find(hms + form)) >= 0), (-1, ""))
        if end >= 0 and at >= 0:
            head, tail, named = body[: at + len(hms)], body[at + len(hms) + len(form) :], named.replace("G", group)
            return f"{fragment[:start]}{opening}(?P<{group}a>{head}){named}(?P<{group}b>{tail})){fragment[end + 1 :]}"
    return None
