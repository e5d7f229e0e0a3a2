"""Docker json-file lines (`{"log": "...\\n", "stream": "stdout", "time": "..."}`) around an app's
own JSON lines: the app's lines read as a block of their own, at Docker's time."""

import re
from operator import attrgetter, itemgetter
from typing import Any

import msgspec

from .base import count_lines
from .json_blocks import NeedsRecordPath, as_array
from .json_fields import decode_object, is_docker, is_docker_partial

# A `log` key holding a string (Docker json-file's), anywhere in a block: a block whose lines go
# to the line path in pieces is read whole instead when it has one (a partial line joins the next).
DOCKER_LOG = re.compile(rb'"log"\s*:\s*"')


class _DockerLine(msgspec.Struct, gc=False):
    """A Docker json-file line's keys (`stream` only needs to be there, its time text if there): a
    line without them, or with other types, fails the block's decode."""

    log: str
    stream: Any
    time: str | None = None


_DOCKER_LINES = msgspec.json.Decoder(list[_DockerLine])
_LOG, docker_time = attrgetter("log"), attrgetter("time")
_FIRST, _LAST = itemgetter(slice(1)), itemgetter(slice(-1, None))  # (a character, or none)


def app_logs(block: bytes) -> tuple[list[_DockerLine], list[str]]:
    """A block of Docker json-file lines each holding one whole line of the app's own JSON:
    those lines, and their `log` strings, the app's lines (NeedsRecordPath otherwise)."""
    rows = _DOCKER_LINES.decode(as_array(block))
    if len(rows) != count_lines(block):
        raise NeedsRecordPath("a line holds no object, or more than one")
    logs = list(map(_LOG, rows))
    firsts, lasts = "".join(map(_FIRST, logs)), "".join(map(_LAST, logs))
    if firsts.count("{") != len(logs) or lasts.count("\n") != len(logs):
        raise NeedsRecordPath("not the app's JSON, or a partial line")
    return rows, logs


def app_lines(block: bytes) -> tuple[list[_DockerLine], bytes]:
    """app_logs, the app's lines as a block of their own."""
    rows, logs = app_logs(block)
    return rows, "".join(logs).encode("utf-8", "surrogatepass")


class _DockerStarts:
    """What starts a JSON-lines record, given the line above (engine/record_blocks.py reads a
    split's blocks by it): every line but a Docker line after a partial one (a `log` without its
    newline: Docker cuts an app's line at 16 KiB), which continues the record of the partial
    lines above it, as `JsonLinesFormat.records` joins them; so no block or split edge cuts a
    joined line (one limit, as CRI's: an app line past multiline.py's caps, 256 Ki characters or
    500 pieces, may make more records at an edge inside it). Only lines holding a `log` key are
    decoded, and only at block edges."""

    pairwise = True

    def __call__(self, line: str, above: str | None = None) -> bool:
        if above is None or '"log"' not in above:
            return True
        last = decode_object(above)
        if last is None or not is_docker_partial(last):
            return True
        this = decode_object(line)
        return this is None or not is_docker(this)


docker_starts = _DockerStarts()
