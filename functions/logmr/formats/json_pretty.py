"""JSON records written over several lines: `jq .`'s output of a JSON log, `journalctl -o
json-pretty`, OpenTelemetry's console exporter (its default: `to_json()` indented), any logger whose
JSON is indented. A record starts on a line that is `{` alone where the line above closed one, is
blank, is no object's inside (text between objects) or begins the data, and runs to the next such
line (multiline.py, within its caps); its lines are decoded as one JSON object and read as a JSON
line's (json_fields.record_from_object; envelopes too, each event a record of the object's first
line). Where a record's lines are no object (one cut short, text among the objects), each object in
them that opens on a line of its own is still read, and what is none is malformed, a line each; an
object cut at the caps is one malformed record, the rest of its lines (an object's inside) none. A
JSON document of one object over several lines (a configuration file) is detected so too."""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate

import msgspec

from .indexed import IndexedRecords
from .json_envelopes import envelope_events
from .json_fields import record_from_object
from .multiline import group_lines, pairwise_starts
from .record import Record

_decode = msgspec.json.Decoder().decode
# A line of an object's inside: an indented member or value, or a closing brace or bracket.
_INSIDE = re.compile(r'[ \t]+["{}\[\]0-9tfn-]|[}\]],?[ \t]*$')
_raw_decode = json.JSONDecoder().raw_decode


class _Starts:
    """Whether a line starts a record, given the line above (None: the data's first line)."""

    pairwise = True

    def __call__(self, line: str, above: str | None = None) -> bool:
        if line.rstrip() != "{":
            return False
        if above is None or not (tail := above.rstrip()):
            return True
        # (after a closing brace, or after text that is no object's inside: a run of text between objects)
        return tail.endswith("}") or not (_INSIDE.match(above) or tail.endswith((",", "[", "{", ":")))


_starts = _Starts()


def _object(text: str) -> dict | None:
    try:
        found = _decode(text)
    except msgspec.DecodeError:
        return None
    return found if isinstance(found, dict) else None


def _objects(text: str) -> Iterator[tuple[int, dict | None]]:
    """(where it starts, the object or None: malformed) for the objects of lines that are not one:
    each `{` opening a line starts one, read by the standard library's decoder (which says where
    it ends) up to the next such line, or once a text further (an object holding such a line);
    one it cannot read is one malformed; other text between is malformed, a line each."""
    at, longest = 0, True
    while at < len(text):
        if text[at] in " \t\r\n":
            at += 1
            continue
        stop = text.find("\n{", at + 1)
        stop = len(text) if stop < 0 else stop + 1
        if text[at] == "{":
            found, end = _decoded(text[at:stop])
            if found is None and longest and stop < len(text):  # (once a text: no decode twice over its lines)
                longest = False
                found, end = _decoded(text[at:])
            yield at, found
            at = at + end if found is not None else stop
            continue
        yield from ((at + offset, None) for offset in _line_starts(text[at:stop]))
        at = stop


def _decoded(text: str) -> tuple[dict | None, int]:
    """The object a text opens with and where it ends, or (None, 0)."""
    try:
        found, end = _raw_decode(text)
    except (ValueError, RecursionError):
        return None, 0
    return (found, end) if isinstance(found, dict) else (None, 0)


def _line_starts(text: str) -> list[int]:
    """Where each line of a text that is not blank starts."""
    starts, at = [], 0
    for line in text.split("\n"):
        if line.strip():
            starts.append(at)
        at += len(line) + 1
    return starts


class JsonPrettyFormat(IndexedRecords):
    name = "json_pretty"
    description = "JSON records over several lines (jq ., journalctl -o json-pretty, indented JSON loggers)"
    starts_record = _starts

    def matches(self, line: str) -> bool:
        return line.rstrip() == "{"

    def parse(self, line: str, default_service: str | None = None) -> Record | None:
        """The record of an object's lines (joined by newlines), None when they are no object."""
        found = _object(line)
        return None if found is None else record_from_object(found, line, default_service)

    def read_lines(self, lines: list[str], default_service: str | None) -> Iterator[tuple[Record | None, int]]:
        """(record or None: malformed, the index of its first line) for the block's lines: lines outside
        the objects that are an object's inside (an object cut at the caps: indented members, its
        closing brace) are neither, whatever the block they are in."""
        heads = pairwise_starts(lines, _starts)
        for first, stop in _spans(lines, heads):
            text = "\n".join(lines[first:stop])
            found = _object(text) if heads[first] else None
            pieces = [(0, found)] if found is not None else list(_objects(text))
            ends = list(accumulate(len(line) + 1 for line in lines[first:stop]))
            for at, obj in pieces:
                line = first + bisect_right(ends, at)
                if obj is None and _INSIDE.match(lines[line]):
                    continue
                yield from self._records(obj, text if found is not None else lines[line], line, default_service)

    @staticmethod
    def _records(obj: dict | None, raw: str, line: int, default_service: str | None):
        if obj is None:
            yield None, line
            return
        events = envelope_events(obj)
        if events is None:
            yield record_from_object(obj, raw, default_service), line
            return
        for event in events:
            yield None if event is None else record_from_object(*event, default_service), line


def _spans(lines: list[str], heads: list[bool]) -> list[tuple[int, int]]:
    """group_lines' records, the lines outside them in a row as one (each of its own there: read
    together, an object among them is found)."""
    spans: list[tuple[int, int]] = []
    for first, stop in group_lines(lines, heads):
        if not heads[first] and spans and not heads[spans[-1][0]] and spans[-1][1] == first:
            spans[-1] = (spans[-1][0], stop)
        else:
            spans.append((first, stop))
    return spans


def pretty_fit(lines: list[str]) -> bool:
    """Whether a sample's lines are JSON objects over several lines: it opens with `{` alone, and
    two thirds of the objects it holds whole (all but its last) decode, or it is one object (whole,
    or cut by the sample's end)."""
    if not lines or lines[0].rstrip() != "{":
        return False
    heads = pairwise_starts(lines, _starts)
    spans = group_lines(lines, heads)
    whole = [span for span in spans[:-1] if heads[span[0]]]
    if not whole:  # (one object, whole or cut by the sample's end)
        return len(lines) > 2 and (_object("\n".join(lines)) is not None or _cut_object("\n".join(lines)))
    decoded = sum(_object("\n".join(lines[first:stop])) is not None for first, stop in whole)
    return decoded * 3 >= len(whole) * 2 and all(stop - first > 1 for first, stop in whole)


def _cut_object(text: str) -> bool:
    """Whether a text is the start of one JSON object of several lines, cut short."""
    try:
        _decode(text)
    except msgspec.DecodeError as error:
        return "truncated" in str(error) and text.count("\n") > 1
    return False
