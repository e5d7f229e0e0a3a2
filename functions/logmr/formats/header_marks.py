"""The pseudo-slots a learned header layout ends with: how a file's records are read beyond their
header line (header.py learns the header; layout.py compiles both).

- NEXT_LINE_LEVEL: a header without a level whose lines are followed, nearly always, by a
  `LEVEL: message` line (java.util.logging's two-line records): the level and message are read there.
- TRAILING_LOGGER: a header without a component whose messages end, on most lines, with a dotted
  name in parentheses (log4j's `%m (%c)%n`, Kafka's): that name is the component (header_names.py).
- REQUEST_MESSAGES: messages that are a web server's request lines (Tornado's and Jupyter's `200
  GET / (127.0.0.1) 1.04ms`, aiohttp's and Twisted's Common Log Format) on at least MIN_LINES of
  the sample's header lines: their status, bytes and latency are read (request_lines.py).
- LEVEL_MARKS: messages that open with a level's mark (GitHub Actions' `##[error]`, message_marks.py).
- TRAILING_PAIRS: a header ending with zerolog's console levels (`INF`, `WRN`), or log15's terminal
  header (`INFO[12-04|13:59:15] `): its messages end with the event's fields as `key=value` pairs
  (context.py).
- TRAILING_META: messages that end with a JSON object after a blank (winston's `format.simple()`,
  context.py) on MIN_LINES of the sample's header lines and a fifth of them at least.
- TRACES: a file with no header whose sample holds a stack trace (headless.py).
- MESSAGE_LEVEL, a slot: a header ending in a syslog tag (`host sshd[1]: `) with no level slot
  reads its message's opening level word, optional (`error: `, `<warn> `: message_marks.py).
- REQUEST_LINES: a web server's request lines among the app's lines, two or more (request_lines.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .context import TRAILING_META, TRAILING_PAIRS, split_meta, split_pairs
from .header_names import ends_with_loggers
from .headless import INDENTS, TRACES, holds_traces
from .message_marks import LEVEL_MARKS, level_mark
from .request_lines import MIN_LINES, REQUEST_LINES, REQUEST_MESSAGES, request_messages
from .slots import (
    LEVEL_BEARING,
    LEVEL_WORDS,
    MESSAGE_LEVEL,
    OPTIONAL,
    TIME_KINDS,
    TRAILING_LOGGER,
    WIDE_LEVEL,
    base_kind,
    is_optional,
    slot_regex,
)

NEXT_LINE_LEVEL = "nextlevel"
NEXT_SHARE = 0.9
META_SHARE = 0.2
_LEVEL_LINE = re.compile(rf"(?i:{LEVEL_WORDS}):[ \t]")


def with_marks(layout: list[list[str]], lines: list[str], alive: dict[int, int], requests: bool) -> list[list[str]]:
    """The layout with its pseudo-slots (`layout` []: no header; `alive`: where each line fitting
    the header has its message; `requests`: the sample held request lines, left out of `lines`)."""
    if not layout:
        layout = [[TRACES, "none"]] if holds_traces(lines) else []
        return [*layout, [REQUEST_LINES, "none"]] if requests else layout
    if _syslog_shaped(layout):
        layout = [*layout, [OPTIONAL + MESSAGE_LEVEL, "none"]]
    if _level_on_next_line(layout, lines, alive):
        layout.append([NEXT_LINE_LEVEL, "none"])
    elif ends_with_loggers(layout, lines, alive):
        layout.append([TRAILING_LOGGER, "none"])
    elif request_messages(lines, alive) >= MIN_LINES:
        layout.append([REQUEST_MESSAGES, "none"])
    elif sum(level_mark(lines[i][at:]) is not None for i, at in alive.items()) >= MIN_LINES:
        layout.append([LEVEL_MARKS, "none"])
    elif _trailing_meta(layout, lines, alive):
        layout.append([TRAILING_META, "none"])
    elif _console_fields(layout, lines, alive):
        layout.append([TRAILING_PAIRS, "none"])
    if requests:
        layout.append([REQUEST_LINES, "none"])
    return layout


# A supervisor's stamp alone before a program's line, as a syslog daemon's: runit's svlogd `-tt`, a
# TAI64N label (daemontools' multilog, s6-log, svlogd `-t`). (A program's own time, Go's `log`, is
# no such stamp: its `WARNING: ` is its text.)
_SUPERVISED = [["time:iso_underscore"], ["time:tai64n"]]


def _syslog_shaped(layout: list[list[str]]) -> bool:
    """Whether a header is syslog's, its message's opening level word read (MESSAGE_LEVEL): a time,
    a host, a tag (`2026-12-02T07:46:43.029012+00:00 vm sshd[1]: `, rsyslog's and journalctl's
    ISO files) and no level slot (Go's `time http: ` has no host: its `error: ` is text), or a
    supervisor's stamp alone."""
    if [kind for kind, _ in layout] in _SUPERVISED:
        return True
    kinds = [base_kind(kind) for kind, _ in layout]
    return kinds[-3:-1] == ["time", "word"] and kinds[-1] == "tag" and not set(kinds) & LEVEL_BEARING


def _trailing_meta(layout: list[list[str]], lines: list[str], alive: dict[int, int]) -> bool:
    """Whether a header without a time (winston's `level: `: its time, if any, is in the meta) has
    messages ending with a JSON object on MIN_LINES of the lines and META_SHARE of them at least (a
    header with a time keeps such objects in its messages: Laravel's context, a payload logged)."""
    if any(base_kind(kind) in TIME_KINDS for kind, _ in layout):
        return False
    metas = sum(split_meta(lines[i][at:])[1] is not None for i, at in alive.items())
    return metas >= MIN_LINES and metas >= META_SHARE * len(alive)


_ZEROLOG_LEVELS = frozenset({"TRC", "DBG", "INF", "WRN", "ERR", "FTL", "PNC"})


def _console_fields(layout: list[list[str]], lines: list[str], alive: dict[int, int]) -> bool:
    """Whether the messages end with the event's fields (context.TRAILING_PAIRS): log15's terminal
    format (go-ethereum's: `INFO [12-04|13:59:15.123] `), hclog's `time [LEVEL] name: message: k=v`
    (a fifth of the messages so), or nearly every header ends with zerolog's console levels and the
    console shows it: its `3:04PM` time, its caller (Traefik's `INF file.go:103 > `), or its fields
    sorted by their keys (a Serilog template's `{Level:u3}` writes a message's own pairs unsorted)."""
    if any(kind == "vtime:mm_dd_pipe" for kind, _ in layout):
        return True
    if [base_kind(kind) for kind, _ in layout] == ["time", "blevel", "tag"]:  # (hclog's `name: message: k=v`)
        messages = [lines[i][at:] for i, at in alive.items()]
        paired = sum(": " in text and split_pairs(text)[0].endswith(":") for text in messages)
        return paired >= MIN_LINES and paired >= META_SHARE * len(messages)
    ends = [lines[i][:at].split()[-3:] for i, at in alive.items()]
    zerolog = sum(bool(_ZEROLOG_LEVELS.intersection(end[-1:] if end[-1:] != [">"] else end[:1])) for end in ends)
    if not ends or zerolog < NEXT_SHARE * len(ends):
        return False
    if any(kind == "time:kitchen" or sep == "angle" for kind, sep in layout):
        return True
    keys = [list(pairs) for i, at in alive.items() if len(pairs := split_pairs(lines[i][at:])[1]) > 1]
    return bool(keys) and sum(found == sorted(found) for found in keys) >= NEXT_SHARE * len(keys)


def _level_on_next_line(layout: list[list[str]], lines: list[str], alive: dict[int, int]) -> bool:
    """Whether a header without a level is followed, nearly always, by a `LEVEL: message` line."""
    if {base_kind(kind) for kind, _ in layout} & LEVEL_BEARING or not alive:
        return False
    followed = sum(1 for i in alive if i + 1 < len(lines) and _LEVEL_LINE.match(lines[i + 1]))
    return followed >= NEXT_SHARE * len(alive)


# The parts of a PostgreSQL report after its `LEVEL:` line, each a line with its own prefix: they
# continue the report (its csvlog's columns of one row), they are no records.
_REPORT_PARTS = frozenset({"DETAIL", "HINT", "CONTEXT", "STATEMENT", "QUERY", "LOCATION"})


@lru_cache(maxsize=16)
def _wide_level(sep: str) -> re.Pattern[str]:
    return re.compile(slot_regex(WIDE_LEVEL, sep, "G"))


def wider_level(
    layout: list[list[str]], kind: str, sep: str, lines: list[str], moved: dict[int, int], alive: dict[int, int]
) -> dict[int, int] | None:
    """Where a level slot fitting most lines moves every line, where the others hold another label in
    its place (a `Label:`, or a word in capitals): tinyproxy's `CONNECT` among its `INFO`s, FreeRADIUS'
    `Auth:` among its `Info:`s, winston's `http:` among its levels. Those lines are records (their level
    the default's), not lines of the record above. None where a line that is not indented (a record's
    own lines) holds no such label (a stack trace's line, a message), or where no line needs it."""
    if kind != "level" or len(moved) == len(alive):
        return None
    pattern, wider = _wide_level(sep), dict(moved)
    for index in alive.keys() - moved.keys():
        if lines[index].startswith(INDENTS):  # (a record's indented line: winston's `http:` above it)
            continue
        found = pattern.match(lines[index], alive[index])
        if found is None or found["G"] in _REPORT_PARTS or not (sep == "colon" or found["G"].isupper()):
            return None
        wider[index] = found.end()
    return wider if len(wider) > len(moved) else None


def optional_level(
    layout: list[list[str]], kind: str, sep: str, lines: list[str], moved: dict[int, int], alive: dict[int, int]
) -> bool:
    """Whether a level word on most dated header lines, not all, is optional there: the others, their
    time and the slots before it read, are records with no level of their own (GnuPG's `DBG: ` lines
    among its others), not lines of the record above; unless one is a report's part (PostgreSQL's
    `DETAIL:  `, which continues the report above) or a trace's, indented or opening one (a
    traceback stamped line by line)."""
    if kind != "level" or len(moved) == len(alive):
        return False
    if not any(base_kind(slot) in TIME_KINDS for slot, _ in layout if not is_optional(slot)):
        return False
    pattern, others = _wide_level(sep), [(lines[i], at) for i, at in alive.items() if i not in moved]
    if holds_traces(line[at:] for line, at in others) or any(line[at : at + 1].isspace() for line, at in others):
        return False  # (a trace's lines, each stamped: `ts`, Jenkins' Timestamper, a CloudWatch export)
    return not any((found := pattern.match(line, at)) and found["G"] in _REPORT_PARTS for line, at in others)


_ONE_BLANK = {"sp": "sp1", "colon": "colon1"}
ONE_BLANK_SHARE = 0.9


def one_blank(layout: list[list[str]], lines: list[str], alive: dict[int, int]) -> list[list[str]]:
    """The layout, its last separator taking one blank where nine in ten of the header lines have
    exactly one there and some have more: the others' blanks past the first are their message's
    (NATS's and Maven's indented banner lines, PM2's stack lines after `time: `), not the header's.
    Not after a bare level word, which a layout may pad (`%-5level`: DEBUG's one blank, INFO's two)."""
    if not layout or layout[-1][1] not in _ONE_BLANK or not alive:
        return layout
    if layout[-1] in (["level", "sp"], [WIDE_LEVEL, "sp"]):  # (a bare level may be padded: logback's `%-5level`)
        return layout
    widths = [at - len(lines[i][:at].rstrip(" \t")) for i, at in alive.items()]
    ones = sum(width == 1 for width in widths)
    if ones < ONE_BLANK_SHARE * len(widths) or ones + widths.count(0) == len(widths):
        return layout
    return [*layout[:-1], [layout[-1][0], _ONE_BLANK[layout[-1][1]]]]
