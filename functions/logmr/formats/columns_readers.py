"""Each field of a record of named columns from its columns' texts (formats/columns.py): one
table of readers (`spec`) for the line path and the RE2 kernels alike, so that the two agree by
construction. A value `-` (or nothing) is none; a quoted one is read without its quotes, its
escapes as written (W3C's `""` a quote); an HTTP status is 100 to 599; a latency is its columns
summed times the layout's scale, none where one is negative or not finite (an ALB's `-1`); a
load balancer's absolute URL gives its path.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import cache, partial
from typing import Any

from .base import FIELD_PREFIX, SECOND
from .columnar import KernelField
from .columns_layouts import Columns
from .record import level_from_status
from .seconds import to_seconds
from .times import time_to_iso


def value_of(text: str | None) -> str | None:
    """A column's value: its text without its quotes (escapes kept as written), None for `-` or nothing."""
    if not text or text == "-":
        return None
    if len(text) > 1 and text[0] == '"' and text[-1] == '"':
        return text[1:-1]
    return text


def _w3c_value(text: str | None) -> str | None:
    """A W3C column's value: a quoted string's `""` is a quote."""
    value = value_of(text)
    return value.replace('""', '"') if value and text[0] == '"' else value  # type: ignore[index]


def _time(*texts: str) -> str | None:
    """The time column's text without brackets, or W3C's date and time joined."""
    if not texts or any(not text or text == "-" for text in texts):
        return None
    if len(texts) == 2:
        return f"{texts[0]} {texts[1]}"
    return texts[0][1:-1] if texts[0].startswith("[") else texts[0]


def _second(*texts: str) -> Any:
    """The time to the second, as `base.counted` gives it (from `to_seconds`, numbers as text)."""
    found = to_seconds([_time(*texts[:-1])])[0]
    return str(found) if type(found) is int else found


def _iso(keys: tuple[str, ...], text: str | None) -> str | None:
    """A time column's text as ISO 8601 by the first of its layouts that reads it."""
    return next((found for key in keys if text and (found := time_to_iso(key, text))), None)


def _status(text: str | None) -> int | None:
    """An HTTP status (100 to 599; `000`, `0`, `-`: none)."""
    return int(text) if text and text.isdigit() and 100 <= int(text) <= 599 else None


def _number(text: str | None) -> int | None:
    """Bytes: `-` is 0 (as in Common Log Format), a column without digits none."""
    return int(text) if text and text.isdigit() else (0 if text == "-" else None)


def _latency(scale: float) -> Callable[..., float | None]:
    def read(*texts: str) -> float | None:
        try:
            values = [float(text) for text in texts[:-1]]
        except (TypeError, ValueError):
            return None
        if not values or not all(0 <= value < math.inf for value in values):  # (`-1`, nan, inf: none)
            return None
        return round(sum(values) * scale, 6)

    return read


def _request(text: str | None) -> tuple[str | None, str | None]:
    """An HTTP request line's method and path (none of a line that is no `METHOD PATH [PROTOCOL]`);
    a load balancer's absolute URL gives its path (`http://host:80/a?b` -> `/a?b`)."""
    parts = (value_of(text) or "").split(" ")
    if len(parts) > 3 or not parts[0] or parts[0] == "-":
        return None, None
    path = parts[1] if len(parts) > 1 else None
    absolute = ABSOLUTE.match(path) if path is not None else None
    if absolute is not None:
        path = "/" + path[absolute.end() :].removeprefix("/")  # type: ignore[index]
    return parts[0], path


# An IDS alert's priority (Suricata's and Snort's: 1 the highest, 3 and past it the lowest).
_PRIORITY = {"1": "ERROR", "2": "WARN"}
ABSOLUTE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*")  # (a URL's scheme and authority)


def _joiner(value: Callable[[str | None], str | None]) -> Callable[..., str]:
    def joined(*texts: str) -> str:
        """The columns' texts as written (a `-` too), without their quotes."""
        return " ".join(value(text) or text for text in texts[:-1] if text)

    return joined


@cache
def spec(layout: Columns) -> dict[str, KernelField]:
    """Each field's columns (groups) and its value from their texts and the default service. A
    field the layout has no columns for reads its first column and ignores it (a kernel reads
    at least one group)."""
    roles, first = layout.roles, layout.names[:1]

    def read(
        role: str, reader: Callable[..., Any], absent: Callable[[str | None], Any] = lambda _: None
    ) -> KernelField:
        return (roles[role], reader) if role in roles else (first, lambda _, default: absent(default))

    value = _w3c_value if layout.kind == "w3c" else value_of
    table: dict[str, KernelField] = {
        FIELD_PREFIX + name: ((name,), lambda text, _: value(text)) for name in layout.names
    }
    second: Callable[..., Any] = _second
    if layout.time_keys:  # (its text as ISO 8601)
        iso = partial(_iso, layout.time_keys)
        table["timestamp"] = read("timestamp", lambda text, _: iso(text))
        second = lambda text, default: _second(iso(text) or "", default)  # noqa: E731
    else:
        table["timestamp"] = read("timestamp", lambda *texts: _time(*texts[:-1]))
    table[SECOND] = read("timestamp", second)
    if len(table[SECOND][0]) == 1 and "timestamp" in roles:  # (renamed by a kernel, its fraction dropped: `_regexes`)
        table[SECOND] = (SECOND,), second
    table["status"] = read("status", lambda text, _: _status(text))
    if "level" in roles:  # (an alert's priority: 1 the highest)
        table["level"] = roles["level"], lambda text, _: _PRIORITY.get(text, "INFO")
    else:
        table["level"] = read(
            "status", lambda text, _: level_from_status(_status(text)), lambda _: level_from_status(None)
        )
    if "message" in roles:
        table["message"] = roles["message"], _joiner(value)
    if "request" in roles:
        said = roles["request"], lambda *texts: next(filter(None, map(value_of, texts[:-1])), "")
        table.setdefault("message", said)
        table["method"] = roles["request"][:1], lambda text, _: _request(text)[0]
        table["path"] = roles["request"][:1], lambda text, _: _request(text)[1]
    else:  # (W3C's method and URI; a log of no request: its columns but the time)
        said = roles.get("method", ()) + roles.get("path", ())
        table.setdefault(
            "message",
            (said or tuple(name for name in layout.names if name not in roles.get("timestamp", ())), _joiner(value)),
        )
        table["method"] = read("method", lambda text, _: value(text))
        table["path"] = read("path", lambda text, _: value(text))
    table["bytes"] = read("bytes", lambda text, _: _number(text))
    table["latency_ms"] = read("latency", _latency(layout.scale))
    table["service"] = read("service", lambda text, default: value(text) or default, lambda default: default)
    table["host"] = read("host", lambda text, _: value(text))
    return table
