"""Header inference: the layout of a text log's line headers, learned from the file's first lines.

No per-system regex or setting. A layout is a list of `[slot, separator]` pairs: a line's header
is those slots in that order, each followed by its separator, and the rest of the line is the
message. It is grown one slot at a time over the sample's lines: each line has a cursor at the
end of what the layout so far matched; every candidate slot (a timestamp in any layout of
`times.py`, plain or in brackets; a level word, bare, `[bracketed]` or a glued klog letter; a
pid, `[pid]` or `pid#tid:`; a `[bracketed]` field; `name:` or `tag[pid]:`; one to three words
ended by ` - ` or `|`; a dotted logger name; `file:line`; a generic word) is tried at every
cursor, and the most specific one that fits at least 90% of the lines still in the layout is
kept. A generic word is kept only when it ends with a separator that marks a field (` - `, `|`,
`:`, a column's padding) or leads, within three words, to a specific slot. Growth stops at a
slot that ends the header (`name:`, ` - `) or when nothing fits. A header must hold a timestamp,
or else a level on half the lines. The first slot needs to fit only 30% of the sample's lines:
the others may be stack traces or continuations, which join the record above them (multiline.py).
A header without a level whose lines are followed by `LEVEL: message` lines (java.util.logging's
two-line records) gets a last pseudo-slot, NEXT_LINE_LEVEL: the level and message are read there.
"""

from __future__ import annotations

import re

from .times import LAYOUTS

# Longest spellings first so that an alternation never stops at a prefix ("warn" of "warning").
LEVEL_WORDS = (
    "emergency|emerg|critical|crit|alert|fatal|dpanic|panic|severe|error|err|warning|warn|notice|"
    "informational|information|info|success|config|debug|dbg|trace|verbose|finest|finer|fine"
)
# A program name, or its path (`/usr/sbin/cron[12]:`).
_NAME = r"[A-Za-z_$/][\w.$/-]*"
_LOOKAROUND = re.compile(r"\(\?[=!](?:[^()\\]|\\.)*\)")


def _implied(pattern: str, follow: str) -> str:
    """A pattern without the lookarounds that every character of `follow` (what comes next) meets."""
    return _LOOKAROUND.sub(lambda m: "" if all(re.match(m[0], c) for c in follow) else m[0], pattern)


