"""The values behind a template's wildcards and masks in a record's message: parse's `params`.

A template reads as a regex over " " + the message's mined text (whitespace as single spaces), a
group per wildcard or mask. A block's records are read a template at a time: its messages joined
by newlines (a mined text has none, and no part of the regex matches one) and matched in one
`findall` of the regex anchored to lines, one match per line; a template where a line does not
match is read message by message (`params_of`).
"""

from __future__ import annotations

import re
from collections import defaultdict, deque
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

from .masking import head_of

_PLACEHOLDER = re.compile(r"<\*>|<[A-Z]+>")


@lru_cache(maxsize=8192)
def _regex(template: str) -> str:
    """A template's regex. A wildcard that is a whole token stands for any run of tokens
    (templates merged by skeleton), fewest first; its group leaves out the space before it (no
    token: no group, an empty value)."""
    parts = []
    for token in template.split(" "):
        if token == "<*>":
            parts.append(r"(?: (\S+(?: \S+)*?))??")
            continue
        pieces = [re.escape(piece) for piece in _PLACEHOLDER.split(token)]
        # (a placeholder that ends its token: all the rest of it, greedy or lazy alike, greedy faster)
        last = r"(\S+)" + pieces.pop() if len(pieces) > 1 and not pieces[-1] else ""
        parts.append(" " + r"(\S+?)".join(pieces) + last)
    return "".join(parts)


@lru_cache(maxsize=8192)
def _fullmatch(template: str) -> Callable[[str], Any]:
    return re.compile(_regex(template)).fullmatch


@lru_cache(maxsize=8192)
def _findall(template: str) -> tuple[Callable[[str], list[Any]], int]:
    """The template's regex over newline-joined texts, one match per line; and its groups."""
    compiled = re.compile(f"^{_regex(template)}$", re.MULTILINE)
    return compiled.findall, compiled.groups


def params_of(template: str, message: str) -> list[str]:
    """The values behind a template's wildcards and masks in a message (whitespace as single spaces)."""
    if "<" not in template:
        return []
    text = " ".join(head_of(message).split())
    found = _fullmatch(template)(" " + text)
    if found is not None:
        return [value or "" for value in found.groups()]
    # A message that holds a mask's spelling itself (`<NUM>`): the tokens that differ.
    tokens, words = template.split(" "), text.split(" ")
    if len(tokens) != len(words):
        return []
    return [word for token, word in zip(tokens, words, strict=True) if token != word]


def params_many(templates: list[str], mined: list[str]) -> list[tuple[str, ...]]:
    """params_of(template, text) of each record (its template and its message's mined text,
    `head_of`), as tuples: a regex match's own (the cyclic collector sees one new object per
    record with values, none for a record without)."""
    rows: defaultdict[str, list[int]] = defaultdict(list)  # each template's records, put in its list in C
    deque(map(list.append, map(rows.__getitem__, templates), range(len(templates))), maxlen=0)
    params: list[tuple[str, ...]] = [()] * len(templates)
    for template, ats in rows.items():
        if "<" not in template:
            continue
        findall, groups = _findall(template)
        found = findall(_spaced(list(map(mined.__getitem__, ats))))
        values: Iterable[tuple[str, ...]]
        if len(found) != len(ats):
            values = [tuple(params_of(template, mined[at])) for at in ats]
        elif groups == 0:
            continue
        else:  # (with one group, findall gives the values themselves)
            values = found if groups > 1 else zip(found)
        deque(map(params.__setitem__, ats, values), maxlen=0)  # (each record's values put in place in C)
    return params


#: Whitespace `str.split` splits on, but for the space, among ASCII characters.
_OTHER_SPACES = ("\t", "\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x1f")


def _spaced(texts: list[str]) -> str:
    """ " " + each text with its whitespace made single spaces, joined by newlines (no text holds
    one): as written where that is already so (ASCII texts with single spaces only), which a few
    scans of the whole tell."""
    joined = " " + "\n ".join(texts)
    uneven = "  " in joined or " \n" in joined or joined.endswith(" ")
    if joined.isascii() and not uneven and not any(space in joined for space in _OTHER_SPACES):
        return joined
    return "\n".join([" " + " ".join(text.split()) for text in texts])
