"""Syslog's line layouts (RFC 5424, RFC 3164 with or without a <PRI>) and what the columnar kernels
read of them: each field's groups, and the regexes RE2 runs, per layout a block mostly has.

A line without a PRI has no severity; a daemon that logs to syslog writes its level as the
message's first word instead (Postfix's and OpenSSH's `warning: `, `error: `, `fatal: `, sshd's
`debug1: `, Dovecot's `Info: `, NetworkManager's `<info> `): the record's level is that word's
where the line has no PRI (a PRI's severity is the one the daemon asked for), and the message
keeps it, as the daemon wrote it.
"""

from __future__ import annotations

import re
from functools import cache

from .base import FIELD_PREFIX, SECOND
from .columnar import named_groups_only, to_re2
from .message_marks import OPENING_WORD, word_level
from .record import SYSLOG_SEVERITY, known_level

RFC5424 = re.compile(
    r"^<(?P<pri>\d{1,3})>1 (?P<time>\S+) (?P<host>\S+) (?P<app>\S+) (?P<procid>\S+) (?P<msgid>\S+) "
    r"(?P<sd>-|(?:\[(?:[^\]\\]++|\\.)*+\])+)(?: (?P<message>.*))?$"
)
MESSAGE_LEVEL = f"(?P<mlevel>{OPENING_WORD})"  # (a message's opening word: message_marks.py)
_RFC3164_MESSAGE = rf": ?(?P<message>{MESSAGE_LEVEL}?.*)$"
# "Jun 14 15:16:01 combo sshd(pam_unix)[19939]: message" (loghub Linux), "kernel: message",
# macOS's "sandboxd[129] ([31211]): message" (a note in parentheses after the pid), MIT Kerberos'
# "krb5kdc[13935](info): message" (one glued to it, its level: not read), ...
TAG_NAME = r"[^:\[\]\s][^:\[\]]*?"  # an RFC 3164 tag before its `[pid]`
_HOST = r"[^\s\[\]:]*(?::+[^\s\[\]:]+)*"  # (none: `haproxy[21783]: ` a tag, as rsyslog reads it)
_PRI = r"(?:<(?P<pri>\d{1,3})>)?"
# BusyBox's syslogd (Alpine's, OpenWrt's) writes the facility and severity after the host instead of a PRI.
_FACILITY = r"(?:kern|user|mail|daemon|auth|syslog|lpr|news|uucp|cron|authpriv|ftp|ntp|security|console|local[0-7])"
_SEVERITY = r"(?P<fsev>emerg|alert|crit|err|error|warn|warning|notice|info|debug|panic)"
_WRITTEN = rf"(?:{_FACILITY}\.{_SEVERITY} +)?"  # (the kernels read it from the tag: busybox_tag)
_BUSYBOX_TAG = re.compile(rf"{_FACILITY}\.{_SEVERITY} +(?P<tag>.+)")
RFC3164 = re.compile(
    rf"^{_PRI}(?P<time>[A-Z][a-z]{{2}} [ \d]\d \d\d:\d\d:\d\d) (?:(?P<host>{_HOST}) +)?{_WRITTEN}"
    rf"(?P<tag>{TAG_NAME}(?:\[(?P<pid>\d+)\](?:\([^()\s]*\))?)?)(?: \([^()\s]*\))?{_RFC3164_MESSAGE}"
)


def severity(pri: str | None) -> str:
    return "INFO" if pri is None else SYSLOG_SEVERITY[int(pri) % 8]


def rfc3164_level(pri: str | None, opening: str | None, written: str | None = None) -> str:
    """An RFC 3164 line's level: its PRI's severity, else the severity written after its host
    (BusyBox's `daemon.info`) or in its tag (Cisco's `%ASA-6-302013`: a digit), else its message's
    opening word's where that is a level word (Arrow's empty text or None: no such word), else INFO."""
    if pri:
        return severity(pri)
    if written and written.isdigit():
        return severity(written)
    return (known_level(written) if written else None) or word_level(opening) or "INFO"


# Cisco ASA's (FTD's, PIX's) message id in the tag's place: `%FACILITY-SEVERITY-MNEMONIC`.
_CISCO_TAG = re.compile(r"%([A-Z][A-Z0-9_]*)-([0-7])-[A-Z0-9_]+")


def cisco_tag(name: str | None) -> tuple[str | None, str | None]:
    """(the facility, the severity digit) of a tag that is a Cisco message id (`%ASA-6-302013`: ASA,
    6), else (the tag, None)."""
    found = _CISCO_TAG.fullmatch(name) if name and name[0] == "%" else None
    return (name, None) if found is None else (found[1], found[2])


def busybox_tag(name: str | None) -> tuple[str | None, str | None]:
    """A kernel's tag text (its name, lazy: what comes before `[pid]` or `:`) as (the tag, the
    severity BusyBox writes before it, where it does: `daemon.err crond`)."""
    found = _BUSYBOX_TAG.fullmatch(name) if name and "." in name else None
    return (name, None) if found is None else (found["tag"], found["fsev"])


def nil(value: str) -> str | None:
    return None if value == "-" else value


