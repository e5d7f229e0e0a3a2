"""A level written as a mark that opens a message.

- GitHub Actions' and Azure Pipelines' workflow commands as their logs keep them
  (`2026-12-02T14:32:19.4134564Z ##[error]Process completed with exit code 1.`; `##[warning]`,
  `##[debug]`, `##[notice]`; `##[group]`, `##[endgroup]` and `##[command]` mark no level and stay
  in the message). Header inference marks a layout whose sample's messages open so on at least
  MIN_LINES lines with the pseudo-slot LEVEL_MARKS (header_marks.py); a marked message's level is
  its mark's, the mark cut off.
- A syslog message's level word: a daemon logging to syslog without a PRI in the file (or with
  none kept) writes its level as the message's first word: Postfix's and OpenSSH's `warning: `,
  `error: `, `fatal: `, sshd's `debug1: `, Dovecot's `Info: `, NetworkManager's `<info> `. Read
  where the line's layout is syslog's (syslog_lines.py; a learned layout ending in a syslog tag,
  slots.MESSAGE_LEVEL); the message keeps the word, as the daemon wrote it.
"""

from __future__ import annotations

import re

from .record import Record, normalize_level

LEVEL_MARKS = "lvlmark"
_MARK = re.compile(r"##\[(?P<level>error|warning|debug|notice)\]")


# The level words daemons write, in their spellings (no case-insensitive match: Python's and RE2's
# case folding differ past ASCII; not `alert`, `emerg`: words a message may open with, nor `err`:
# NTPsec's `ERR: ` names a category of its messages, as its `INIT: `, `PROTO: ` do). The regexes
# read a message's first word as any word (on RE2, the alternation of these would make a header
# regex no longer one-pass), and `word_level` tells whether it is a level.
_WORDS = ("debug", "trace", "info", "notice", "warning", "warn", "error", "critical", "crit", "fatal", "panic")
LEVEL_WORDS = frozenset(spelling for word in _WORDS for spelling in (word, word.capitalize(), word.upper()))
LEVEL_WORDS |= {"debug1", "debug2", "debug3"}  # (OpenSSH's debug levels)
#: A message's first word, as `word: ` (Postfix, OpenSSH, Dovecot) or `<word> ` (NetworkManager).
OPENING_WORD = r"[A-Za-z]+[1-3]?: |<[A-Za-z]+> "


def word_level(opening: str | None) -> str | None:
    """The level of a message's opening word as OPENING_WORD reads it (`error: `, `<warn> `), or
    None where it is no level word (or there is none: None or Arrow's empty text)."""
    if not opening:
        return None
    word = opening[1:-2] if opening[0] == "<" else opening[:-2]
    return normalize_level(word.rstrip("123")) if word in LEVEL_WORDS else None


def level_mark(message: str) -> re.Match[str] | None:
    """The level mark a message opens with, or None."""
    return _MARK.match(message) if message[:3] == "##[" else None


def with_level_mark(record: Record) -> Record:
    """The record with its message's mark read as its level (where it has one)."""
    found = level_mark(record.message)
    if found is not None:
        record.level, record.message = normalize_level(found["level"]), record.message[found.end() :]
    return record
