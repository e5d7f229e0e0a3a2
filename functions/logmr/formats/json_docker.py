"""Docker json-file lines (`{"log": "...\\n", "stream": "stdout", "time": "..."}`) around an app's
own JSON lines: the app's lines read as a block of their own, at Docker's time."""

import re
from operator import attrgetter, itemgetter
from typing import Any, Literal

import msgspec

from .base import count_lines
from .json_blocks import NeedsRecordPath
from .json_fields import decode_object, is_docker, is_docker_partial
from .json_lines import as_array

# A `log` key holding a string (Docker json-file's), anywhere in a block: a block whose lines go
# to the line path in pieces is read whole instead when it has one (a partial line joins the next).
DOCKER_LOG = re.compile(rb'"log"\s*:\s*"')


class _DockerLine(msgspec.Struct, gc=False):
    """A Docker json-file line's keys (`stream` only needs to be there, its time text if there): a
    line without them, or with other types, fails the block's decode."""

    log: str
    stream: Any
    time: str | None = None


class _UntimedLine(msgspec.Struct, gc=False):
    """A Docker json-file line read with no string made for its stream (one of Docker's two), nor
    for its time where that is not read (the record path reads the app's fields alike whatever
    Docker's time, and app_logs takes no partial line): another stream is read as _DockerLine."""

    log: str
    stream: Literal["stdout", "stderr"]


class _TimedLine(_UntimedLine, gc=False):
    time: str | None = None


_DOCKER_LINES = msgspec.json.Decoder(list[_DockerLine])
_STREAM_LINES = {False: msgspec.json.Decoder(list[_UntimedLine]), True: msgspec.json.Decoder(list[_TimedLine])}
_AT_STREAM = re.compile(r"at `\$\[\d+\]\.stream`$")
_LOG, docker_time = attrgetter("log"), attrgetter("time")
_FIRST, _LAST = itemgetter(slice(1)), itemgetter(slice(-1, None))  # (a character, or none)


def app_logs(block: bytes, timed: bool = True) -> tuple[list[Any], list[str]]:
    """A block of Docker json-file lines each holding one whole line of the app's own JSON:
    those lines (with their time where `timed`), and their `log` strings, the app's lines
    (NeedsRecordPath otherwise)."""
    array = as_array(block)
    try:
        rows = _STREAM_LINES[timed].decode(array)
    except msgspec.ValidationError as error:
        if not _AT_STREAM.search(str(error)):  # (what fails here but at a stream fails there too)
            raise
        rows = _DOCKER_LINES.decode(array)
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
