"""Building a Record from a decoded JSON object: each field read from the first of its aliases
present (json_aliases.py: which keys every common logger writes each field under); a key may be a
path into nested objects or a dotted key."""

import re
from collections.abc import Callable, Sequence
from typing import Any

import msgspec

from .base import FIELD_PREFIX, LEVEL_CACHE
from .json_aliases import ALIASES, Alias
from .message_marks import text_record
from .record import Record, level_from_status

__all__ = ["ALIASES", "BLOCK_ALIASES", "NO_FIELDS", "Alias", "decode_line", "decode_object", "record_from_object"]


_ALIAS_KEYS = frozenset(a.path[0] for aliases in ALIASES.values() for a in aliases if len(a.path) == 1 and not a.kept)
# Paths that hold an object some alias reads into: an object found there is no value of its own.
_CONTAINERS = frozenset(
    alias.path[:i] for aliases in ALIASES.values() for alias in aliases for i in range(1, len(alias.path))
)
_TEXT_FIELDS = ("message", "service", "host", "timestamp", "method", "path")
#: What the block path reads besides: a record's `fields.pid` (its `pid` key, kept in `fields` as
#: written); `fields.time` is always None (a `time` key is a timestamp alias's, no field).
BLOCK_ALIASES = ALIASES | {FIELD_PREFIX + "pid": (Alias(("pid",), type=Any),)}
NO_FIELDS = frozenset(FIELD_PREFIX + key for key in ("time",) if key in _ALIAS_KEYS)


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return msgspec.json.encode(value).decode() if isinstance(value, dict | list) else str(value)


def _number(kind: type) -> Any:
    def coerce(value: Any) -> Any:
        if value is None or isinstance(value, bool):
            return None
        try:
            return kind(value)
        except (TypeError, ValueError):
            return None

    return coerce


_int, _float, _NESTED = _number(int), _number(float), (dict, list)
# (a level's object or array that no alias reads into is no level: the status's then, or the default)
_COERCE = {"status": _int, "bytes": _int, "latency_ms": _float, "level": lambda v: None if type(v) in _NESTED else v}


def _lookup(value: Any, alias: Alias) -> Any:
    """The alias's value below its first key's value (itself found and not None)."""
    for key in alias.path[1:]:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    if value is None or (isinstance(value, dict) and alias.path in _CONTAINERS):
        return None
    return alias.convert(value) if alias.convert is not None else value


# Per field, its aliases as (first key, None where its value is the value, else the alias): mostly one dict.get.
_LOOKUPS: dict[str, tuple[tuple[str, Alias | None], ...]] = {
    name: tuple(
        (a.path[0], None if len(a.path) == 1 and a.convert is a.when is None and a.path not in _CONTAINERS else a)
        for a in aliases
    )
    for name, aliases in BLOCK_ALIASES.items()
}


def _has(get: Callable[[str], Any], path: tuple[str, ...]) -> bool:
    """Whether an object (read by its `get`) has a value at the path."""
    value = get(path[0])
    for key in path[1:]:
        value = value.get(key) if isinstance(value, dict) else None
    return value is not None


def _resolve(get: Callable[[str], Any], name: str) -> Any:
    """A record field's value: that of the first of its aliases present, coerced."""
    value = None
    for key, alias in _LOOKUPS[name]:
        value = get(key)
        if value is not None and alias is not None:
            value = _lookup(value, alias) if alias.when is None or _has(get, alias.when) else None
        if value is not None:
            break
    return _COERCE.get(name, _text)(value)


def field_values(get: Callable[[str], Any], names: Sequence[str], default_service: str | None) -> list[Any]:
    """The values `record_from_object(obj, ...)` gives the named record fields, without building
    the record, for an object (read by its `get`) that is not a Docker json-file record."""
    values = []
    for name in names:
        value = _resolve(get, name)
        if name == "level":
            value = LEVEL_CACHE[value] if value is not None else level_from_status(_resolve(get, "status"))
        elif name == "message":
            value = value or ""
        elif name == "service":
            value = value or default_service
        values.append(value)
    return values


