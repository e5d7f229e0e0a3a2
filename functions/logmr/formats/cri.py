"""Kubernetes container logs in the CRI format: `TIME STREAM TAG CONTENT` per line, as the kubelet's
runtimes (containerd, CRI-O) write them under /var/log/pods.

TIME is RFC 3339 with nanoseconds, STREAM `stdout` or `stderr`, TAG `F` for a full line or `P` for
a partial one: a runtime cuts an app line longer than its buffer (16 KiB in containerd) into `P`
pieces and a final `F` piece, each on a line of its own (kubernetes
pkg/kubelet/kuberuntime/logs/logs.go; Promtail's `cri` stage and Fluent Bit's `cri` parser join
them). Here a line continues the record above it when the line above is a `P` piece of the same
stream: a record is a run of `P` pieces and the `F` piece that ends it, its message their CONTENT
concatenated, its time its first piece's. A line of the other stream between two pieces ends the
run there (each stream's pieces are joined where they are consecutive, as runtimes write them).
Records stay within multiline.py's caps; a byte range owns the records that start in it
(engine/record_blocks.py, with this format's `starts_record`, which reads the line above). One
limit: past a cap, the rest of a run's pieces are records of one line each, and a block or split
that begins on one of them cannot tell it from a run's first piece (the line above is not in the
block), so it joins the next pieces to it: the count of such a run (one app line over 256 Ki
characters or 500 pieces) may differ by a few records at a split edge inside it.

The CONTENT is the app's line: a JSON object is the app's record (its level, service, message...)
at the runtime's time, as in Docker's json-file `log` (json_fields.record_from_object); other text
is the message, its level the one it opens with or names as a syslog message's (json_fields' last
alias of the level, as in Docker's `log`: klog's `E0805 14:52:03.117482 ...` of the control
plane's static pods, a Go service's `level=warn`). So too for `kubectl logs --timestamps` and
`docker logs --timestamps` (`TIME CONTENT`, no stream: `_STAMPED`).
"""

from __future__ import annotations

import re

from .base import LogFormat, split_block
from .json_fields import record_from_object
from .json_text import decoded_text
from .multiline import group_lines, pairwise_starts
from .record import Record

_LINE = re.compile(
    r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)) (stdout|stderr) ([PF])(?: (.*))?", re.DOTALL
)
# `kubectl logs --timestamps`, `docker logs --timestamps`, `podman logs --timestamps`: the runtime's
# time (RFC 3339 with a fraction) before each app line, no stream nor tag. Detected where most lines
# carry an app's JSON so (an app's text after an ISO time is any text layout's); read as a full line.
_STAMPED = re.compile(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+(?:Z|[+-]\d\d:\d\d)) (.*)", re.DOTALL)


class _Starts:
    """Whether a line starts a record, given the line above (None: the line begins the data,
    which always begins a record). A blank line starts none (it is no record)."""

    pairwise = True

    def __call__(self, line: str, above: str | None = None) -> bool:
        if not line.strip():
            return False
        if above is None:
            return True
        piece, last = _LINE.fullmatch(line), _LINE.fullmatch(above)
        return not (piece is not None and last is not None and last[3] == "P" and last[2] == piece[2])


class CriFormat(LogFormat):
    name = "cri"
    description = "Kubernetes CRI container logs (TIME STREAM P|F CONTENT; P pieces joined; TIME CONTENT too)"
    starts_record = _Starts()

    def matches(self, line: str) -> bool:
        if _LINE.fullmatch(line) is not None:
            return True
        stamped = _STAMPED.fullmatch(line)
        return stamped is not None and stamped[2].startswith("{") and stamped[2].rstrip().endswith("}")

    def parse(self, line: str, default_service: str | None = None) -> Record | None:
        return _record([line], default_service)

    def records(self, block: bytes, default_service: str | None = None):
        """Yield (record or None, first line) for each record of a block (which begins on one)."""
        lines = split_block(block)
        starts = self.starts_record
        heads = pairwise_starts(lines, starts)
        for first, stop in group_lines(lines, heads):
            yield _record(lines[first:stop], default_service), lines[first]


def _record(lines: list[str], default_service: str | None) -> Record | None:
    """The record of a run of pieces (blank lines among them skipped); None when its first line
    is no CRI line."""
    pieces = [found for found in map(_LINE.fullmatch, lines) if found is not None]
    if not pieces or pieces[0].string is not lines[0]:
        stamped = _STAMPED.fullmatch(lines[0]) if not pieces else None
        return None if stamped is None else _full(stamped[1], None, stamped[2], lines, default_service)
    content = "".join(found[4] or "" for found in pieces)
    return _full(pieces[0][1], pieces[0][2], content, lines, default_service)


def _full(time: str, stream: str | None, content: str, lines: list[str], default_service: str | None) -> Record:
    """The record of an app's line (its pieces joined) at the runtime's time."""
    found = {"log": content, "stream": stream or "stdout", "time": time}  # (a stamped line: its stream unsaid)
    record = record_from_object(found, lines[0], default_service)
    # As the runtime would have written the line uncut; a JSON app line with its escapes resolved.
    text = decoded_text(content) if content.startswith("{") else content
    record.raw = "\n".join(line for line in lines if line.strip())
    record.text = f"{time} {stream} F {text}" if stream else f"{time} {text}"
    return record
