"""logfmt: `key=value key2="quoted value"` lines (Heroku, Go's logfmt, Grafana Loki)."""

from __future__ import annotations

import re

from .base import LogFormat
from .jsonl import record_from_object
from .record import Record

_PAIR = re.compile(r'([^\s=]+)=("(?:[^"\\]|\\.)*"|\S*)')
_UNESCAPE = re.compile(r"\\(.)")


def parse_pairs(line: str) -> dict[str, str]:
    """The key=value pairs of a logfmt line, quoted values unescaped."""
    pairs: dict[str, str] = {}
    for key, value in _PAIR.findall(line):
        if value.startswith('"') and len(value) >= 2:
            value = _UNESCAPE.sub(r"\1", value[1:-1])
        pairs[key] = value
    return pairs


class LogfmtFormat(LogFormat):
    name = "logfmt"
    description = "logfmt key=value lines"

    def matches(self, line: str) -> bool:
        stripped = line.strip()
        if not _PAIR.match(stripped):
            return False
        pairs = _PAIR.findall(stripped)
        covered = sum(len(k) + len(v) + 1 for k, v in pairs) + len(pairs) - 1
        return len(pairs) >= 2 and covered >= len(stripped)

    def parse(self, line: str, default_service: str | None = None) -> Record | None:
        stripped = line.strip()
        if not _PAIR.match(stripped):
            return None
        pairs = parse_pairs(stripped)
        return record_from_object(pairs, line, default_service)