# What the columnar kernels count (or read: parse's time as written and pid) RFC 5424 and RFC 3164
# lines by: each field's groups, and its value from their texts (as syslog.py's readers of a match).
_RFC5424_KERNEL = {
    "service": (("app",), lambda text, default: nil(text) or default),
    "level": (("pri",), lambda text, default: severity(text)),
    "host": (("host",), lambda text, default: nil(text)),
    **dict.fromkeys((SECOND, "timestamp"), ((SECOND,), lambda text, default: nil(text))),
    **dict.fromkeys((FIELD_PREFIX + "pid", FIELD_PREFIX + "time"), ((), lambda default: None)),
}
_RFC3164_KERNEL = {
    "service": (("name",), lambda name, default: cisco_tag(busybox_tag(name)[0])[0] or default),  # (before `[pid]`)
    "level": (
        ("pri", "mlevel", "name"),
        lambda pri, opening, name, default: rfc3164_level(pri, opening, cisco_tag(name)[1]),
    ),
    "host": (("host",), lambda text, default: text or None),  # (none: Arrow's empty text)
    **dict.fromkeys((SECOND, "timestamp"), ((SECOND,), lambda text, default: text)),
    FIELD_PREFIX + "pid": (("pid",), lambda text, default: int(text) if text else None),
    FIELD_PREFIX + "time": ((), lambda default: None),
}
# Lines that all have a PRI: the level is its severity alone (a line without one fails the regex
# and is read by the record path).
_RFC3164_PRI_KERNEL = _RFC3164_KERNEL | {"level": (("pri",), lambda text, default: severity(text))}
# A block mostly of BusyBox's lines: its written severity read (the other layouts' kernels read a
# BusyBox line's tag, `busybox_tag`, but not its severity: their level is its message's opening word's).
_BUSYBOX_KERNEL = _RFC3164_KERNEL | {
    "level": (("pri", "mlevel", "fsev"), lambda pri, opening, written, default: rfc3164_level(pri, opening, written))
}
KERNELS = {
    "rfc5424": _RFC5424_KERNEL,
    "rfc3164": _RFC3164_KERNEL,
    "rfc3164-pri": _RFC3164_PRI_KERNEL,
    "busybox": _BUSYBOX_KERNEL,
}
_RFC5424_START = re.compile(rb"^(?:\xef\xbb\xbf)?<\d{1,3}>1 ", re.MULTILINE)
_PRI_START = re.compile(rb"^(?:\xef\xbb\xbf)?<\d{1,3}>", re.MULTILINE)
_PEEK_BYTES = 4096


def block_layout(block: bytes) -> str:
    """The layout whose kernel reads the block: RFC 5424's where most of its first lines are, else
    RFC 3164's, with a PRI where most of them have one, or BusyBox's where most of them are."""
    head = block[:_PEEK_BYTES]
    lines = head.count(b"\n")
    if 2 * len(_RFC5424_START.findall(head)) > lines:
        return "rfc5424"
    if 2 * len(_PRI_START.findall(head)) > lines:
        return "rfc3164-pri"
    return "busybox" if 2 * len(_BUSYBOX_START.findall(head)) > lines else "rfc3164"


_BUSYBOX_START = re.compile(rf"^[A-Z][a-z]{{2}} [ \d]\d \d\d:\d\d:\d\d \S+ {_FACILITY}\.[a-z]+ ".encode(), re.MULTILINE)


# Where a line's match is decided (its message, the rest, always matches), and the end put there.
_DECIDED = {True: (r"(?: (?P<message>.*))?$", "(?: |$)"), False: (_RFC3164_MESSAGE, ":")}
# RFC 3164's tag name as a run: where the run is followed by the name's `[pid]`, note and `:`, no
# shorter name is (the lazy name's character after it would be the run's), so it is the name.
TAG_RUN = r"[^:\[\]\s]+"


@cache
def heads(layout: str, groups: tuple[str, ...]) -> tuple[str, str]:
    """The layout's pattern (groups `second` and `name` added), and its head for `groups`: up to
    the part that always matches (the message's level word, where it is read), or to the host
    where only the PRI and the time are read."""
    rfc5424 = layout == "rfc5424"
    pattern = (RFC5424 if rfc5424 else RFC3164).pattern.replace("(?P<time>", f"(?P<{SECOND}>")
    pattern = pattern.replace(f"(?P<tag>{TAG_NAME}", f"(?P<tag>(?P<name>{TAG_NAME})")
    if layout != "busybox":
        pattern = pattern.replace(_WRITTEN, "", 1)  # (BusyBox's token: in the tag's text, read by busybox_tag)
    if layout == "rfc3164-pri":
        pattern = pattern.replace(_PRI, _PRI[3:-2], 1)  # (the PRI no longer optional)
    host = " (?P<host>" if rfc5424 else " (?:(?P<host>"  # (RFC 3164's: optional)
    end = host if set(groups) <= {"pri", SECOND} else "(?P<procid>" if rfc5424 else "(?P<message>"
    head = pattern[: pattern.index(end)]
    return pattern, head + MESSAGE_LEVEL + "?" if "mlevel" in groups else head


@cache
def kernel_regexes(layout: str, groups: tuple[str, ...]) -> tuple[str, str] | None:
    """(the regex without groups up to where a match is decided, the head with `groups`) for RE2, or None."""
    (pattern, head), (tail, end) = heads(layout, groups), _DECIDED[layout == "rfc5424"]
    regexes = to_re2(named_groups_only(pattern.removesuffix(tail) + end, ())), to_re2(named_groups_only(head, groups))
    return None if None in regexes else regexes  # type: ignore[return-value]


def fast_head(layout: str, groups: tuple[str, ...]) -> str | None:
    """RFC 3164's head with the tag name a run (`TAG_RUN`) and a host (else the head reads it), or None."""
    head = heads(layout, groups)[1]
    if TAG_NAME not in head:
        return None
    head = head.replace(f"(?:(?P<host>{_HOST}) +)?", f"(?P<host>{_HOST}) +")
    return to_re2(named_groups_only(head.replace(f"(?P<name>{TAG_NAME})", f"(?P<name>{TAG_RUN})"), groups))
