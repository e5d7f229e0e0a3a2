"""The candidate slots of header inference (header.py): each slot kind with each of its separators
(slots.py), over 500 regexes. A candidate's regex is compiled when first tried, and it is tried
only where its kind's regex alone (without a separator: 114 of them) fits enough lines; a candidate
fits a line only where its kind does, so most are never compiled (compiling them all took 60-70 ms
of a text file's plan, on the path to its first map task)."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterator

from .header_names import most_are_classes
from .headless import opening_blanks
from .record import known_level
from .slots import (
    LEAD,
    LEVEL_BEARING,
    MESSAGE_LEVEL,
    SLOTS,
    TIME_KINDS,
    WIDE_LEVEL,
    base_kind,
    seps_of,
    slot_regex,
)

LEVEL_ONLY_SHARE = 0.5  # (a level on half the lines anchors a header without a time: header.py)
Candidate = tuple[str, str]  # (kind, separator)
Fit = tuple[str, str, dict[int, int]]  # (kind, separator, each fitting line's cursor past it)


@functools.cache
def slot_pattern(kind: str, sep: str) -> re.Pattern[str]:
    """A candidate's regex (the slot and its separator), compiled when first asked for."""
    return re.compile(slot_regex(kind, sep, "G"))


@functools.cache
def _kind_pattern(kind: str) -> re.Pattern[str]:
    """A kind's regex without a separator: wherever one of its candidates matches, it matches."""
    return re.compile(SLOTS[kind])


def _candidates(wanted: Callable[[str], bool]) -> tuple[Candidate, ...]:
    return tuple((kind, sep) for kind in SLOTS for sep in seps_of(kind) if wanted(kind))


SPECIFIC = _candidates(
    lambda kind: kind not in ("word", "conn", "blabel", "bname", "bmodule", WIDE_LEVEL, MESSAGE_LEVEL, LEAD)
)
SPACED = tuple(c for c in SPECIFIC if c[0] != "gtag")
# (a level written as one character only ever follows Redis's `pid:role time`: elsewhere `- `,
# `* `, `# ` open messages, and Thunderbird's `-` alert flag its lines)
NOT_REDIS = tuple(c for c in SPACED if c[0] != "rlevel")
WORDS = _candidates(lambda kind: kind == "word")
LEVELS = _candidates(lambda kind: kind == "level")
LEVEL_SLOTS = _candidates(lambda kind: kind in ("level", "blevel"))
TAGS = _candidates(lambda kind: kind in ("tag", "ptag"))
TIMES = _candidates(lambda kind: base_kind(kind) == "time")


def advance(pattern: re.Pattern[str], lines: list[str], alive: dict[int, int], need: float = 0) -> dict[int, int]:
    """Where the slot's pattern moves each line's cursor, on the lines it fits; cut short (fewer
    than `need`) once it can no longer fit `need` of them."""
    moved = {}
    misses = len(alive) - need  # past this many lines it does not fit, it cannot fit `need`
    for index, pos in alive.items():
        found = pattern.match(lines[index], pos)
        if found is not None:
            moved[index] = found.end()
        else:
            misses -= 1
            if misses < 0:
                return moved
    return moved


_DIGITS = "\\d"  # (any decimal digit, as Python's `\\d` matches in a text: `str.isdecimal`)


@functools.cache
def opening_chars(regex: str) -> str | None:
    """The character a match of `regex` opens with (or _DIGITS), where its first atom (past a leading
    `(?P<G>`) is a character or `\\d` that is not optional and no alternation may open otherwise; else None."""
    body = regex.removeprefix("(?P<G>")
    if body.startswith(_DIGITS):
        chars, rest = _DIGITS, body[2:]
    elif body[:1] == "\\" and not body[1:2].isalnum():
        chars, rest = body[1:2], body[2:]
    elif body[:1] and body[0] not in "\\()[]{}.*+?^$|":
        chars, rest = body[0], body[1:]
    else:
        return None
    depth, escaped, in_class, first = 0 if body is regex else 1, False, False, -1
    for at, char in enumerate(rest):  # (a `|` at the top, or in the leading group, lets the match open otherwise)
        if escaped or char == "\\":
            escaped = not escaped
        elif in_class:
            in_class = char != "]" or at == first  # (`[]x]`, `[^]x]`: a `]` first in a class is a member)
        elif char == "[":
            in_class, first = True, at + (2 if rest[at + 1 : at + 2] == "^" else 1)
        elif char in "()":
            depth += 1 if char == "(" else -1
            if depth == 0 and body is not regex and _optional(rest[at + 1 :]):
                return None  # (the leading group optional: `(?P<G>a)?b`)
        elif char == "|" and depth <= 1 and (depth == 0 or body is not regex):
            return None
    return None if not chars or _optional(rest) or "(?#" in regex else chars


