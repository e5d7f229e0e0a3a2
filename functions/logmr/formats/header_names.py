"""Loggers' names in a text log's lines: whether dotted names are classes (`Class.method`, and a
logger named at the message's end), whether most messages end with their logger in parentheses
(log4j's `%m (%c)%n`, Kafka's; ActiveMQ's `%m | %c | %t`: header.py learns it), and that logger cut
from a message (layout.py and plain.py read it)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from operator import itemgetter
from typing import Any

from .slots import COMPONENT_KINDS, TRAILER, base_kind

TRAILER_SHARE = 0.75  # (a message of several lines has its logger on its last line: Kafka's configuration dumps)
# The logger in parentheses at the end (from the last `(`: a logger's name holds none).
_LOGGER_TAIL = re.compile(TRAILER.replace("(?P<G>", "(?P<logger>").removeprefix(r"[ \t]+"))


def most_are_classes(names: list[str]) -> bool:
    """Whether at least half the dotted names end with a class's (a capital's) name."""
    return sum(1 for name in names if name.rpartition(".")[2][:1].isupper()) >= 0.5 * len(names)


# ActiveMQ's `%d | %-5p | %m | %c | %t%n`: the logger and the thread after the message, between pipes.
# (blanks after a non-blank or the line's start, taken whole: searched from each blank of a run, it was quadratic)
_PIPED_TAIL = re.compile(
    r"(?:^|(?<=\S))[ \t]++\|[ \t]++(?P<logger>[A-Za-z_$][\w$-]*(?:\.[\w$-]+)+)[ \t]++\|[ \t]++[^|]*$"
)


def split_trailer(message: str) -> tuple[str, str | None]:
    """A message without the logger named at its end in parentheses (or between pipes, the thread
    after it: ActiveMQ's), and that logger (or None)."""
    at = message.rfind("(")
    if at < 1 or message[at - 1] not in " \t" or (found := _LOGGER_TAIL.fullmatch(message, at)) is None:
        piped = _PIPED_TAIL.search(message) if " | " in message else None
        return (message, None) if piped is None else (message[: piped.start()], piped["logger"])
    return message[:at].rstrip(" \t"), found["logger"]


def logger_at_end(lines: list[str]) -> str | None:
    """The logger a message of several lines names at the end of one of them (Kafka's
    configuration dumps: `...\n\tlog.dirs = /data (kafka.server.KafkaConfig)`), the first such."""
    for line in lines:
        logger = split_trailer(line)[1]
        if logger is not None:
            return logger
    return None


def ends_with_loggers(layout: list[list[str]], lines: list[str], alive: dict[int, int]) -> bool:
    """Whether a header without a component (nor a word, which may name one) is followed, on most
    lines, by a message that ends with its logger in parentheses, most of them a class (not a
    host's name, `(db0.example.com)`, nor a version, `(v1.2)`)."""
    if {base_kind(kind) for kind, _ in layout} & (COMPONENT_KINDS | {"word", "phrase"}) or not alive:
        return False
    loggers = [logger for i in alive if (logger := split_trailer(lines[i])[1])]
    return len(loggers) >= TRAILER_SHARE * len(alive) and most_are_classes(loggers)


def cut_trailers(messages: Iterable[str]) -> tuple[list[str], list[str | None]]:
    """The messages without the logger named at their end, and those loggers (None: none)."""
    cut = list(map(split_trailer, messages))
    return list(map(itemgetter(0), cut)), list(map(itemgetter(1), cut))


def later_loggers(services: list[Any], loggers: list[str | None], lines: list[str], starts: list[int]) -> None:
    """A message of several lines names its logger on a later line where its first names none
    (Kafka's configuration dumps): each such record's service, as plain.py's `_continued` reads it."""
    for k, (start, end) in enumerate(zip(starts, [*starts[1:], len(lines)], strict=True)):
        if end - start > 1 and loggers[k] is None:
            services[k] = logger_at_end(lines[start + 1 : end]) or services[k]


# (ZooKeeper's `Name@123`, Kea's `kea-dhcp4.dhcpsrv/980.140418096435712`: a logger and its pid.tid)
_THREAD_COMPONENT = re.compile(r"(?P<component>[A-Za-z_$][\w$]*)@\d+$|^(?P<logger>[A-Za-z_$][\w$.-]*)/\d+\.\d+$")


def thread_component(thread: str | None) -> str | None:
    """`Name` of a thread field ending in `Name@123` (ZooKeeper's `[thread:Class@line]`)."""
    if not thread:
        return None
    found = _THREAD_COMPONENT.search(thread)
    return (found["component"] or found["logger"]) if found else None