# Slot kinds: a regex fragment where `G` stands for the slot's group names (G, and Gx for a second).
SLOTS: dict[str, str] = {
    **{f"time:{t.key}": f"(?P<G>{t.pattern})" for t in LAYOUTS},
    **{f"btime:{t.key}": rf"\[(?P<G>{t.pattern})\]" for t in LAYOUTS},
    # A time and a pid in one bracket (Ruby's Logger: `[2026-11-30T12:34:56.789012 #1234]`).
    **{f"ptime:{t.key}": rf"\[(?P<G>{_implied(t.pattern, ' #')})[ \t]*#(?P<Gx>\d+)\]" for t in LAYOUTS},
    "level": rf"(?P<G>(?i:{LEVEL_WORDS}))(?![\w])",
    "blevel": rf"[\[<](?P<G>(?i:{LEVEL_WORDS}))[ \t]*[\]>]",
    "letter": r"(?P<G>[VDIWEF])(?=[ \t,/]|\d)",
    "pidtid": r"(?P<G>\d+)#(?P<Gx>\d+):",
    "bpid": r"\[(?P<G>\d+)\]",
    "pid": r"(?P<G>\d+)(?![\w.:/-])",
    "bracket": r"\[(?P<G>(?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]",
    "conn": r"(?:(?P<G>\*\d+)[ \t]+)?",  # nginx's connection number, where there is one
    "loguru": r"(?P<G>[\w.$<>-]+):[A-Za-z_$<][\w.$<>-]*:\d+",  # module:function:line
    "location": r"(?P<G>[\w.$/<>-]+\.\w+:\d+)\]?",
    "tag": rf"(?P<G>{_NAME}(?:\([^()\s]*\))?)(?:\[(?P<Gx>\d+)\])?:(?=[ \t]|$)",
    # `name:` glued to the message, only after `LEVEL:` (Python's `INFO:root:message`).
    "gtag": rf"(?P<G>{_NAME})(?:\[(?P<Gx>\d+)\])?:(?![\s\d])",
    # `Tag   ( 1234):`, a name padded to its column before the colon (Android's logcat), or none
    # (Ruby's Logger without a progname: `-- : message`).
    "ptag": rf"(?P<G>{_NAME})?(?:[ \t]*\([ \t]*(?P<Gx>\d+)\))?[ \t]*:(?=[ \t]|$)",
    "phrase": r"(?P<G>[^\s\[\]|,]+(?:[ \t][^\s\[\]|,]+){0,2}?)",
    "dotted": r"(?P<G>[A-Za-z_$][\w$-]*(?:\.[\w$-]+)+)(?![\w.$-])",
    "word": r"(?P<G>[^\s\[\]|,]+)",
}
SEPARATORS: dict[str, str] = {
    "dash": r"[ \t]+--?(?:[ \t]+|$)",
    "pipe": r"[ \t]*\|[ \t]*",
    "comma": r",[ \t]+",
    "colon": r":(?=[ \t]|$)",  # not a time's or a port's colon (`..._13:53:08`, `host:8080`, `1001:M`)
    "glued": r":(?![\s\d])",
    "slash": r"/",  # `D/Tag` (Android's logcat brief)  # `INFO:root:message` (Python's default format)
    "tab": r"[ ]*\t[ \t]*",  # tab-separated fields
    "pad": r"[ \t]{2,}",
    "sp": r"[ \t]+",
    "none": r"",
}
# Which separators each kind may take, in order of preference.
_SEPS_OF = {
    "letter": ("sp", "comma", "slash", "none"),
    "tag": ("sp", "none"),
    "ptag": ("sp", "none"),
    "gtag": ("none",),
    "conn": ("none",),
    "level": ("dash", "pipe", "comma", "colon", "glued", "sp"),
    "dotted": ("dash", "pipe", "colon", "sp"),
    "phrase": ("dash", "pipe"),
    "word": ("dash", "pipe", "colon", "tab", "pad", "sp"),
}
_DEFAULT_SEPS = ("dash", "pipe", "comma", "sp")
# Slots that end the header, and separators that end it after any slot but a timestamp.
TERMINAL_KINDS = frozenset({"tag", "gtag", "ptag", "loguru"})
TIME_KINDS = frozenset({"time", "btime", "ptime"})
FIRST_SHARE = 0.3
LEVEL_ONLY_SHARE = 0.5
NEXT_SHARE = 0.9
MAX_SLOTS = 12
MAX_WORDS = 3
SAMPLE_LINES = 200
NEXT_LINE_LEVEL = "nextlevel"
OPTIONAL = "?"  # a kind's prefix: the slot (and its separator) may be absent
_LEVEL_LINE = re.compile(rf"(?i:{LEVEL_WORDS}):[ \t]")
_LEVEL_KINDS = frozenset({"level", "blevel", "letter"})


def base_kind(kind: str) -> str:
    return kind.removeprefix(OPTIONAL).split(":", 1)[0]


def is_optional(kind: str) -> bool:
    return kind.startswith(OPTIONAL)


def seps_of(kind: str) -> tuple[str, ...]:
    return _SEPS_OF.get(base_kind(kind), _DEFAULT_SEPS)


def slot_regex(kind: str, sep: str, group: str) -> str:
    """The regex of one slot and its separator, its groups named after `group`."""
    fragment = SLOTS[kind.removeprefix(OPTIONAL)]
    fragment = fragment.replace("(?P<Gx>", f"(?P<{group}x>").replace("(?P<G>", f"(?P<{group}>")
    if is_optional(kind):
        return f"(?:{fragment}(?:{SEPARATORS[sep]}))?"
    return f"{fragment}(?:{SEPARATORS[sep]})"


