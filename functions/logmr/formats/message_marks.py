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
  slots.MESSAGE_LEVEL); the message keeps the word, as the daemon wrote it. Kubernetes'
  components (kubelet, kube-proxy, k3s) under journald write klog's header there, its level
  letter first (`E0314 04:22:04.649912   29801 cni.go:294] ...`): read as the line's level.
- A level a syslog message names in its own logfmt or JSON text, where it opens with no such word:
  Go services under syslog or journald (Prometheus' and Loki's `level=warn`, Grafana's
  `level=error`, logrus' and so dockerd's and containerd's `level=warning`), JSON loggers (zap's
  and etcd's `{"level":"error"`, pino's `{"level":50`). Searched in the whole line (a syslog
  header holds no such text), on RE2 for the kernels (`embedded_openings`) as in Python
  (`line_opening`), and read as an opening `=word`, which `word_level` reads.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .group_dfa import extract_regex
from .record import DEFAULT_LEVEL, Record, known_level, normalize_level, numeric_level

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
#: A message's first word, as `word: ` (Postfix, OpenSSH, Dovecot) or `<word> ` (NetworkManager),
#: or a klog header's level letter, date and hour (`E0322 11:`: kubelet and Kubernetes' other
#: components under journald or rsyslog). Written so that each next character decides the branch
#: (RE2 then reads a header ending in it in one pass): `[A-Za-z]+[1-3]?: |[IWEF][0-9]{4} ...`
#: with the letters and digits shared; `word_level` tells a klog letter from other words.
_KLOG_TIME = r"[0-9]{3} [0-9]{2}:"  # (a klog date's last three digits, a blank and its hour)
_KLOG_OPENING = "^[IWEF][0-9]{4} "  # (an opening OPENING_WORD read that is a klog level)
OPENING_WORD = rf"[A-Za-z]+(?:: |[1-3](?:: |{_KLOG_TIME})|[04-9]{_KLOG_TIME})|<[A-Za-z]+> "


# The level a message's text names: a logfmt pair or a JSON member (pino's numbers too, 10 to 60:
# not logfmt's `level="0"`, PowerDNS' verbosity) ending at a blank, a quote, `,` or `}`.
EMBEDDED_LEVEL = r'(?:^|[\t ,{])(?:level=|"level": ?)"?(?P<word>[A-Za-z]+|[1-6]0)(?:[\t ",}]|$)'
_EMBEDDED = re.compile(EMBEDDED_LEVEL)
_OPENING = re.compile(OPENING_WORD)
_KLOG = re.compile(_KLOG_OPENING)  # (one rule for Python and RE2: embedded_openings reads it too)
_KEY = "level"  # (a block without it names none: one search of its bytes, 2 ms a 4 MiB block)


def word_level(opening: str | None) -> str | None:
    """The level of a message's opening word as OPENING_WORD reads it (`error: `, `<warn> `, klog's
    one letter before its date, `E0322 11:`; not `E2: `, a word like any other), or
    of the `=word` its text names (`line_opening`, `embedded_openings`), or None where it is no
    level word (or there is none: None or Arrow's empty text)."""
    if not opening:
        return None
    if opening[0] == "=":
        word = opening[1:]
        return numeric_level(int(word)) if word.isdigit() else known_level(word) if len(word) > 1 else None
    if opening[-2] not in ":>":  # (a klog header: its one letter before the date)
        return known_level(opening[0]) if _KLOG.match(opening) else None
    word = opening[1:-2] if opening[0] == "<" else opening[:-2]
    return normalize_level(word.rstrip("123")) if word in LEVEL_WORDS else None


def line_opening(opening: str | None, line: str) -> str | None:
    """A syslog line's message opening word as OPENING_WORD read it where it is a level word, else
    `=word` where the line names a level in its logfmt or JSON text (EMBEDDED_LEVEL), else the
    opening word (or None). The whole line is searched, on every path: a syslog header's time, host
    and tag hold no `=` nor quote (a host `level=x` would be read as the line's level)."""
    if opening and word_level(opening):
        return opening
    found = _EMBEDDED.search(line) if _KEY in line else None
    return opening if found is None else "=" + found["word"]


def text_level(text: str) -> str | None:
    """The level an app's line of text opens with or names, read as a syslog message's (a
    container runtime's line around it: cri.py), or None."""
    found = _OPENING.match(text)
    return word_level(line_opening(found[0] if found else None, text))


def text_record(line: str, default_service: str | None) -> Record:
    """A line of text among a structured format's records (a banner, a panic, an access log's line
    among JSON or logfmt lines): a record of its own, its message the line, its level the one it
    opens with or names (`text_level`)."""
    message = line.strip()
    return Record(message=message, level=text_level(message) or DEFAULT_LEVEL, service=default_service, raw=line)


def names_levels(block: bytes) -> bool:
    """Whether a block's lines may name a level in their text (`embedded_openings` only then)."""
    return _KEY.encode() in block


def embedded_openings(lines: Any, openings: Any) -> Any:
    """`line_opening` on Arrow: the openings column of `lines` (as many) with `=word` where a line
    opens with no level word and names a level (RE2), for a block that `names_levels`."""
    import pyarrow as pa
    import pyarrow.compute as pc

    # (RE2's literal search: 2 ms a 4 MiB block's lines, Arrow's match_substring 6)
    leveled = pc.fill_null(pc.is_in(openings, value_set=_level_openings()), False)
    leveled = pc.or_(leveled, pc.fill_null(pc.match_substring_regex(openings, _KLOG_OPENING), False))
    marked = pc.and_not(pc.match_substring_regex(lines, _KEY), leveled)
    if not pc.any(marked).as_py():
        return openings
    words = pc.struct_field(extract_regex(lines.filter(marked), EMBEDDED_LEVEL), [0])
    texts = pc.binary_join_element_wise(pa.scalar("=", words.type), words, pa.scalar("", words.type))
    texts = pc.coalesce(texts, openings.filter(marked).cast(texts.type))  # (no level named: the opening word)
    return pc.replace_with_mask(openings, marked, texts.cast(openings.type))


@cache
def _level_openings() -> Any:
    """The opening words that are level words, as OPENING_WORD reads them (an Arrow value set)."""
    from .columnar import block_lines

    openings = sorted({f"{word}: " for word in LEVEL_WORDS} | {f"<{word}> " for word in LEVEL_WORDS})
    return block_lines("\n".join(openings).encode())


def level_mark(message: str) -> re.Match[str] | None:
    """The level mark a message opens with, or None."""
    return _MARK.match(message) if message[:3] == "##[" else None


def with_level_mark(record: Record) -> Record:
    """The record with its message's mark read as its level (where it has one)."""
    found = level_mark(record.message)
    if found is not None:
        record.level, record.message = normalize_level(found["level"]), record.message[found.end() :]
    return record
