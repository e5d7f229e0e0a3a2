"""Docker json-file lines (`{"log": "...\\n", "stream": "stdout", "time": "..."}`) around an app's
own JSON lines: the app's lines read as a block of their own, at Docker's time."""

import re
from operator import attrgetter, itemgetter
from typing import Any

import msgspec

from .base import count_lines
from .json_blocks import NeedsRecordPath, as_array
from .seconds import TEXT_TYPES

# A `log` key holding a string (Docker json-file's), anywhere in a block: a block whose lines go
# to the line path in pieces is read whole instead when it has one (a partial line joins the next).
DOCKER_LOG = re.compile(rb'"log"\s*:\s*"')


class _DockerLine(msgspec.Struct, gc=False):
    """A Docker json-file line's keys (`stream` only needs to be there)."""

    log: Any = None
    stream: Any = msgspec.UNSET
    time: Any = None


_DOCKER_LINES = msgspec.json.Decoder(list[_DockerLine])
_LOG, _STREAM, _TIME = attrgetter("log"), attrgetter("stream"), attrgetter("time")
_FIRST, _LAST = itemgetter(slice(1)), itemgetter(slice(-1, None))  # (a character, or none)


def app_lines(block: bytes) -> tuple[list[_DockerLine], bytes]:
    """A block of Docker json-file lines each holding one whole line of the app's own JSON:
    those lines, and the app's lines as a block of their own (NeedsRecordPath otherwise)."""
    rows = _DOCKER_LINES.decode(as_array(block))
    if len(rows) != count_lines(block):
        raise NeedsRecordPath("a line holds no object, or more than one")
    logs = list(map(_LOG, rows))
    if set(map(type, logs)) != {str} or msgspec.UNSET in map(_STREAM, rows):
        raise NeedsRecordPath("not Docker's lines")
    firsts, lasts = "".join(map(_FIRST, logs)), "".join(map(_LAST, logs))
    if firsts.count("{") != len(logs) or lasts.count("\n") != len(logs):
        raise NeedsRecordPath("not the app's JSON, or a partial line")
    if not TEXT_TYPES.issuperset(map(type, map(_TIME, rows))):
        raise NeedsRecordPath("a time that is not text")
    return rows, "".join(logs).encode("utf-8", "surrogatepass")
