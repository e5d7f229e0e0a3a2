"""Records of a plain-text file with no header: each line a record, but for a stack trace's.

A program that prints its messages bare (Django's and uWSGI's consoles, a script's stderr) still
prints Python's tracebacks and Java's stack traces over several lines. Header inference marks a
file with no header whose sample holds a trace with the pseudo-slot TRACES; its lines then start
records, except the lines that continue a trace, as Filebeat's and Fluent Bit's python and java
multiline parsers join them:

- an indented line (a tab or two spaces: a frame, its source line, a `^^^^` marker, `\\tat ...`,
  `\\t... 12 more`), and `Caused by: ...`;
- `Traceback (most recent call last):` (the line above is the message the trace belongs to,
  `logger.exception`'s), unless that line is a web server's request line (request_lines.py),
  which nothing continues: then the traceback is a record of its own, as uWSGI prints it;
- the exception's own line after a traceback's last frame, which is indented by spaces
  (`ValueError: bad value`, `KeyError`; a Java frame's tab does not count).

The rule reads a line and the line above it only, so that a reader of a byte range tells where
records start as a reading of the whole file does (engine/record_blocks.py's pairwise test).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .ansi import text_without_ansi
from .multiline import pairwise_starts
from .request_lines import request_match

TRACES = "traces"
INDENTS = ("\t", "  ")  # (a line opening so continues a record; one space may pad a level: log4j's `%5p`)


def zap_names(lines: list[str], named: dict[int, int]) -> bool:
    """Whether the words before a tab are zap's console's loggers' names: each line goes on with a message (not
    its `{json}` fields: a one-word message's) and no tab but the one before those fields (not a TSV line)."""
    rests = [lines[i][at:] for i, at in named.items()]
    return all(rest.rsplit("\t", 1)[1][:1] == "{" if "\t" in rest else rest[:1] != "{" for rest in rests)


def opening_blanks(line: str) -> int:
    """The blanks a line opens with, up to six before a non-blank (a level right-aligned in its column:
    header.py's `_led`, slots.LEAD), else none."""
    at = len(line) - len(line.lstrip(" "))
    return at if at <= 6 and line[at : at + 1].strip() else 0


_TRACEBACK = "Traceback (most recent call last):"
_JAVA_CAUSE = "Caused by: "
# The exception's line that ends a Python traceback: an exception's (dotted) name, then `: message`
# or nothing (`ValueError: bad`, `KeyError`, `requests.exceptions.ConnectTimeout: ...`).
_EXCEPTION = re.compile(
    r"[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt|Iteration|Warning|Failure|Fault|Timeout)(?::[ \t]|:?$)"
)


def holds_traces(lines: Iterable[str]) -> bool:
    """Whether the lines hold a stack trace: a Python traceback or a Java frame `\\tat `."""
    return any(line.startswith(_TRACEBACK) or line.startswith("\tat ") for line in lines)


class RecordStarts:
    """Whether a line starts a record, given the line above (None: the line begins the data), in a
    layout with request lines or traces: a line its header fits (`header`; None: no header) or a
    request line starts one; in a file with a header the other lines continue one (`of_lines`
    adds the line after a request line, which nothing continues: a reader never cuts a byte range
    there, so that line is always read with the one above); in a file without, every line starts
    one but the lines of a trace (with `traces`)."""

    pairwise = True

    def __init__(self, header: re.Pattern[str] | None, requests: bool, traces: bool) -> None:
        self.header, self.requests, self.traces = header, requests, traces

    def __call__(self, line: str, above: str | None = None) -> bool:
        line = text_without_ansi(line)
        if not line.strip():
            return False
        if (self.header is not None and self.header.match(line)) or (self.requests and request_match(line)):
            return True
        if self.header is not None:
            return False
        if above is None or not self.traces:
            return True
        if line.startswith(_TRACEBACK):
            return self.requests and request_match(above) is not None
        if line.startswith(INDENTS) or line.startswith(_JAVA_CAUSE):
            return False
        return not (above.startswith("  ") and _EXCEPTION.match(line))

    def of_lines(self, lines: list[str]) -> list[bool]:
        """Which of a block's lines start records."""
        starts = pairwise_starts(lines, self)
        if self.requests and self.header is not None:
            # (nothing continues a request line: the lines after one up to the next header are each
            # a record, as the lines before a file's first header are; a reader cuts a byte range
            # at a header or a request line only, so a block read from anywhere reads them so)
            after = False
            for i, line in enumerate(lines):
                if starts[i]:
                    after = request_match(line) is not None
                elif after and line.strip():
                    starts[i] = True
        return starts
