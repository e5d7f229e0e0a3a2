"""A learned header layout (see `header.py`) compiled into regexes, and what each slot means.

Slots get roles from their kinds and places: the first timestamp is the record's time; a level
slot its level; `name:`/`tag[pid]:`, a `name:function:line` or a dotted name its component (the
record's service); the first number after the time its pid, a number right after it the thread id
(Android's `pid tid`); the first bracket its thread (whose
`Name@123` names the component when nothing else does, as ZooKeeper writes); a word just after
the last time and before a component is the host (syslog-like); the last word of a header without a
component is the component (`[time] program - message`, `time|component|pid|message`). Anything
else is kept in the record's fields under the slot's name (`field3`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .ansi import text_without_ansi
from .context import TRAILING_META, TRAILING_PAIRS
from .header_marks import NEXT_LINE_LEVEL
from .headless import TRACES, RecordStarts
from .message_marks import LEVEL_MARKS
from .request_lines import REQUEST_LINES, REQUEST_MESSAGES
from .slots import (
    COMPONENT_KINDS,
    LEAD,
    LEVEL_KINDS,
    LEVEL_WORDS,
    MESSAGE_LEVEL,
    OPTIONAL,
    SECOND_LEVEL,
    SLOTS,
    TIME_KINDS,
    TRAILING_LOGGER,
    base_kind,
    is_optional,
    message_head,
    slot_regex,
)
from .times import time_to_iso

Layout = tuple[tuple[str, str], ...]
WORD_LEVEL = "wordlevel"  # the role of a syslog message's opening level word (slots.MESSAGE_LEVEL)
_MARKS = frozenset({REQUEST_LINES, REQUEST_MESSAGES, LEVEL_MARKS, TRACES, TRAILING_META, TRAILING_PAIRS})
_PID_KINDS = frozenset({"pid", "bpid", "pidtid", "cpid"})
# A record's second line `LEVEL: message` (java.util.logging's SimpleFormatter).
LEVEL_LINE = re.compile(rf"(?P<level>(?i:{LEVEL_WORDS})):[ \t]+(?P<message>.*)", re.DOTALL)


class Role(NamedTuple):
    group: str  # the regex group holding the value
    role: str  # time, level, component, pid, tid, thread, host, or a field's name


def _first(kinds: list[str], wanted: frozenset[str] | set[str], start: int = 0) -> int | None:
    return next((i for i in range(start, len(kinds)) if kinds[i] in wanted), None)


def _word_roles(kinds: list[str], has_component: bool, optional: set[int], pid_host: bool, dashed=()) -> dict[int, str]:
    words = [i for i, kind in enumerate(kinds) if kind in ("word", "phrase") and i not in optional]
    roles: dict[int, str] = {}
    component_at = _first(kinds, COMPONENT_KINDS)
    # The word after the last time before the component (Thunderbird's `epoch date node time node/node program[pid]:`,
    # BGL's `... time node RAS KERNEL INFO`; not a ` - ` field before another: the AWS CLI's `time - MainThread - `,
    # a thread), or after its `[pid]` (corosync's).
    before = component_at if component_at is not None else words[-1] if words else 0
    threads = {i for i in words if i in dashed and i + 1 in words}
    hosts = [i for i in words if 0 < i < before and kinds[i - 1] in TIME_KINDS and i not in threads]
    if pid_host and not hosts:  # (a syslog-like time's `[pid]`: corosync's, not an app's `[pid] thread`)
        hosts = [i for i in words if 1 < i < before and kinds[i - 1] == "bpid" and kinds[i - 2] in TIME_KINDS]
    if hosts:
        roles[hosts[-1]] = "host"
    if not has_component and words and words[-1] not in roles:
        roles[words[-1]] = "component"
    return roles


def _bracket_roles(
    kinds: list[str], level_at: int | None, component_at: int | None, glued_name: bool = False, glued_level=False
) -> tuple[int | None, ...]:
    """The thread's bracket and the component: the thread is the first bracket past the level, else
    the first (ZooKeeper's `[myid:1] - INFO [main:Class@12]`), and one past the component is a field
    (Rails' `[request-id]` tags); without a component, the last of two or more brackets past the
    level is the component (MySQL's `[Note] [MY-010253] [Server]`); with none past it, of three or
    more before it the last is the component and the one before it the thread (Dramatiq's); of two
    before SSSD's debug mask, the first (its program, then its function); `glued_name`: the header
    is `[time][name][LEVEL]`, glued, and ends there (Hydra's: logback's `[time] [thread] LEVEL` is not)."""
    before = kinds[:component_at]
    past = [i for i, kind in enumerate(before) if kind == "bracket" and level_at is not None and i > level_at]
    thread_at = past[0] if past else _first(before, {"bracket"})
    # (a thread's number or an app's name in brackets before the level, or brackets glued up to it: the bracket past
    # it names the component: Envoy's `[time][tid][level][logger]`, the JVM's `[time][uptime][level][tags]`, NestJS')
    numbered = level_at is not None and ("bpid" in kinds[:level_at] or kinds[:1] == ["bracket"] or glued_level)
    if component_at is None and (len(past) > 1 or (past and numbered)):
        component_at = past[-1]
        thread_at = None if thread_at == component_at else thread_at
    ahead = [i for i, kind in enumerate(kinds[:level_at]) if kind == "bracket"] if level_at is not None else []
    if component_at is None and not past and len(ahead) > 2:  # (Dramatiq's `[PID 1] [MainThread] [logger] [LEVEL]`)
        thread_at, component_at = ahead[-2], ahead[-1]
    if component_at is None and glued_name:  # (Hydra's `[%(asctime)s][%(name)s][%(levelname)s] - `)
        thread_at, component_at = None, ahead[0]
    if component_at is None and not past and len(ahead) == 2 and kinds[level_at] == "hexlevel":
        thread_at, component_at = None, ahead[0]  # (SSSD's `[%s] [%s]` before its mask: debug_prg_name, function)
    return thread_at, component_at


def slot_roles(layout: Layout) -> list[Role]:
    """The role of every group of the layout's regex."""
    kinds = [base_kind(kind) for kind, _ in layout]
    # An optional slot's word or dotted name is a field of some lines: neither host nor component (but a tab-separated
    # word past a level or a code location: zap's console writes its logger's name, a Lambda's id past a `[LEVEL]`).
    optional = {i for i, (kind, _) in enumerate(layout) if is_optional(kind) and not _zap_logger(layout, i)}
    kinds = [
        f"{OPTIONAL}{kind}" if i in optional and kind in ("dotted", "word") else kind for i, kind in enumerate(kinds)
    ]
    time_at = _first(kinds, TIME_KINDS)
    component_at = _first(kinds, COMPONENT_KINDS)
    level_at = _first(kinds, LEVEL_KINDS)
    pid_at = _first(kinds, _PID_KINDS, time_at or 0)
    glued_name = kinds == ["btime", "bracket", "blevel"] and layout[0][1] == layout[1][1] == "none"  # (Hydra's)
    glued_level = level_at is not None and level_at > 1 and all(sep == "none" for _, sep in layout[:level_at])
    thread_at, component_at = _bracket_roles(kinds, level_at, component_at, glued_name, glued_level)
    # (a bracket's time, level and name names the component: no word before it does)
    has_name = component_at is not None or bool({"ltime", "lbtime"} & set(kinds))
    dashed = {i for i, (_, sep) in enumerate(layout) if sep == "dash"}
    words = _word_roles(kinds, has_name, optional, bool(layout) and layout[0][0] == "time:syslog", dashed)
    tid_at = pid_at + 1 if pid_at is not None and kinds[pid_at + 1 : pid_at + 2] == ["pid"] else None
    thread_at = _first(kinds, {"paren"}) if thread_at is None else thread_at  # (JBoss's `(main)`)
    named = {time_at: "time", component_at: "component", level_at: "level", pid_at: "pid", thread_at: "thread"}
    named |= {i: WORD_LEVEL for i, kind in enumerate(kinds) if kind == MESSAGE_LEVEL}
    named |= {i: "pairs" for i, kind in enumerate(kinds) if kind == "pairs"}
    named |= {tid_at: "tid"} if tid_at is not None else {}
    roles = []
    for i, kind in (pair for pair in enumerate(kinds) if pair[1] != LEAD):
        role = named.get(i) or words.get(i) or f"field{i}"
        roles.append(Role(f"s{i}", role))
        fragment = SLOTS[layout[i][0].removeprefix(OPTIONAL)]
        if "(?P<Gx>" in fragment:
            roles.append(Role(f"s{i}x", _second_role(kind, role, i, level_at is None, component_at is None)))
        if kind in ("pname", "slevel", "glevel"):  # (pino-pretty's host, Locust's; GLib's level)
            roles.append(Role(f"s{i}y", "level" if kind == "glevel" else "host"))
        elif "(?P<Gy>" in fragment:  # (a target after a bracket's time and level: the component, if none other)
            roles.append(Role(f"s{i}y", "component" if role == "time" and component_at is None else f"field{i}y"))
    return roles


def _zap_logger(layout: Layout, i: int) -> bool:  # (past its level, or tslog's `LEVEL\tfile:line\t`)
    return layout[i][1] == "tab" and i > 0 and layout[i - 1][0] in ("level", "location")


def _second_role(kind: str, role: str, i: int, no_level: bool, no_component: bool = True) -> str:
    """The role of a slot's second group: a tag's or a time's pid, a pid's thread id, the level of
    `channel.LEVEL:` or of a bracket's time and level (where no slot of its own holds one)."""
    if (kind in ("tag", "gtag", "ptag", "prog", "pname", "glevel", "apid") and role == "component") or (
        kind == "ptime" and role == "time"
    ):
        return "pid"
    if role == "pid":
        return "tid"
    if kind == "mdotted":
        return "method"
    if kind in ("slevel", "blname"):
        return "component"
    if kind == "evcat":
        return "event_id"
    if kind == "epid" and no_component:  # (the module of an Erlang process's code location)
        return "component"
    if kind == "flevel":
        return "facility"
    if kind in ("tlevel", "loglevel", "ngroup"):
        return "thread"
    if no_level and kind in SECOND_LEVEL:
        return "level"
    return f"field{i}x"


def header_regex(layout: Layout) -> str:
    return "".join(slot_regex(kind, sep, f"s{i}") for i, (kind, sep) in enumerate(layout))


class CompiledLayout:
    """A layout's regexes: one for a line, one for a whole block (every non-empty line matches
    once: the header and its message, or else the whole line as `other`)."""

    def __init__(self, layout: Layout, kept: frozenset[str] | None = None) -> None:
        """`kept`: the roles read (None: all); the others' groups are left uncaptured."""
        marks = set()
        while layout and layout[-1][0] in _MARKS:
            marks.add(layout[-1][0])
            layout = layout[:-1]
        # A web server's request lines among the records, each a record of its own (request_lines.py).
        self.requests = REQUEST_LINES in marks
        # Messages that are request lines: their HTTP fields read (request_lines.py).
        self.request_messages = REQUEST_MESSAGES in marks
        self.level_marks = LEVEL_MARKS in marks  # (`##[error]`: message_marks.py)
        self.trailing_meta = TRAILING_META in marks  # (winston's `message {"timestamp":...}`: context.py)
        self.trailing_pairs = TRAILING_PAIRS in marks  # (zerolog's console: `message key=value ...`)
        self.monolog = any(base_kind(kind) == "chlevel" for kind, _ in layout)  # (its `%context% %extra%` JSON)
        # No header, the lines of a stack trace joined (headless.py).
        self.traces = TRACES in marks
        # The level and message on the line after the header (learned for JUL's two-line records).
        self.next_line_level = bool(layout) and layout[-1][0] == NEXT_LINE_LEVEL
        if self.next_line_level:
            layout = layout[:-1]
        # The logger at the message's end (Kafka's `%m (%c)`): the component, and no header slot's.
        self.trailer = bool(layout) and layout[-1][0] == TRAILING_LOGGER
        # The message on the lines below the header (.NET's console: `info: Category[id]`).
        self.next_line_message = any(sep == "eol" for _, sep in layout)
        self.layout = layout
        head = layout[:-1] if self.trailer else layout
        self.roles = slot_roles(head)
        if self.trailer:  # (the component is cut from the message: split_trailer)
            self.roles = [Role(r.group, f"field{r.group[1:]}") if r.role == "component" else r for r in self.roles]
        before = message_head(head)  # (a syslog message's level word: read inside the message, which keeps it)
        header = header_regex(before)
        opening = slot_regex(*head[-1], f"s{len(before)}") if len(before) < len(head) else ""
        if kept is not None:  # (the same matches, fewer groups to fill: a fifth faster on 3 to 7 groups)
            dropped = {role.group for role in self.roles if role.role not in kept}
            header, opening = (
                re.sub(r"\(\?P<(\w+)>", lambda found: "(?:" if found[1] in dropped else found[0], regex)
                for regex in (header, opening)
            )
            self.roles = [role for role in self.roles if role.role in kept]
        self.line = re.compile(f"{header}(?P<message>{opening}.*)", re.DOTALL)
        # (where a line's start depends on the line above: request lines, traces; else None)
        paired = self.requests or self.traces
        self.pair_starts = RecordStarts(self.line if head else None, self.requests, self.traces) if paired else None
        self.block = re.compile(f"^(?:{header}(?P<message>{opening}.*)|(?P<other>.+))$", re.MULTILINE)
        self.leveled = any(role.role == "level" for role in self.roles)
        self.pairs = any(role.role == "pairs" for role in self.roles)  # (read on the record path)
        index = self.block.groupindex
        self.columns = {role.role: index[role.group] - 1 for role in self.roles}
        self.message_at = index["message"] - 1
        self.other_at = index["other"] - 1
        time_at = _first([base_kind(kind) for kind, _ in head], TIME_KINDS)
        self.time_key = None if time_at is None else head[time_at][0].split(":", 1)[1]

    @property
    def kernel_reads(self) -> bool:
        """Whether the columnar kernel may read the layout's blocks: not where a record's fields
        may be on its other lines (a level, a message, a logger)."""
        return not (self.by_records or self.trailer)

    @property
    def by_records(self) -> bool:
        """Whether a block is read record by record (`records`), not by the block regex: where a
        line's start or a record's fields depend on more than its header's match."""
        return self.next_line_level or self.next_line_message or self.requests or self.traces or self.by_message

    @property
    def by_message(self) -> bool:
        """Whether a record's fields are read from its message or its header's pairs too."""
        read = (self.request_messages, self.pairs, self.level_marks, self.trailing_meta, self.trailing_pairs)
        return any(read) or self.monolog

    def starts(self, line: str) -> bool:
        """Whether a line starts like a record: its header fits (other lines continue one)."""
        return self.line.match(text_without_ansi(line)) is not None

    def timestamp(self, text: str | None) -> str | None:
        """The record's timestamp from its time slot's text: ISO 8601 where the layout allows."""
        if not text or self.time_key is None:
            return None
        return time_to_iso(self.time_key, text)

    def stamps(self) -> _Stamps:
        """A cache of `timestamp` for a block's time texts, each read once (a second's levels share it)."""
        return _Stamps(self)


class _Stamps(dict):
    def __init__(self, compiled: CompiledLayout) -> None:
        super().__init__()
        self.compiled = compiled

    def __missing__(self, text: str) -> str | None:
        stamp = self[text] = self.compiled.timestamp(text)
        return stamp


@lru_cache(maxsize=256)
def compile_layout(layout: Layout, kept: frozenset[str] | None = None) -> CompiledLayout:
    return CompiledLayout(layout, kept)


def as_layout(value: list[list[str]] | Layout | None) -> Layout | None:  # (a Split's JSON lists made hashable)
    return tuple((str(kind), str(sep)) for kind, sep in value) if value else None


# Keys of a header's `key=value` pairs that name the record's pid, thread or component.
_PAIR_ROLES = {"pid": "pid", "p": "pid", "tid": "thread", "thread": "thread"}
_PAIR_ROLES |= dict.fromkeys(("n", "name", "logger", "class", "component", "module", "service"), "component")


def read_pairs(text: str) -> list[tuple[str, str | None, str]]:
    """(key, role or None, value) of each `key=value` of a header's pairs: the role pid, thread or
    component by the key (the others are fields under their key)."""
    pairs = (pair.split("=", 1) for pair in text.split())
    return [(key, _PAIR_ROLES.get(key), value) for key, value in pairs]
