"""A Drain template whose wildcard stands for a handful of plain words is several events.

Drain merges messages that agree on most tokens, so `cupsd startup succeeded` and `cupsd shutdown
succeeded` become `cupsd <*> succeeded`. Values (numbers, ids, masked parts) have digits or
punctuation and many distinct spellings; the words that tell events apart are plain letters and
few. Like Brain's column frequencies, this looks at each wildcard's column over the template's
members and keeps as constant a column of at most MAX_WORDS plain words.
"""

from __future__ import annotations

import re
from typing import Any

#: The most distinct plain words a wildcard column may hold and still be read as constants.
MAX_WORDS = 3
#: As many past participles (`Started`, `Paused`, `Resumed`, `Stopped`) still name events: states.
MAX_STATES = 6
WILDCARD = "<*>"
_MASK = re.compile(r"<[A-Z]+>|<\*>")
_END_MASK = re.compile(r"[^A-Za-z0-9<>]<[A-Z]+>$")
#: A word up to its first mask: letters, `_`, `-`, `(`, `=`, `:` and brackets (`isOverlap:true,`,
#: `WWEN[enable]`; not a dotted name: a value).
_WORD = re.compile(r"[A-Za-z_(=:[\]-]*[A-Za-z][A-Za-z_(=:[\]-]*[;:,.]?")
#: Words that are values wherever they appear: a date written out inside a message.
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
CALENDAR = frozenset((*MONTHS, "mon", "tue", "wed", "thu", "fri", "sat", "sun"))


def split_by_words(template: str, members: list[list[Any]], after: int = -1) -> list[tuple[str, list[list[Any]]]]:
    """(template, members) pairs: one per word of the template's first word column after `after`,
    each split again by the word columns after it (`onSleep`/`onWake`, then `Yes`/`No`; a column
    before, too varied for all the members, is not read again for some), or the template as it is
    (the members are [masked message, ...])."""
    parts = template.split(" ")
    if WILDCARD not in parts or len(members) < 2:
        return [(template, members)]
    tokens = [member[0].split(" ") for member in members]
    for slot in (i for i, part in enumerate(parts) if part == WILDCARD and i > after):
        words = {row[slot] for row in tokens if len(row) == len(parts)}
        if 1 < len(words) <= _most_words(words) and _words(words):
            by_word: dict[str, list[list[Any]]] = {}
            for row, member in zip(tokens, members, strict=True):
                by_word.setdefault(row[slot] if len(row) == len(parts) else WILDCARD, []).append(member)
            return [
                pair
                for word, group in sorted(by_word.items())
                for pair in split_by_words(" ".join([*parts[:slot], word, *parts[slot + 1 :]]), group, slot)
            ]
    return [(_keyed(template, members), members)]


def _most_words(column: set[str]) -> int:
    """How many distinct words a column may hold and still name events."""
    return MAX_STATES if all(word.strip("\"'()[],;:.").lower().endswith("ed") for word in column) else MAX_WORDS


def _keyed(template: str, members: list[list[Any]]) -> str:
    """The template with each wildcard over `key=value` tokens of one key written `key=<*>`, and
    over tokens that end in the same mask (`a.com:<NUM>`, `b.org:<NUM>`) written `<*>:<NUM>`."""
    parts = template.split(" ")
    for slot, part in enumerate(parts):
        if part != WILDCARD:
            continue
        words = {row[slot] for row in (member[0].split(" ") for member in members) if len(row) == len(parts)}
        keys = {word.partition("=")[0] if "=" in word else None for word in words}
        if len(keys) == 1 and (key := keys.pop()) and all(c.isalnum() or c in "_-." for c in key):
            parts[slot] = key + "=" + WILDCARD
            continue
        ends = {found.group() if (found := _END_MASK.search(word)) else None for word in words}
        if len(ends) == 1 and (end := ends.pop()) and all(len(word) > len(end) for word in words):
            parts[slot] = WILDCARD + end
    return " ".join(parts)


def _words(column: set[str]) -> bool:
    """A column of words that name events: each with letters before its first mask (`user=root`,
    `LOGIN(uid=<NUM>)`), no raw digits, not a month or a day, and no two the same up to their first
    mask (`rhost=<IP>` and `rhost=<IP>.example.net` are one key with two values)."""
    shapes = set()
    for word in column:
        shape = _MASK.split(word, 1)[0].strip("\"'")  # a quoted word: `"GET`, `'Active'`
        if not _WORD.fullmatch(shape) or any(c.isdigit() for c in word):
            return False
        if shape.strip(";:,.").lower() in CALENDAR:
            return False
        shapes.add(shape)
    return len(shapes) == len(column)