def is_docker(obj: dict[str, Any]) -> bool:
    return isinstance(obj.get("log"), str) and "stream" in obj and "time" in obj


def is_docker_partial(obj: dict[str, Any]) -> bool:
    return is_docker(obj) and not obj["log"].endswith("\n")


_decode = msgspec.json.Decoder().decode


def decode_line(line: str | bytes) -> Any:
    """A line's JSON value; DecodeError for one nested past Python's recursion limit (msgspec's and
    the standard library's decoders recurse), as for any line no decoder reads."""
    try:
        return _decode(line)
    except RecursionError:
        raise msgspec.DecodeError("JSON nested too deep to read") from None


def decode_object(line: str) -> dict[str, Any] | None:
    try:  # (a byte order mark opening a line inside a file: files joined with `cat`, as the block path reads it)
        obj = decode_line(line.removeprefix("\ufeff"))
    except msgspec.DecodeError:
        return None
    return obj if isinstance(obj, dict) else None


def _docker_app_object(obj: dict[str, Any]) -> dict[str, Any] | None:
    """The app's own JSON object inside a Docker json-file record's `log` (or the fluentd driver's,
    beside its `source`), if it is one."""
    log = obj.get("log")
    if not (isinstance(log, str) and log.startswith("{") and ("stream" in obj or "source" in obj)):
        return None
    try:
        inner = decode_line(log)
    except msgspec.DecodeError:
        return None
    return inner if isinstance(inner, dict) else None


def record_from_object(obj: dict[str, Any], line: str, default_service: str | None) -> Record:
    """Build a Record from a decoded JSON object (the one place aliases are resolved).

    A Docker json-file record whose `log` is a JSON line is the app's record, at Docker's time (of
    the fluentd driver's container, where the app names no service)."""
    inner = _docker_app_object(obj)
    if inner is not None:
        record = record_from_object(inner, line, None)
        record.timestamp = _text(obj.get("time")) or record.timestamp
        if "stream" not in obj:  # (the fluentd driver's container; Docker json-file's block path reads no more)
            record.service = record.service or _resolve(obj.get, "service")
        record.service = record.service or default_service
        return record
    get = obj.get
    found = {name: _resolve(get, name) for name in ALIASES}
    status = found["status"]
    raw_level = found["level"]
    level = LEVEL_CACHE[raw_level] if raw_level is not None else level_from_status(status)
    return Record(
        message=found["message"] or "",
        level=level,
        service=found["service"] or default_service,
        host=found["host"],
        timestamp=found["timestamp"],
        status=status,
        method=found["method"],
        path=found["path"],
        bytes=found["bytes"],
        latency_ms=found["latency_ms"],
        raw=line,
        fields={k: v for k, v in obj.items() if k not in _ALIAS_KEYS},
    )


def not_json_record(line: str, default_service: str | None) -> Record | None:
    """A line of a JSON-lines file that is no JSON object: malformed when it starts like one (a cut
    or broken record), else a line of text of its own (a stack trace or a banner a program printed
    among its JSON records), read as plain text (message_marks.text_record)."""
    if _JSON_LIKE.match(line) is not None:
        return None
    return text_record(line, default_service)


# A line that starts as an object or an array of JSON values does (`[1,2,3]`, `[{`, `[null]`); `[2026-12-03
# 10:00:00] INFO`, `[httpd]`, `[0] > app@1.0.0 start` (concurrently's prefix) and `[nullable]` start text.
_JSON_VALUE = r"(?:-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|true|false|null)"
_JSON_LIKE = re.compile(rf'\s*(?:\{{|\[\s*(?:[{{["]|\]\s*$|$|{_JSON_VALUE}\s*(?:,|\]\s*$)))')