def _optional(rest: str) -> bool:
    """Whether a quantifier at the start of `rest` lets the atom before it match nothing."""
    return rest[:1] in ("?", "*") or rest.startswith(("{0", "{,"))


def fitting(candidates: tuple[Candidate, ...], lines: list[str], alive: dict[int, int], need: float) -> Iterator[Fit]:
    """Each of the candidates, in order, that fits `need` lines, with where it moves their cursors
    (a kind whose regex alone fits fewer lines is passed over, its candidates never compiled; one
    whose match opens with a character, `[` or a digit, that too few cursors are at: its regex neither)."""
    kinds: dict[str, bool] = {}
    at = Counter(lines[i][pos : pos + 1] for i, pos in alive.items())
    for kind, sep in candidates:
        fits = kinds.get(kind)
        if fits is None and (chars := opening_chars(SLOTS[kind])) is not None:
            opening = sum(n for char, n in at.items() if char.isdecimal()) if chars == _DIGITS else at[chars]
            fits = kinds[kind] = None if opening >= need else False
        if fits is None:
            fits = kinds[kind] = len(advance(_kind_pattern(kind), lines, alive, need)) >= need
        if fits:
            moved = advance(slot_pattern(kind, sep), lines, alive, need)
            if len(moved) >= need:
                yield kind, sep, moved


def fits_any(candidates: tuple[Candidate, ...], lines: list[str], alive: dict[int, int], need: float) -> bool:
    return next(fitting(candidates, lines, alive, need), None) is not None


def class_and_method(sep: str, moved: dict[int, int], lines: list[str], alive: dict[int, int]) -> bool:
    """Whether a class and its method fit where a dotted name fits no more lines and most of them
    name a class (`Catalina.start`; a JSP's `index_jsp._jspService` too), else a dotted name."""
    dotted = advance(slot_pattern("dotted", sep), lines, alive)
    pattern = slot_pattern("mdotted", sep)
    return len(dotted) <= len(moved) and most_are_classes([pattern.match(lines[i], alive[i])["G"] for i in moved])


def level_over(found: tuple[str, str, dict[int, int]], lines: list[str], alive: dict[int, int]):
    """A level on at least half the lines where a `name:` or a `[bracket]` fits them all: a
    `LEVEL:` is the level (PostgreSQL's `LOG:  `, `ERROR:  `; its `DETAIL:` and `STATEMENT:` lines
    continue the record above), a `[Word]` a bracketed level (MySQL's `[Note]`, `[System]`); a Rust
    target where it fits more lines than a `name:` (a module path, the spans before it)."""
    if found[0] in ("tag", "ptag"):
        moved = advance(slot_pattern("level", "colon"), lines, alive)
        if len(moved) >= LEVEL_ONLY_SHARE * len(alive):
            return ("level", "colon", moved)
        rust = advance(slot_pattern("rtag", found[1]), lines, alive)  # (Rust's targets: module paths, spans)
        return ("rtag", found[1], rust) if found[0] == "tag" and len(rust) > len(found[2]) else found
    blevel = slot_pattern("blevel", "none")
    if found[0] == "bracket" and len(advance(blevel, lines, alive)) >= LEVEL_ONLY_SHARE * len(alive):
        label = advance(slot_pattern("blabel", found[1]), lines, alive)
        return ("blabel", found[1], label) if len(label) == len(found[2]) else found
    return found


