"""Docker json-file lines around an app's JSON lines counted from the app's lines (json_count's
decode of the keys in use, at Docker's time)."""

from typing import Any

from .base import SECOND, Batch
from .json_blocks import NeedsRecordPath, Projection
from .json_count import count_decoded, count_native, decode_rows
from .json_docker import app_logs, docker_time
from .json_native import available

LEARN_LINES = 256  # a Docker file's first app lines, learnt from (json_blocks.LEARN_BYTES of its lines)


def count_app_rows(
    block: bytes, projection: Projection, wanted: tuple[str, ...], default_service: str | None
) -> tuple[Batch, dict[tuple[Any, ...], int]]:
    """Docker json-file lines around an app's JSON lines (json_docker.app_logs) counted from the
    app's lines, each decoded alone as the record path reads it, at Docker's time (the timestamp's
    and `SECOND`'s value there: `projection` reads the app's other fields); NeedsRecordPath as
    count_rows, or where a Docker line has no time."""
    timed = SECOND in wanted or "timestamp" in wanted
    few = "message" not in wanted and "timestamp" not in wanted  # (services', timelines': few distinct values)
    if available() and few and projection.learned and projection.depths != projection.full:
        counted = count_native([block], projection, wanted, default_service, None, docker=True)
        if counted is not None:  # (in C: each app line read inside its Docker line)
            return counted
    rows, logs = app_logs(block, timed)
    if not projection.learned:  # (on the app's first lines, as joined by the column path)
        projection.learn("".join(logs[:LEARN_LINES]).encode("utf-8", "surrogatepass"))
    if not projection.learned or projection.depths == projection.full:
        raise NeedsRecordPath("the column path reads the app's lines")
    times = None
    if timed:
        times = list(map(docker_time, rows))
        if not all(times):  # (no time, or an empty one: the app's own)
            raise NeedsRecordPath("a Docker line without its time")
    decoding, app = decode_rows(projection, lambda decoding: list(map(decoding.one.decode, logs)))
    return count_decoded(app, decoding, projection, wanted, default_service, times)
