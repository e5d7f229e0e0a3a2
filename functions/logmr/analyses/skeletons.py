"""Templates that differ only in their values are one event, however many tokens the values take.

Drain compares messages of one length only, so `close, 0 bytes sent` and `close, 3 bytes (1.2 KB)
sent`, or `lifetime 00:01` and `lifetime <1 sec`, become different templates. Brain and loghub's
own templates read a wildcard as any run of text. Here a template's *skeleton* is its tokens
without the values: wildcards, tokens that are nothing but masks and punctuation (`<NUM>:<NUM>`,
`(<NUM>`), and a unit word right after a value (`KB)`, `sec`). The templates of one group with the
same skeleton are one event: their tokens are kept where all agree, and each place where they
differ becomes one wildcard that stands for any run of tokens, the empty run included.

`match` finds the template of a masked message among mined templates, with that reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

WILDCARD = "<*>"
_MASK = re.compile(r"<[A-Z]+>|<\*>")
#: Words that measure the value before them: sizes and durations.
UNITS = frozenset(
    ("b", "kb", "mb", "gb", "tb", "kib", "mib", "gib", "tib", "ms", "us", "ns", "s", "sec", "secs", "min", "mins")
)


#: A key before a value, `key:<NUM>` (`overlapAmount:<NUM>,`): letters only (not a host, `a.net:<NUM>`).
_KEY_COLON = re.compile(r"[A-Za-z_][A-Za-z_()]*:<")


def is_value(token: str) -> bool:
    """A wildcard, or a token with a mask and no `key=` or `key:` (`<NUM>:<NUM>`, `(<NUM>`,
    `host.net:<NUM>`, `blk_<NUM>`; not `uid=<NUM>`, `i:<NUM>`)."""
    if token == WILDCARD:
        return True
    return "=" not in token and _MASK.search(token) is not None and _KEY_COLON.match(token) is None


def _segments(template: str) -> list[list[str]]:
    """[gap, constant, gap, constant, ..., gap]: the constants of the skeleton, each gap the
    value tokens (and units) between two of them."""
    segments: list[list[str]] = [[]]
    after_value = False
    for token in template.split(" ") if template else []:
        if is_value(token) or (after_value and token.strip("()[],;.").lower() in UNITS):
            segments[-1].append(token)
            after_value = is_value(token)
            continue
        segments += [[token], []]
        after_value = False
    return segments


def merge_by_skeleton(pairs: Iterable[tuple[str, list[Any]]]) -> list[tuple[str, list[Any]]]:
    """(template, members) pairs, those with the same skeleton merged into one (first seen first)."""
    merged: dict[tuple[str, ...], tuple[list[list[str]], list[Any]]] = {}
    for template, members in pairs:
        segments = _segments(template)
        key = tuple(segment[0] for segment in segments[1::2])
        known = merged.get(key)
        if known is None:
            merged[key] = (segments, list(members))
            continue
        for i in range(0, len(segments), 2):
            if known[0][i] != segments[i]:
                known[0][i] = [WILDCARD]
        known[1].extend(members)
    return [(" ".join(token for part in segments for token in part), members) for segments, members in merged.values()]


def _same(part: str, token: str) -> bool:
    """A template's token matches a message's: equal, a wildcard, or a wildcard in a token
    (`key=<*>`, `<*>:<NUM>`) over the rest of the token."""
    if part in (token, WILDCARD):
        return True
    before, wildcard, after = part.partition(WILDCARD)
    fits = len(token) >= len(before) + len(after)
    return bool(wildcard) and fits and token.startswith(before) and token.endswith(after)


@lru_cache(maxsize=65536)
def _pattern(template: str) -> re.Pattern[str]:
    """A template as a regex over " " + the masked message: a wildcard matches any run of tokens."""
    parts = []
    for token in template.split(" "):
        if token == WILDCARD:
            parts.append(r"(?: \S+)*?")
        else:
            parts.append(" " + r"\S*?".join(re.escape(piece) for piece in token.split(WILDCARD)))
    return re.compile("".join(parts))


def match(templates: Iterable[str], masked: str) -> str | None:
    """The most specific of the templates that matches a masked message: token by token if one of
    the same length does (the fewest wildcards), else with wildcards over runs of tokens (the most
    constant tokens); None if none does."""
    tokens = masked.split(" ") if masked else []
    best: tuple[int, str] | None = None
    loose: tuple[int, str] | None = None
    for template in templates:
        parts = template.split(" ") if template else []
        if len(parts) == len(tokens) and all(_same(p, t) for p, t in zip(parts, tokens, strict=True)):
            if best is None or parts.count(WILDCARD) < best[0]:
                best = (parts.count(WILDCARD), template)
        elif best is None and WILDCARD in parts and _pattern(template).fullmatch(" " + masked):
            constants = len(parts) - parts.count(WILDCARD)
            if loose is None or constants > loose[0]:
                loose = (constants, template)
    chosen = best or loose
    return chosen[1] if chosen else None
