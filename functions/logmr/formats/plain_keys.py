"""How the plain kernel (plain_kernel.py) makes a row of header group texts a record's key, as
`PlainTextFormat._record` reads the same header: each field's reading chosen once, each distinct
row read once per process (a block's rows recur in the next blocks: the same seconds, services
and levels), in a bounded cache.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache, partial
from typing import Any

from .base import FIELD_PREFIX, SECOND
from .header_names import thread_component
from .layout import WORD_LEVEL, CompiledLayout, Layout, compile_layout
from .message_marks import word_level
from .record import DEFAULT_LEVEL, normalize_level

# Spellings the common normalisation does not know: klog/Android letters, zap's dpanic, loguru's
# success, Redis's characters (`.` debug, `-` verbose, `*` notice, `#` warning).
_EXTRA_LEVELS = {"v": "DEBUG", "d": "DEBUG", "dpanic": "FATAL", "success": "INFO"}
_EXTRA_LEVELS |= {".": "DEBUG", "-": "DEBUG", "*": "INFO", "#": "WARN"}
_EXTRA_LEVELS |= {"t": "DEBUG", "n": "INFO", "c": "FATAL"}  # (etcd's capnslog letters)
_EXTRA_LEVELS |= {"crash": "ERROR", "supervisor": "ERROR", "progress": "INFO"}  # (Erlang's reports)
# (PHP's: E_ERROR and E_CORE_ERROR stop the script; E_DEPRECATED and E_STRICT are warnings to mend)
_EXTRA_LEVELS |= {"fatal error": "FATAL", "core error": "FATAL", "compile error": "FATAL", "parse error": "ERROR"}
_EXTRA_LEVELS |= {"catchable fatal error": "ERROR", "recoverable fatal error": "ERROR", "user error": "ERROR"}
_EXTRA_LEVELS |= {"deprecated": "WARN", "user deprecated": "WARN", "strict standards": "INFO"}
# (SSSD's debug levels as the masks it writes, sssd/util/debug.h: FATAL_FAILURE, CRIT_FAILURE, OP_FAILURE,
# MINOR_FAILURE, CONF_SETTINGS, then the traces; IMPORTANT_INFO, every bit from OP_FAILURE up)
_EXTRA_LEVELS |= {"0x0010": "FATAL", "0x0020": "FATAL", "0x0040": "ERROR", "0x0080": "WARN", "0x0100": "INFO"}
_EXTRA_LEVELS |= dict.fromkeys(("0x0200", "0x0400", "0x1000", "0x2000", "0x4000", "0x8000", "0x10000"), "DEBUG")
_EXTRA_LEVELS |= {"0x20000": "DEBUG", "0x3f7c0": "INFO"}
_EXTRA_LEVELS |= {"core warning": "WARN", "compile warning": "WARN", "user warning": "WARN", "user notice": "INFO"}


# Samba's debug levels (lib/util/debug.h: DBGLVL_ERR 0, DBGLVL_WARNING 1, DBGLVL_NOTICE 3, DBGLVL_INFO 5,
# DBGLVL_DEBUG 10), read with the comma before them (slots' `stime`): from 6 on, the developers' traces.
_SAMBA_LEVELS = ("ERROR", "WARN", "INFO", "INFO", "INFO", "INFO")


class _Levels(dict):
    def __missing__(self, raw: str) -> str:
        if raw[:1] == ",":
            number = int(raw[1:])
            value = self[raw] = _SAMBA_LEVELS[number] if number < len(_SAMBA_LEVELS) else "DEBUG"
            return value
        value = self[raw] = _EXTRA_LEVELS.get(raw.lower()) or normalize_level(raw)
        return value


LEVELS = _Levels()  # a header's level text -> the record's level


def component_text(text: str | None) -> str | None:
    """A component slot's text as the service: its padding is not its name (corosync's `[MAIN  ]`),
    nor, after a logger's dotted name (as `key=value` pushes) or as an empty one, the nested diagnostic
    context that log4j's TTCC layout writes there (`%c %x - `: `shop.api user=alice`, log4cxx's `App null`,
    log4cplus' `App <>`, `App <req-7f3a>`), nor the line after a class's name (log4j's `%C{1}:%L`: `App:21`), nor the
    dash log4c glues to its category (`shop.api- message`); of `key=value` pairs alone, the name one names."""
    text = (text or "").strip()
    if "=" in text and _PAIRS.fullmatch(text):  # (pairs alone: Ansible's `p=PID u=USER n=NAME | `)
        named = _NAMED.search(text)
        return named[1] if named else text or None
    name, _, context = text.partition(" ")
    if context and (_ANGLED.fullmatch(context) or context == "null" or ("." in name and _PAIRS.fullmatch(context))):
        text = name
    line = _CLASS_LINE.fullmatch(text)
    return (line[1] if line else _DASH.sub("", text)) or None


_ANGLED = re.compile(r"<[^<>]*>")  # (log4cplus' NDC, `<>` where empty; log4cxx writes `null`)
_PAIRS = re.compile(r"\S+=\S*(?: \S+=\S*)*")  # (an NDC of `key=value` pushes; not Proxifier's `svchost.exe *64`)
_DASH = re.compile(r"(?<=[A-Za-z_$])-$")
_NAMED = re.compile(r"(?:^| )(?:n|name|logger|service)=(\S+)")
_CLASS_LINE = re.compile(r"([\w$.-]*[A-Z][\w$]*):\d+")  # (a class's line; not `host:5432`, `views:42`)


#: Header roles beside the counted ones: the pid as `PlainTextFormat._set` keeps it, a time of day.
PID, CLOCK = FIELD_PREFIX + "pid", FIELD_PREFIX + "time"
_CACHED_ROWS = 100_000  # distinct rows kept per reading (then the cache starts over)

RowKey = Callable[[tuple[Any, ...], str | None], tuple[Any, ...]]


#: Each field's header role; beside the counted ones, what a parse reads (the time as written, the
#: pid as `PlainTextFormat._set` keeps it, a time of day that is no instant).
_ROLES = {"level": "level", "host": "host", SECOND: "time", "service": "component", "thread": "thread"}
_ROLES |= {"timestamp": "time", PID: "pid", CLOCK: "time"}


def header_groups(compiled: CompiledLayout, fields: Sequence[str]) -> dict[str, str | tuple[str, ...]] | None:
    """The header group each field is read from (service: the component, and the thread, whose
    `Name@123` names the service of a record without a component; the pid: every pid group, where
    there are several, HDFS's pid slot and a `tag[pid]`), or None."""
    by_role, roles = {role.role: role.group for role in compiled.roles}, [role.role for role in compiled.roles]
    by_role = {"level": by_role[WORD_LEVEL], **by_role} if WORD_LEVEL in by_role else by_role  # (syslog's `error: `)
    if not set(fields) <= _ROLES.keys() or {SECOND, "timestamp"} <= set(fields):
        return None
    if {"timestamp", CLOCK} & set(fields) and roles.count("time") > 1:
        return None  # (a record's is the last of two such groups not empty, a time of day no instant)
    # (a component slot never matches empty text: the thread names the service only without one)
    names = [*fields, "thread"] if "service" in fields and "component" not in by_role else fields
    groups: dict[str, str | tuple[str, ...]] = {n: by_role[_ROLES[n]] for n in names if _ROLES[n] in by_role}
    if PID in groups and roles.count("pid") > 1:  # (a record's is the last of them not empty: plain_keys.py)
        groups[PID] = tuple(role.group for role in compiled.roles if role.role == "pid")
    return groups


def group_names(groups: dict[str, str | tuple[str, ...]]) -> tuple[str, ...]:
    """The groups the fields are read from, each once."""
    each = (name for group in groups.values() for name in ((group,) if isinstance(group, str) else group))
    return tuple(dict.fromkeys(each))


def row_key(
    layout: Layout, fields: tuple[str, ...], groups: dict[str, str | tuple[str, ...]], names: Sequence[str]
) -> RowKey:
    """How a distinct row of `names`' texts (`groups`: the group each field is read from; the
    pid's, perhaps several) becomes its key of `fields`, given the default service: `_reads`,
    each row read once."""
    return _cached_key(layout, fields, tuple(groups.items()), tuple(names))


@lru_cache(maxsize=64)
def _cached_key(
    layout: Layout,
    fields: tuple[str, ...],
    groups: tuple[tuple[str, str | tuple[str, ...]], ...],
    names: tuple[str, ...],
) -> RowKey:
    compiled = compile_layout(layout)
    words = next((role.group for role in compiled.roles if role.role == WORD_LEVEL), None)
    stamps = compiled.stamps()
    read = _reads(stamps.__getitem__, fields, dict(groups), list(names), words)
    known: dict[tuple[tuple[Any, ...], str | None], tuple[Any, ...]] = {}

    def key(row: tuple[Any, ...], default: str | None) -> tuple[Any, ...]:
        found = known.get((row, default))
        if found is None:
            if len(known) >= _CACHED_ROWS:
                known.clear()
                stamps.clear()
            found = known[(row, default)] = read(row, default)
        return found

    return key


def _reads(
    timestamp: Callable[[str], str | None],
    fields: Sequence[str],
    groups: dict[str, str | tuple[str, ...]],
    names: list[str],
    words: str | None = None,
) -> Callable[[tuple[Any, ...], str | None], tuple[Any, ...]]:
    """How a distinct row of `names`' texts becomes its key, as `PlainTextFormat._record` reads
    the same header (each field's reading chosen once, not per row; `words`: the group of a
    syslog message's opening level word, message_marks.py)."""
    at = {name: i for i, name in enumerate(names)}
    reads: list[Callable[[tuple[Any, ...], str | None], Any]] = []
    for field in fields:
        group = groups.get(field, "")
        if isinstance(group, tuple):  # (the pid of several groups: the last not empty, as each is set in turn)
            reads.append(partial(_last_pid, [at[name] for name in group][::-1]))
            continue
        i = at.get(group)
        if field == "service":
            thread = at.get(groups.get("thread", ""))
            reads.append(
                lambda row, default, i=i, thread=thread: (
                    (i is not None and component_text(row[i]))
                    or thread_component(None if thread is None else row[thread])
                    or default
                )
            )
        elif i is None:  # no slot: a level's default, no host, no time
            reads.append(lambda row, default, none=DEFAULT_LEVEL if field == "level" else None: none)
        elif field == "level" and group == words:
            reads.append(lambda row, default, i=i: word_level(row[i]) or DEFAULT_LEVEL)
        elif field == "level":
            reads.append(lambda row, default, i=i: LEVELS[row[i]] if row[i] else DEFAULT_LEVEL)
        elif field == "host":
            reads.append(lambda row, default, i=i: row[i] or None)
        elif field == PID:
            reads.append(lambda row, default, i=i: _pid(row[i]))
        elif field == CLOCK:  # (a time of day: a time text that is no timestamp)
            reads.append(lambda row, default, i=i: row[i] if row[i] and timestamp(row[i]) is None else None)
        else:  # SECOND (a time's fraction dropped: _ascii_columns), or the timestamp
            reads.append(lambda row, default, i=i: timestamp(row[i]) if row[i] else None)
    return lambda row, default: tuple([read(row, default) for read in reads])


def _pid(text: str | None) -> int | str | None:
    """A pid group's text as `PlainTextFormat._set` keeps it: digits a number, other text as it is."""
    return (int(text) if text.isdigit() else text) if text else None


def _last_pid(ats: list[int], row: tuple[Any, ...], default: str | None) -> int | str | None:
    """The pid of the last of several pid groups (`ats`, last first) not empty in the row."""
    return _pid(next((row[i] for i in ats if row[i]), None))