def ends_header(kind: str, sep: str) -> bool:
    kind = base_kind(kind)
    if kind in TERMINAL_KINDS:
        return True
    if kind in TIME_KINDS:
        return False
    return sep == "dash" or (sep == "colon" and kind in ("word", "dotted"))


def _compile_candidates() -> list[tuple[str, str, re.Pattern[str]]]:
    found = []
    for kind in SLOTS:
        for sep in seps_of(kind):
            found.append((kind, sep, re.compile(slot_regex(kind, sep, "G"))))
    return found


_CANDIDATES = _compile_candidates()
_SPECIFIC = [c for c in _CANDIDATES if c[0] not in ("word", "conn")]
_SPACED = [c for c in _SPECIFIC if c[0] != "gtag"]
_CONN = re.compile(slot_regex("conn", "none", "G"))
_WORDS = [c for c in _CANDIDATES if c[0] == "word"]
_LEVEL_PATTERNS = [pattern for kind, _, pattern in _CANDIDATES if kind in ("level", "blevel")]
_OPTIONAL_FIRST = frozenset({"level", "blevel", "btime", "bpid"})
_BRACKET = re.compile(slot_regex("bracket", "sp", "G"))
_TAG_PATTERNS = [pattern for kind, _, pattern in _CANDIDATES if kind in ("tag", "ptag")]
_STRUCTURED_WORD_SEPS = frozenset({"dash", "pipe", "colon", "tab", "pad"})


def _advance(pattern: re.Pattern[str], lines: list[str], alive: dict[int, int]) -> dict[int, int]:
    moved = {}
    for index, pos in alive.items():
        found = pattern.match(lines[index], pos)
        if found is not None:
            moved[index] = found.end()
    return moved


def _specific(lines: list[str], alive: dict[int, int], need: float, glued: bool = False):
    for kind, sep, pattern in _SPECIFIC if glued else _SPACED:
        moved = _advance(pattern, lines, alive)
        if len(moved) >= need:
            return kind, sep, moved
    return None


def _best_word(lines: list[str], alive: dict[int, int], need: float):
    best = None
    for kind, sep, pattern in _WORDS:
        moved = _advance(pattern, lines, alive)
        if len(moved) >= need and (best is None or len(moved) > len(best[2])):
            best = (kind, sep, moved)
    return best


def _next_slots(
    lines: list[str], alive: dict[int, int], need: float, glued: bool = False
) -> list[tuple[str, str, dict[int, int]]]:
    """The next slot(s) of the layout, or [] when the header ends here (`glued`: after `LEVEL:`)."""
    found = _specific(lines, alive, need, glued)
    if found is not None:
        return [found]
    path, cursor = [], alive
    for _ in range(MAX_WORDS):
        word = _best_word(lines, cursor, need)
        if word is None:
            return []
        path.append(word)
        cursor = word[2]
        if word[1] in _STRUCTURED_WORD_SEPS:
            return path
        found = _specific(lines, cursor, need)
        if found is not None:
            return [*path, found]
    return []


def sample_lines(sample: bytes) -> list[str]:
    """The sample's whole, non-blank lines (the last one may be cut: it is dropped)."""
    text = sample.decode("utf-8", "replace")
    lines = text.split("\n")
    if len(lines) > 1:
        lines = lines[:-1]
    return [line.rstrip("\r") for line in lines[:SAMPLE_LINES] if line.strip()]


