"""Header inference: the layout of a text log's line headers, learned from the file's first lines.

No per-system regex or setting. A layout is a list of `[slot, separator]` pairs (slots.py): a line's
header is those slots in that order, each followed by its separator, and the rest of the line is the
message. It is grown one slot at a time over the sample's lines: each line has a cursor at the end
of what the layout so far matched; every candidate slot (a timestamp in any layout of `times.py`,
plain, in brackets or `[time #pid]`; a level word, bare, `[bracketed]` or a letter; a pid, `[pid]`
or `pid#tid:`; a `[bracketed]` field; `name:`, `tag[pid]:` or `Tag( pid):`; one to three words ended
by ` - ` or `|`; a dotted logger name; `file:line`; a generic word) is tried at every cursor (where
its kind's regex alone fits enough lines: header_candidates.py), and the most specific one that fits
at least 90% of the lines still in the layout is kept (a `LEVEL:` on half of them over a `name:` on
all: PostgreSQL's `LOG:`, whose `DETAIL:` lines then continue the record above). A generic word is
kept only when it ends with a separator that marks a field (` - `, `|`, `:`, a column's padding) or
leads, within three words, to a specific slot. Growth stops at a slot that ends the header (`name:`,
` - `), unless a level, a `name:` past a level's ` -- ` (Ruby's Logger) or past a glued
`time:LEVEL:logger:` (Jetty 9's thread) or `[tags]` past a name (Rails) follow on 90% of the lines,
or when nothing fits; then a specific slot on a third of the lines starts optional slots, learned on
those lines (a CloudWatch export of a Lambda's `[LEVEL]\tTIME\tREQUEST_ID` lines among its START/END
lines). A header may open after one blank on some lines or all (a level right-aligned in its column,
pretty_env_logger's lines), where that fits more lines. A header must hold a timestamp, or else a level
on half the lines, or else be a bracketed name alone on most lines (`[transformers] `). The first slot
needs to fit only 30% of the sample's lines: the others may be stack traces or continuations, which join
the record above them (multiline.py); an indented line counts for none. A header without a level whose
lines are followed by `LEVEL: message` lines (java.util.logging's two-line records) gets a last
pseudo-slot, NEXT_LINE_LEVEL: the level and message are read there; a header without a component
whose messages end, on most lines, with a dotted name in parentheses (log4j's `%m (%c)%n`, Kafka's)
gets TRAILING_LOGGER: that name is the component, cut from the message. A web server's request lines
are left out of the sample (request_lines.py); the pseudo-slots a layout ends with are
header_marks.py's.
"""

from __future__ import annotations

import re

from .ansi import without_ansi
from .header_candidates import (
    LEVEL_ONLY_SHARE,
    LEVELS,
    NOT_REDIS,
    SPACED,
    SPECIFIC,
    TAGS,
    WORDS,
    advance,
    aligned,
    class_and_method,
    fits_any,
    fitting,
    level_over,
    module_bracket,
    named_header,
    program_bracket,
    slot_pattern,
    spdlog_name,
)
from .header_growth import goes_on
from .header_marks import NEXT_SHARE, one_blank, optional_level, wider_level, with_marks
from .headless import INDENTS, opening_blanks, zap_names
from .request_lines import request_messages, without_requests
from .slots import (
    LEAD,
    LEVEL_BEARING,
    LEVEL_KINDS,
    OPTIONAL,
    TIME_KINDS,
    WIDE_LEVEL,
    base_kind,
    ends_header,
    is_optional,
    seps_of,
)

FIRST_SHARE = 0.3
MAX_SLOTS = 12
MAX_WORDS = 3
SAMPLE_LINES = 200


# A slot, and the wider one taken where it fits more lines: Scrapy's `[asyncio]` beside its dotted
# names, Spring Boot's padded `o.a.c.c.C.[Tomcat].[localhost].[/]` beside `name:`s.
_WIDER = {"bdotted": "bname", "ptag": "plogger"}
_WIDER_SEPS = {("bracket", "sp"): "notes"}  # (and a separator: FRR's `[ID]` with `[EC n]` glued on some lines)
_OPTIONAL_FIRST = frozenset({"level", "blevel", "btime", "bpid", "phplevel", "xmarker"})
_STRUCTURED_WORD_SEPS = frozenset({"dash", "pipe", "colon", "tab", "pad"})


# Slots taken only right after a slot of these kinds (Node's namespace after its time, .NET's
# category after its level; sd-daemon's `<6>` first): elsewhere `user:alice` or `shard[0]` open a message.
_PLACED = {"ns": TIME_KINDS, "evcat": LEVEL_KINDS, "pairs": TIME_KINDS, "prog": TIME_KINDS | {"word"}, "sdlevel": {""}}