def spdlog_name(layout: list[list[str]], kind: str, sep: str, lines: list[str], alive: dict[int, int]) -> str | None:
    """spdlog's `[time] [name] [level]` (and tcllib's logger): a bracket between the time and a bracketed
    level written in lower case on every line (spdlog's `info`, `warning`) names the logger (`bname`, or
    `bmodule` for module paths: `[shop::http]`); log4j's `[%d] [%t] [%p]` writes its level in upper case,
    after its thread (and the JVM's glued `[time][uptime][info]`, its uptime). None where it is no name."""
    if kind != "blevel" or [base_kind(k) for k, _ in layout] != ["btime", "bracket"] or layout[-1][1] == "none":
        return None
    pattern, time = slot_pattern(kind, sep), slot_pattern(*layout[0])
    words = [found["G"] for i, pos in alive.items() if (found := pattern.match(lines[i], pos)) is not None]
    if not words or not all(word.islower() for word in words):
        return None
    for named in ("bname", "bmodule"):
        name = slot_pattern(named, layout[1][1])
        if all((at := time.match(lines[i])) is not None and name.match(lines[i], at.end()) for i in alive):
            return named
    return None


def module_bracket(
    layout: list[list[str]], kind: str, sep: str, lines: list[str], alive: dict[int, int], moved: dict[int, int]
) -> str:
    """A bracket past the level that holds Rust's module paths (simple_logger's `LEVEL [shop::http] `)
    names the component where every line's is one and some hold `::` (a Java thread's never does:
    log4j's `%p [%t] `), else the kind as it is."""
    if kind != "bracket" or not layout or base_kind(layout[-1][0]) != "level":
        return kind
    named = advance(slot_pattern("bmodule", sep), lines, alive)
    paths = any("::" in lines[i][alive[i] : named[i]] for i in named)
    return "bmodule" if paths and named == moved else kind


# A date or a time of day near a line's start: a line that opens so is a record's, whatever its layout.
_DATED = re.compile(r"\d{4}[-/.]\d\d[-/.]\d\d|\d\d:\d\d:\d\d")


def aligned(layout: list[list[str]], lines: list[str], fitting: dict[int, int]) -> bool:
    """Whether the blanks a header opens with (slots.LEAD) right-align its first slot, a level, in one
    column on the lines it fits (log4j's `%5p`: ` INFO`, `DEBUG`; AIDE's `   INFO`, `WARNING`), or are the
    same on all of them before a level or a date (pretty_env_logger's ` INFO  `, ` DEBUG `, its timed
    lines): not an indented line's words (` error rate 1%` under `INFO  summary:`), nor `uptime`'s
    ` 10:00:01 up ...`."""
    if not layout or not fitting:
        return False
    blanks = {i: opening_blanks(lines[i]) for i in fitting}
    kind = base_kind(layout[0][0])
    if kind == "level":
        pattern = slot_pattern(*layout[0])
        widths = {at + len(found["G"]) for i, at in blanks.items() if (found := pattern.match(lines[i], at))}
        if len(widths) == 1:
            return True
    dated = kind == "level" or (kind in TIME_KINDS and layout[0][0] not in ("time:time_of_day", "time:kitchen"))
    # (a level after the first slot: sentry's ` [sentry] DEBUG: `, Kamailio's ` 0(2538) INFO: `; not where the
    # other lines open with dates: those are the records, the blank-led lines below them their continuations)
    leveled = {base_kind(later) for later, _ in layout[1:2]} & LEVEL_BEARING and not _dated_others(lines, fitting)
    return bool(dated or leveled) and len(set(blanks.values())) == 1


def _dated_others(lines: list[str], fitting: dict[int, int]) -> bool:
    """Whether a tenth of the lines or more, besides those `fitting`, open with a date or a time of day."""
    return sum(1 for i, line in enumerate(lines) if i not in fitting and _DATED.search(line, 0, 40)) >= 0.1 * len(lines)


NAMED_SHARE = 0.7  # (of the lines that start records: a JSON dump's closing `}`, a traceback's lines do not)
NAMES_SHARE = 0.2  # (a bracketed name written on many lines: a component's, not words a message opens with)


