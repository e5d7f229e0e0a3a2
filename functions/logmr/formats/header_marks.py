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
- TRACES: a file with no header whose sample holds a stack trace (headless.py).
- REQUEST_LINES: a web server's request lines among the app's lines, two or more (request_lines.py).
"""

from __future__ import annotations

import re

from .header_names import ends_with_loggers
from .headless import TRACES, holds_traces
from .message_marks import LEVEL_MARKS, level_mark
from .request_lines import MIN_LINES, REQUEST_LINES, REQUEST_MESSAGES, request_messages
from .slots import LEVEL_BEARING, LEVEL_WORDS, TIME_KINDS, TRAILING_LOGGER, base_kind

NEXT_LINE_LEVEL = "nextlevel"
NEXT_SHARE = 0.9
_LEVEL_LINE = re.compile(rf"(?i:{LEVEL_WORDS}):[ \t]")


def with_marks(layout: list[list[str]], lines: list[str], alive: dict[int, int], requests: bool) -> list[list[str]]:
    """The layout with its pseudo-slots (`layout` []: no header; `alive`: where each line fitting
    the header has its message; `requests`: the sample held request lines, left out of `lines`)."""
    if not layout:
        layout = [[TRACES, "none"]] if holds_traces(lines) else []
    elif _level_on_next_line(layout, lines, alive):
        layout.append([NEXT_LINE_LEVEL, "none"])
    elif ends_with_loggers(layout, lines, alive):
        layout.append([TRAILING_LOGGER, "none"])
    elif request_messages(lines, alive) >= MIN_LINES:
        layout.append([REQUEST_MESSAGES, "none"])
    elif sum(level_mark(lines[i][at:]) is not None for i, at in alive.items()) >= MIN_LINES:
        layout.append([LEVEL_MARKS, "none"])
    if requests:
        layout.append([REQUEST_LINES, "none"])
    return layout


def _level_on_next_line(layout: list[list[str]], lines: list[str], alive: dict[int, int]) -> bool:
    """Whether a header without a level is followed, nearly always, by a `LEVEL: message` line."""
    if {base_kind(kind) for kind, _ in layout} & LEVEL_BEARING or not alive:
        return False
    followed = sum(1 for i in alive if i + 1 < len(lines) and _LEVEL_LINE.match(lines[i + 1]))
    return followed >= NEXT_SHARE * len(alive)


_LABEL = re.compile(r"[A-Za-z][\w-]*:(?:[ \t]|$)")


def level_on_some(
    layout: list[list[str]], kind: str, sep: str, lines: list[str], moved: dict[int, int], alive: dict[int, int]
) -> bool:
    """Whether a `Level:` right after the time fits most lines but not all, the others holding
    another `Label:` in its place: those are records of their own, with no level (FreeRADIUS'
    `time : Auth: ...` among its `time : Info: ...`), not lines of the record above."""
    if not layout or base_kind(layout[-1][0]) not in TIME_KINDS or (kind, sep) != ("level", "colon"):
        return False
    missed = [index for index in alive if index not in moved]
    return bool(missed) and all(_LABEL.match(lines[index], alive[index]) for index in missed)
