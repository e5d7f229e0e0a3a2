"""http's routes: a request's path with its query string dropped and the segments that are
identifiers (numbers, UUIDs, long hex strings) replaced by `:id`, `:uuid`, `:hex`."""

from __future__ import annotations

import re

UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
#: At least 16 hex digits, one of them a decimal digit.
HEX = r"[0-9a-fA-F]{16,}"
_UUID = re.compile(UUID)
_HEX = re.compile(r"(?=[0-9a-fA-F]*\d)" + HEX)
# The same folds over a whole ASCII path, in `_segment`'s order: a segment is a run between
# slashes (or the path's ends), and a folded one matches none of the later folds.
_WHOLE = r"(?<![^/]){}(?![^/])"
_ASCII_FOLDS = [
    (re.compile(_WHOLE.format(r"[0-9]+")), ":id"),
    (re.compile(_WHOLE.format(_UUID.pattern)), ":uuid"),
    (re.compile(_WHOLE.format(_HEX.pattern.replace(r"\d", "[0-9]"))), ":hex"),
]


def _segment(segment: str) -> str:
    if segment.isdigit():
        return ":id"
    if len(segment) == 36 and _UUID.fullmatch(segment):
        return ":uuid"
    if len(segment) >= 16 and _HEX.fullmatch(segment):
        return ":hex"
    return segment


def route_of(path: str | None, raw: bool = False) -> str:
    """The path without its query string or fragment, with identifier segments folded."""
    if not path:
        return "-"
    cut = len(path)
    for mark in "?#":
        at = path.find(mark)
        if at != -1:
            cut = min(cut, at)
    path = path[:cut] or "/"
    if raw or not any(c.isdigit() for c in path):
        return path
    if path.isascii():  # (where `isdigit` is [0-9]: one pass per fold, not a call per segment)
        for fold, name in _ASCII_FOLDS:
            path = fold.sub(name, path)
        return path
    return "/".join(_segment(s) for s in path.split("/"))