def named_header(lines: list[str], starting: int) -> tuple[list[list[str]], dict[int, int]] | None:
    """A header of a bracketed name alone, where no time nor level anchors one: a library's or a tool's
    prefix (transformers' `[transformers] `, nodemon's `[nodemon] `, Knot Resolver's padded `[system] `,
    `[plan  ] `), on most lines that start records, a few names written many times, none a level (PulseAudio's
    `I: `); else None, and where the other lines open with dates (Ray's `[time L pid tid] ` records among
    their `[state-dump] ` lines) or no line fits."""
    alive = dict.fromkeys(range(len(lines)), 0)
    named = [("bname", sep, starting) for sep in seps_of("bname") if sep != "none"] + [("bname", "sp01", starting)]
    for kind, sep, share in [*named, ("rtag", "sp", len(lines)), ("tag", "sp", len(lines))]:  # (glued: blank cut)
        pattern = slot_pattern(kind, sep)  # (a `name: `, loggerv's `shop::db: `: on most of all the lines)
        moved = advance(pattern, lines, alive, need := max(2, NAMED_SHARE * share))
        names = {pattern.match(lines[i])["G"] for i in moved}
        if len(moved) < need or not _programs(names, len(moved), kind):
            continue
        if not _dated_others(lines, moved):
            return [[kind, sep]], moved
    return None


def _programs(names: set[str], lines: int, kind: str, share: float = NAMES_SHARE) -> bool:
    """Whether names written on `lines` lines are a few programs' or modules': each two characters or more, no
    level word, no status in capitals (`[PASS]`, `[OK]`), a bracket's with no digit (a thread's `pool-1-thread-2`,
    a request's id), a `name: ` in lower case (not `Downloading: `, `Exception: `, `Name: `; xl2tpd's
    `xl2tpd[pid]: ` is)."""
    return len(names) <= max(1, share * lines) and all(
        len(name) > 1
        and known_level(name) is None
        and not name.isupper()
        and (kind != "bname" or not any(char.isdigit() for char in name))
        and (kind == "bname" or name[0].islower())
        for name in names
    )


def program_bracket(layout: list[list[str]], lines: list[str], alive: dict[int, int]) -> list[list[str]]:
    """A header of a bracket and a level alone (LightGBM's `[LightGBM] [Info] `, sentry-sdk's ` [sentry] DEBUG: `),
    of a bracket and a time (Go's `log.New(w, "[webhook] ", flags)`), or of a time and a bracket (Liquidsoap's
    `time [clock.main:3] `), whose bracket holds a few programs' or modules' names (`_programs`): the bracket is
    the component (`bname`), not a thread, as it stays in log4j's `[%t] %p %c - ` (a component after it) or where
    it holds threads' names."""
    kinds = [base_kind(kind) for kind, _ in layout if kind != LEAD]
    first = kinds[:1] == ["bracket"] and len(kinds) == 2 and (kinds[1] in LEVEL_BEARING or kinds[1] in TIME_KINDS)
    if not first and (len(kinds) != 2 or kinds[0] not in TIME_KINDS or kinds[1] != "bracket"):
        return layout
    at = next(i for i, (kind, _) in enumerate(layout) if kind == "bracket")
    pattern = slot_pattern("bname", layout[at][1])
    found = [pattern.match(lines[i], start) for i, start in _starts(layout[:at], lines, alive).items()]
    names = {match["G"] for match in found if match}
    modules = not first and any("." in name for name in names)  # (modules' paths: as many as there are)
    if not all(found) or not _programs(names, len(found), "bname", 1.0 if modules else NAMES_SHARE):
        return layout
    return [*layout[:at], ["bname", layout[at][1]], *layout[at + 1 :]]


def _starts(before: list[list[str]], lines: list[str], alive: dict[int, int]) -> dict[int, int]:
    """Where each line's slot after the slots `before` starts: past those, matched again."""
    starts = dict.fromkeys(alive, 0)
    for slot in before:
        starts = advance(slot_pattern(*slot), lines, starts)
    return starts