def _specific(
    lines: list[str], alive: dict[int, int], need: float, glued: bool = False, redis: bool = False, after: str = ""
):
    """The first specific slot fitting `need` lines (`after`: the kind of the slot before it)."""
    candidates = SPECIFIC if glued else SPACED if redis else NOT_REDIS
    placed = tuple(c for c in candidates if c[0] not in _PLACED or after in _PLACED[c[0]])
    for kind, sep, moved in fitting(placed, lines, alive, need):
        if kind == "pairs" and not (fits_any(LEVELS, lines, moved, need) or fits_any(TAGS, lines, moved, need)):
            continue  # (pairs before a level or a `name:` only, Paramiko's `thr=1`: else a message's, logfmt's)
        if kind != "mdotted" or class_and_method(sep, moved, lines, alive):
            for wide_kind, wide_sep in _wider(kind, sep):  # (one that fits more of the lines where it fits most)
                named = advance(slot_pattern(wide_kind, wide_sep), lines, alive)
                if len(named) > len(moved):
                    return wide_kind, wide_sep, named
            return kind, sep, moved
    return None


def _wider(kind: str, sep: str) -> list[tuple[str, str]]:
    """The wider slots to try in place of a fitting one: its wider kind, then its wider separator."""
    wider = [(_WIDER[kind], sep)] if kind in _WIDER and sep in seps_of(_WIDER[kind]) else []
    return wider + ([(kind, _WIDER_SEPS[kind, sep])] if (kind, sep) in _WIDER_SEPS else [])


def _best_word(lines: list[str], alive: dict[int, int], need: float):
    """The word that fits the most lines (the first of those)."""
    return max(fitting(WORDS, lines, alive, need), key=lambda fit: len(fit[2]), default=None)


def _next_slots(
    lines: list[str], alive: dict[int, int], need: float, glued: bool = False, redis: bool = False, after: str = ""
) -> list[tuple[str, str, dict[int, int]]]:
    """The next slot(s) of the layout, or [] when the header ends here (`glued`: after `LEVEL:`,
    `redis`: after Redis's `pid:role time`, `after`: the kind of the slot before)."""
    found = _specific(lines, alive, need, glued, redis, after)
    if found is not None:
        return [level_over(found, lines, alive)]
    path, cursor = [], alive
    for _ in range(MAX_WORDS):
        word = _best_word(lines, cursor, need)
        if word is None:
            return []
        path.append(word)
        cursor = word[2]
        if word[1] in _STRUCTURED_WORD_SEPS:
            return path
        found = _specific(lines, cursor, need, after="word")
        if found is not None:
            return [*path, found]
    return []


def sample_lines(sample: bytes) -> list[str]:
    """The sample's whole, non-blank lines (the last one may be cut: it is dropped)."""
    text = without_ansi(sample).decode("utf-8", "replace")
    lines = text.split("\n")
    if len(lines) > 1:
        lines = lines[:-1]
    return [line.rstrip("\r") for line in lines[:SAMPLE_LINES] if line.strip()]


def infer_layout(sample: bytes) -> list[list[str]] | None:
    """The header layout of the sample's lines ([[slot, separator], ...]), None when none fits."""
    lines, requests = without_requests(sample_lines(sample))
    # (an indented line continues a record: a long one, a configuration dumped line by line, does
    # not keep the records' lines from their share of the sample)
    starting = sum(1 for line in lines if not _indented(line)) or len(lines)
    layout, alive = _inferred(lines, FIRST_SHARE * starting)
    led = _led(lines, starting)  # (where it fits more lines: a level right-aligned on some lines only, `%5p`)
    if led[0] and (len(led[1]) > len(alive) or not _anchored(layout, len(alive), starting)):
        layout, alive = led
    if not _anchored(layout, len(alive), starting):
        layout, alive = named_header(lines, starting) or _logged_tests(lines, starting)
    layout = program_bracket(layout, lines, alive)
    return with_marks(one_blank(layout, lines, alive), lines, alive, requests) or None


def _inferred(lines: list[str], need: float, alive: dict[int, int] | None = None) -> tuple[list[list[str]], dict]:
    """The slots most lines open with (at the cursors `alive`, else at their start), the first on `need`
    lines at least; and where each line that has them all goes on."""
    alive = dict.fromkeys(range(len(lines)), 0) if alive is None else alive
    layout: list[list[str]] = []
    while alive and len(layout) < MAX_SLOTS:
        if layout and request_messages(lines, alive) >= LEVEL_ONLY_SHARE * len(alive):
            break  # (the messages are request lines: their status and method are no header slots)
        last = layout[-1] if layout else ["", ""]
        redis = base_kind(last[0]) in TIME_KINDS and any(base_kind(kind) == "pidrole" for kind, _ in layout)
        slots = _next_slots(lines, alive, need, last[1] == "glued", redis, base_kind(last[0]))
        if not slots:
            if layout:
                layout += [["conn", "none"]] if _optional_conn(lines, alive) else _optional_run(layout, lines, alive)
            break
        for kind, sep, moved in slots:
            if (name := spdlog_name(layout, kind, sep, lines, alive)) is not None:
                layout[-1][0] = name
            kind = module_bracket(layout, kind, sep, lines, alive, moved)
            wider = wider_level(layout, kind, sep, lines, moved, alive)  # (other labels in the level's place)
            if wider is None and optional_level(layout, kind, sep, lines, moved, alive):
                layout.append([OPTIONAL + kind, sep])
                alive = alive | moved  # (the lines without it: their message where it would be)
                continue
            layout.append([WIDE_LEVEL if wider else kind, sep])
            alive = wider or moved
        need = NEXT_SHARE * len(alive)
        if ends_header(*layout[-1]) and not goes_on(layout, lines, alive, need):
            break
    return layout, alive


