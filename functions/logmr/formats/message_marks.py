"""A level written as a mark that opens a message: GitHub Actions' and Azure Pipelines' workflow
commands as their logs keep them (`2026-12-02T14:32:19.4134564Z ##[error]Process completed with
exit code 1.`; `##[warning]`, `##[debug]`, `##[notice]`; `##[group]`, `##[endgroup]` and
`##[command]` mark no level and stay in the message). Header inference marks a layout whose
sample's messages open so on at least MIN_LINES lines with the pseudo-slot LEVEL_MARKS
(header_marks.py); a marked message's level is its mark's, the mark cut off."""

from __future__ import annotations

import re

from .record import Record, normalize_level

LEVEL_MARKS = "lvlmark"
_MARK = re.compile(r"##\[(?P<level>error|warning|debug|notice)\]")


def level_mark(message: str) -> re.Match[str] | None:
    """The level mark a message opens with, or None."""
    return _MARK.match(message) if message[:3] == "##[" else None


def with_level_mark(record: Record) -> Record:
    """The record with its message's mark read as its level (where it has one)."""
    found = level_mark(record.message)
    if found is not None:
        record.level, record.message = normalize_level(found["level"]), record.message[found.end() :]
    return record
