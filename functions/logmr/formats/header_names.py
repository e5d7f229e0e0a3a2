"""Header inference's judgements on loggers' names, made on the sample's lines (header.py): whether
dotted names are classes (`Class.method`, and a logger named at the message's end), and whether
most messages end with their logger in parentheses (log4j's `%m (%c)%n`, Kafka's)."""

from __future__ import annotations

import re

from .slots import COMPONENT_KINDS, TRAILER, base_kind

TRAILER_SHARE = 0.75  # (a message of several lines has its logger on its last line: Kafka's configuration dumps)
_TRAILER_AT_END = re.compile(TRAILER.replace("(?P<G>", "(") + r"\Z")


def most_are_classes(names: list[str]) -> bool:
    """Whether at least half the dotted names end with a class's (a capital's) name."""
    return sum(1 for name in names if name.rpartition(".")[2][:1].isupper()) >= 0.5 * len(names)


def logger_at_end(layout: list[list[str]], lines: list[str], alive: dict[int, int]) -> bool:
    """Whether a header without a component (nor a word, which may name one) is followed, on most
    lines, by a message that ends with its logger in parentheses, most of them a class (not a
    host's name, `(db0.example.com)`, nor a version, `(v1.2)`)."""
    if {base_kind(kind) for kind, _ in layout} & (COMPONENT_KINDS | {"word", "phrase"}) or not alive:
        return False
    loggers = [found[1] for i in alive if (found := _TRAILER_AT_END.search(lines[i]))]
    return len(loggers) >= TRAILER_SHARE * len(alive) and most_are_classes(loggers)
