"""JSON records written over several lines: `jq .`'s output of a JSON log, `journalctl -o
json-pretty`, OpenTelemetry's console exporter (its default: `to_json()` indented), any logger whose
JSON is indented. A record starts on a line that is `{` alone (after the line above closed one, is
blank or begins the data) and runs to the next such line (multiline.py, within its caps); its
lines are decoded as one JSON object and read as a JSON line's (json_fields.record_from_object,
envelopes too: an OTLP object indented). A record that is no JSON object, or lines outside the
records, are malformed."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import msgspec

from .base import LogFormat, split_block
from .json_envelopes import envelope_events
from .json_fields import record_from_object
from .multiline import group_lines
from .record import Record

_decode = msgspec.json.Decoder().decode


class _Starts:
    """Whether a line starts a record, given the line above (None: the data's first line)."""

    pairwise = True

    def __call__(self, line: str, above: str | None = None) -> bool:
        if line.rstrip() != "{":
            return False
        return above is None or not above.strip() or above.rstrip().endswith("}")


_starts = _Starts()


def _object(text: str) -> dict | None:
    try:
        found = _decode(text)
    except msgspec.DecodeError:
        return None
    return found if isinstance(found, dict) else None


class JsonPrettyFormat(LogFormat):
    name = "json_pretty"
    description = "JSON records over several lines (jq ., journalctl -o json-pretty, indented JSON loggers)"
    starts_record = _starts

    def matches(self, line: str) -> bool:
        return line.rstrip() == "{"

    def parse(self, line: str, default_service: str | None = None) -> Record | None:
        """The record of an object's lines (joined by newlines), None when they are no object."""
        found = _object(line)
        return None if found is None else record_from_object(found, line, default_service)

    def records(self, block: bytes, default_service: str | None = None) -> Iterator[tuple[Record | None, str]]:
        """Each object with its first line (an envelope's events each); other lines malformed."""
        lines = split_block(block)
        heads = [bool(lines) and _starts(lines[0])] + [_starts(line, above) for above, line in pairwise(lines)]
        for first, stop in group_lines(lines, heads):
            text = "\n".join(lines[first:stop])
            found = _object(text) if heads[first] else None
            if found is None:
                if text.strip():
                    yield None, lines[first]
                continue
            events = envelope_events(found)
            if events is None:
                yield record_from_object(found, text, default_service), lines[first]
                continue
            for event in events:
                yield None if event is None else record_from_object(*event, default_service), lines[first]


def pretty_fit(lines: list[str]) -> bool:
    """Whether a sample's lines are JSON objects over several lines: it opens with `{` alone and
    two thirds of the objects it holds whole (all but its last) decode."""
    if not lines or lines[0].rstrip() != "{":
        return False
    heads = [_starts(lines[0])] + [_starts(line, above) for above, line in pairwise(lines)]
    spans = group_lines(lines, heads)
    whole = [span for span in spans[:-1] if heads[span[0]]] or spans[:1]
    decoded = sum(_object("\n".join(lines[first:stop])) is not None for first, stop in whole)
    return decoded * 3 >= len(whole) * 2 and all(stop - first > 1 for first, stop in whole)
