"""Docker json-file lines (`{"log": "...\\n", "stream": "stdout", "time": "..."}`) around an app's
own JSON lines: the app's lines read as a block of their own, at Docker's time."""

import re
from typing import Any

import msgspec

from .base import count_lines
from .json_blocks import NeedsRecordPath, as_array

# A `log` key holding a string (Docker json-file's): it decides which lines are records.
DOCKER_LOG = re.compile(rb'"log"\s*:\s*"')


class _DockerLine(msgspec.Struct, gc=False):
    """A Docker json-file line's keys (`stream` only needs to be there)."""

    log: Any = None
    stream: Any = msgspec.UNSET
    time: Any = None


_DOCKER_LINES = msgspec.json.Decoder(list[_DockerLine])


def app_lines(block: bytes) -> tuple[list[_DockerLine], bytes]:
    """A block of Docker json-file lines each holding one whole line of the app's own JSON:
    those lines, and the app's lines as a block of their own (NeedsRecordPath otherwise)."""
    rows = _DOCKER_LINES.decode(as_array(block))
    if len(rows) != count_lines(block):
        raise NeedsRecordPath("a line holds no object, or more than one")
    for row in rows:
        log = row.log
        if row.stream is msgspec.UNSET or type(log) is not str or log[:1] != "{" or log[-1:] != "\n":
            raise NeedsRecordPath("not the app's JSON, or a partial line")
        if not (row.time is None or type(row.time) is str):
            raise NeedsRecordPath("a time that is not text")
    inner = "".join(row.log for row in rows).encode("utf-8", "surrogatepass")
    if DOCKER_LOG.search(inner) is not None:
        raise NeedsRecordPath("Docker inside Docker")
    return rows, inner