def _led(lines: list[str], starting: int) -> tuple[list[list[str]], dict[int, int]]:
    """A header after blanks on some lines or all (slots.LEAD), where they right-align its level or are
    alike (header_candidates.aligned); its share of all the lines (koa-logger's `  <-- GET /` stay none)."""
    alive = {i: opening_blanks(line) for i, line in enumerate(lines)}
    layout, alive = _inferred(lines, FIRST_SHARE * starting, alive) if any(alive.values()) else ([], {})
    led = _anchored(layout, len(alive), len(lines)) and aligned(layout, lines, alive)
    return ([[LEAD, "none"], *layout], alive) if led else ([], {})


def _logged_tests(lines: list[str], starting: int) -> tuple[list[list[str]], dict[int, int]]:
    """pytest's live and captured logs among its session's lines (`%(levelname)-8s
    %(name)s:%(filename)s:%(lineno)d %(message)s`): a level, then `name:file.py:NN`, on fewer lines
    than a header's share, yet a pair no text opens with; else no layout."""
    if not any(map(_PYTEST_LOG.match, lines)):
        return [], {}
    layout, alive = _inferred(lines, PYTEST_SHARE * starting)
    return (layout, alive) if [base_kind(kind) for kind, _ in layout] == ["level", "loguru"] else ([], {})


_PYTEST_LOG = re.compile(r"(?:DEBUG|INFO|WARNING|ERROR|CRITICAL) +[\w.-]+:[\w.-]+\.py:\d+ ")
PYTEST_SHARE = 0.1


def _indented(line: str) -> bool:
    """Whether a line opens as a record's continuation does: a tab, two spaces, or one space before
    no word (pprint's ` 'key': value,` lines below `{...`; log4j's `%5p` pads a level so)."""
    return line.startswith(INDENTS) or (line[:1] == " " and not line[1:2].isalnum())


def _optional_run(layout: list[list[str]], lines: list[str], alive: dict[int, int]) -> list[list[str]]:
    """Optional slots where the header goes on on only some lines (a CloudWatch export of a
    Lambda's `TIME [LEVEL]\tTIME\tREQUEST_ID\t` lines between its `TIME START RequestId: ...`):
    a specific slot on at least a third of the lines, then the slots of those lines, each
    optional. Lines that miss one slot of the run keep their cursor (the regex skips it).
    A header holds one level: past one, a level word opens the message (Windows CBS's
    `Info  CBS    Warning: Unrecognized ...`)."""
    found = _specific(lines, alive, FIRST_SHARE * len(alive), after=base_kind(layout[-1][0]))
    tabbed = bool(alive) and all(lines[i][at - 1 : at] == "\t" for i, at in alive.items())
    if tabbed and (found is None or base_kind(found[0]) not in _OPTIONAL_FIRST):
        named = advance(slot_pattern("word", "tab"), lines, alive)  # (zap's console: a logger's name, if it has one)
        return (
            [[OPTIONAL + "word", "tab"]] if len(named) >= FIRST_SHARE * len(alive) and zap_names(lines, named) else []
        )
    if found is None or base_kind(found[0]) not in _OPTIONAL_FIRST:
        return []
    if base_kind(found[0]) in LEVEL_BEARING and {base_kind(kind) for kind, _ in layout} & LEVEL_BEARING:
        return []
    run, fitting = [found], found[2]
    while len(run) < MAX_SLOTS and not ends_header(*run[-1][:2]):
        slots = _next_slots(lines, fitting, NEXT_SHARE * len(fitting), after=base_kind(run[-1][0]))
        if not slots:
            break
        run += slots
        fitting = slots[-1][2]
    return [[OPTIONAL + kind, sep] for kind, sep, _ in run]


def _optional_conn(lines: list[str], alive: dict[int, int]) -> bool:
    """Whether at least a third of the lines go on with a `*123` connection number (nginx)."""
    found = sum(1 for index, pos in alive.items() if slot_pattern("conn", "none").match(lines[index], pos).group("G"))
    return found >= FIRST_SHARE * len(alive)


def _anchored(layout: list[list[str]], fitting: int, lines: int) -> bool:
    """Whether a header is one: it holds a timestamp, or a level on at least half the lines (not a
    third where a code location comes first: a build's `file.c:N: error: ` among its commands'
    lines), or a slot no message is written like (strongSwan's `00[DMN] `) on nearly every line
    (words before a number that fit a third of the lines are not a header)."""
    kinds = {base_kind(kind) for kind, _ in layout if not is_optional(kind)}
    if kinds & TIME_KINDS:
        return True
    if "ngroup" in kinds and fitting >= NEXT_SHARE * lines:  # (strongSwan's, on nearly every line)
        return True
    return bool(kinds & LEVEL_BEARING) and fitting >= LEVEL_ONLY_SHARE * lines