def infer_layout(sample: bytes) -> list[list[str]] | None:
    """The header layout of the sample's lines ([[slot, separator], ...]), None when none fits."""
    lines = sample_lines(sample)
    alive = dict.fromkeys(range(len(lines)), 0)
    layout: list[list[str]] = []
    need = FIRST_SHARE * len(lines)
    while alive and len(layout) < MAX_SLOTS:
        slots = _next_slots(lines, alive, need, bool(layout) and layout[-1][1] == "glued")
        if not slots:
            if layout and _optional_conn(lines, alive):
                layout.append(["conn", "none"])
            elif layout:
                layout += _optional_run(lines, alive)
            break
        for kind, sep, moved in slots:
            layout.append([kind, sep])
            alive = moved
        need = NEXT_SHARE * len(alive)
        if ends_header(*layout[-1]) and not _goes_on(layout, lines, alive, need):
            break
    if not _anchored(layout, len(alive), len(lines)):
        return None
    if _level_on_next_line(layout, lines, alive):
        layout.append([NEXT_LINE_LEVEL, "none"])
    return layout


def _goes_on(layout: list[list[str]], lines: list[str], alive: dict[int, int], need: float) -> bool:
    """Whether a header goes on past a slot that would end it: with `[tag]`s past a `name:`
    (Rails' tagged logging: `-- : [request-id] message`), with a level in a header without one
    past a ` - ` or `name:` (`time - name - LEVEL - message`, Python's logging cookbook), or with a
    `name:` past a level's ` -- ` (Ruby's Logger: `LEVEL -- progname: message`)."""
    if base_kind(layout[-1][0]) in TERMINAL_KINDS and len(_advance(_BRACKET, lines, alive)) >= need:
        return True
    if {base_kind(kind) for kind, _ in layout} & _LEVEL_KINDS:
        if layout[-1][1] != "dash" or base_kind(layout[-1][0]) not in _LEVEL_KINDS:
            return False
        return any(len(_advance(pattern, lines, alive)) >= need for pattern in _TAG_PATTERNS)
    return any(len(_advance(pattern, lines, alive)) >= need for pattern in _LEVEL_PATTERNS)


def _level_on_next_line(layout: list[list[str]], lines: list[str], alive: dict[int, int]) -> bool:
    """Whether a header without a level is followed, nearly always, by a `LEVEL: message` line."""
    if {base_kind(kind) for kind, _ in layout} & _LEVEL_KINDS or not alive:
        return False
    followed = sum(1 for i in alive if i + 1 < len(lines) and _LEVEL_LINE.match(lines[i + 1]))
    return followed >= NEXT_SHARE * len(alive)


def _optional_run(lines: list[str], alive: dict[int, int]) -> list[list[str]]:
    """Optional slots where the header goes on on only some lines (a CloudWatch export of a
    Lambda's `TIME [LEVEL]\tTIME\tREQUEST_ID\t` lines between its `TIME START RequestId: ...`):
    a specific slot on at least a third of the lines, then the slots of those lines, each
    optional. Lines that miss one slot of the run keep their cursor (the regex skips it)."""
    found = _specific(lines, alive, FIRST_SHARE * len(alive))
    if found is None or base_kind(found[0]) not in _OPTIONAL_FIRST:
        return []
    run, fitting = [found], found[2]
    while len(run) < MAX_SLOTS and not ends_header(*run[-1][:2]):
        slots = _next_slots(lines, fitting, NEXT_SHARE * len(fitting))
        if not slots:
            break
        run += slots
        fitting = slots[-1][2]
    return [[OPTIONAL + kind, sep] for kind, sep, _ in run]


def _optional_conn(lines: list[str], alive: dict[int, int]) -> bool:
    """Whether at least a third of the lines go on with a `*123` connection number (nginx)."""
    found = sum(1 for index, pos in alive.items() if _CONN.match(lines[index], pos).group("G"))
    return found >= FIRST_SHARE * len(alive)


def _anchored(layout: list[list[str]], fitting: int, lines: int) -> bool:
    """Whether a header is one: it holds a timestamp, or a level on at least half the lines
    (words before a number that fit a third of the lines are not a header)."""
    kinds = {base_kind(kind) for kind, _ in layout if not is_optional(kind)}
    if kinds & TIME_KINDS:
        return True
    return bool(kinds & {"level", "blevel", "letter"}) and fitting >= LEVEL_ONLY_SHARE * lines
