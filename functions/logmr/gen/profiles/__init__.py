"""Benchmark corpora in the shapes real loggers write (gen/catalog.py lists them): one chunk of a
profile is rendered from (seed, profile, chunk index) alone, like the generator's kinds, so the
bytes do not depend on how many processes write them; each record comes with the fields it must
read as (its truth), for tests."""

from __future__ import annotations

import random
from collections.abc import Callable

from ..catalog import PROFILES
from . import json_loggers, loghub, network, text_layouts
from .events import make_events

Rendered = list[tuple[str, dict | None]]
RENDERERS: dict[str, Callable[[random.Random, list], Rendered]] = {
    **json_loggers.RENDERERS,
    **text_layouts.RENDERERS,
    **network.RENDERERS,
    **loghub.RENDERERS,
}
assert set(RENDERERS) == set(PROFILES), "every profile of the catalogue has a renderer and no more"
# Lines that cannot hold a newline inside a message (syslog datagrams, access logs).
SINGLE_LINE = {"rfc3164", "rfc5424", "access-combined", "aws-alb", "nginx-error", "apache-error"}


def render_chunk(name: str, seed: int, chunk: int, lines: int) -> Rendered:
    """(text with its line end, truth or None for a line broken on purpose) of each record."""
    rng = random.Random(f"{seed}:profile:{name}:{chunk}")
    events = make_events(rng, chunk, lines, multiline=name not in SINGLE_LINE)
    return RENDERERS[name](rng, events)


def chunk_bytes(name: str, seed: int, chunk: int, lines: int) -> bytes:
    return "".join(text for text, _ in render_chunk(name, seed, chunk, lines)).encode()


def expected_records(name: str, seed: int, lines: int) -> list[dict]:
    """The truth of a file's first chunk as tests/data/loggers' expected files have it: one dict
    per record with `line`, the 1-based number of its first line (broken lines left out)."""
    expected, line = [], 1
    for text, known in render_chunk(name, seed, 0, lines):
        if known is not None:
            expected.append({"line": line} | known)
        line += text.count("\n")
    return expected
