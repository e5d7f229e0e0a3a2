"""JSON lines: one object per line, as written by structured loggers (bunyan, pino, zap, logrus...).

Loggers disagree on key names, so each record field is read from the first of its aliases
present. `parse_block` decodes a whole block in one msgspec call into structs that hold only the
keys a job needs; a block with any line msgspec rejects is parsed line by line instead.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from operator import attrgetter
from typing import Any

import msgspec

from .base import LEVEL_CACHE, Batch, LogFormat, split_block
from .record import Record, level_from_status

# Record field -> JSON keys that carry it, in order of preference.
ALIASES: dict[str, tuple[str, ...]] = {
    "message": ("message", "msg", "log", "text", "event"),
    "level": ("level", "lvl", "severity", "levelname", "loglevel", "log.level"),
    "service": ("service", "app", "application", "logger", "component", "source", "name"),
    "host": ("host", "hostname", "host.name"),
    "timestamp": ("timestamp", "time", "ts", "@timestamp", "datetime", "date"),
    "status": ("status", "status_code", "statusCode", "http.status_code"),
    "method": ("method", "http_method", "http.method"),
    "path": ("path", "url", "uri", "request_path", "http.path"),
    "bytes": ("bytes", "bytes_sent", "size", "response_bytes"),
    "latency_ms": ("latency_ms", "duration_ms", "response_time_ms", "elapsed_ms", "took_ms"),
}
_ALIAS_KEYS = frozenset(key for keys in ALIASES.values() for key in keys)
_TEXT_FIELDS = ("message", "service", "host", "timestamp", "method", "path")


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


_int, _float = _number(int), _number(float)
_COERCE = {"status": _int, "bytes": _int, "latency_ms": _float, "level": lambda v: v}


def record_from_object(obj: dict[str, Any], line: str, default_service: str | None) -> Record:
    """Build a Record from a decoded JSON object (the one place aliases are resolved)."""
    found: dict[str, Any] = {}
    for name, keys in ALIASES.items():
        value = None
        for key in keys:
            value = obj.get(key)
            if value is not None:
                break
        found[name] = _COERCE.get(name, _text)(value)
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


_decode_line = msgspec.json.Decoder().decode
# Types each alias is decoded as on the fast path; anything else sends the block to the slow path.
_FAST_TYPES: dict[str, Any] = {
    "message": str | None,
    "service": str | None,
    "host": str | None,
    "timestamp": str | None,
    "method": str | None,
    "path": str | None,
    "level": str | int | None,
    "status": int | None,
    "bytes": int | None,
    "latency_ms": int | float | None,
}
_decoders: dict[tuple[Any, ...], tuple[msgspec.json.Decoder, dict[str, list[str]]]] = {}


def _block_decoder(depths: tuple[tuple[str, int], ...], frozen: bool = False):
    """A decoder of a JSON array of structs holding the first `depth` alias keys of each field
    (hashable structs when `frozen`, for counting them)."""
    cached = _decoders.get((depths, frozen))
    if cached is None:
        attrs: list[tuple[str, Any, Any]] = []
        rename: dict[str, str] = {}
        by_field: dict[str, list[str]] = {}
        for name, depth in depths:
            for i, key in enumerate(ALIASES[name][:depth]):
                attr = f"{name}_{i}"
                attrs.append((attr, _FAST_TYPES[name], None))
                rename[attr] = key
                by_field.setdefault(name, []).append(attr)
        struct = msgspec.defstruct("Projection", attrs, rename=rename, gc=False, frozen=frozen)
        cached = (msgspec.json.Decoder(list[struct]), by_field)
        _decoders[(depths, frozen)] = cached
    return cached


def _coalesce(rows: list[Any], attrs: list[str]) -> tuple[list[Any], int]:
    """Each row's first non-None alias value, and how many aliases that took."""
    column = list(map(attrgetter(attrs[0]), rows))
    used = 1
    for attr in attrs[1:]:
        if None not in column:
            break
        other = list(map(attrgetter(attr), rows))
        used += 1
        if other.count(None) != len(other):  # skip the merge for an alias no row has
            column = [a if a is not None else b for a, b in zip(column, other, strict=True)]
    return column, used


class _Projection:
    """Decodes blocks into columns of some fields, learning which alias keys the file uses.

    Decoding only each field's leading aliases, up to the deepest one the file was seen to use,
    is exact whenever no value of those fields is left None: the first alias present is then
    the same as with every alias decoded. Otherwise the block is decoded again with all aliases.
    """

    def __init__(self, fields: tuple[str, ...]) -> None:
        self.fields = fields
        self.full = tuple((name, len(ALIASES[name])) for name in fields)
        self.depths = tuple((name, 1) for name in fields)

    def _decode(self, array: bytearray, depths: tuple[tuple[str, int], ...]):
        decoder, by_field = _block_decoder(depths)
        rows = decoder.decode(array)
        return rows, {name: _coalesce(rows, by_field[name]) for name in self.fields}

    def decode(self, array: bytearray) -> tuple[int, dict[str, list[Any]]]:
        depths = self.depths  # one snapshot: another thread may learn new depths meanwhile
        if depths != self.full:
            rows, found = self._decode(array, depths)
            full = dict(self.full)
            if all(depth == full[name] or None not in found[name][0] for name, depth in depths):
                return len(rows), {name: column for name, (column, _) in found.items()}
        rows, found = self._decode(array, self.full)
        full = dict(self.full)
        self.depths = tuple((name, full[name] if None in column else used) for name, (column, used) in found.items())
        return len(rows), {name: column for name, (column, _) in found.items()}


def _as_array(block: bytes) -> bytearray:
    """The block's lines as one JSON array. Blank lines make it invalid JSON (`,,`), which sends
    the block to the line-by-line path, so they need no search here."""
    array = bytearray(b"[")
    array += block.replace(b"\n", b",")
    if array[-1] == 0x2C:  # the final newline's comma
        array[-1] = 0x5D
    else:
        array.append(0x5D)
    return array


class JsonLinesFormat(LogFormat):
    name = "json"
    description = "JSON lines (one object per line)"

    def __init__(self) -> None:
        self._projections: dict[tuple[str, ...], _Projection] = {}

    def matches(self, line: str) -> bool:
        stripped = line.strip()
        if not (stripped.startswith("{") and stripped.endswith("}")):
            return False
        try:
            return isinstance(_decode_line(stripped), dict)
        except msgspec.DecodeError:
            return False

    def parse(self, line: str, default_service: str | None = None) -> Record | None:
        try:
            obj = _decode_line(line)
        except msgspec.DecodeError:
            return None
        if not isinstance(obj, dict):
            return None
        return record_from_object(obj, line, default_service)

    def _projection(self, fields: tuple[str, ...]) -> _Projection:
        projection = self._projections.get(fields)
        if projection is None:
            projection = self._projections[fields] = _Projection(fields)
        return projection

    def count_block(
        self, block: bytes, fields: Sequence[str], default_service: str | None = None
    ) -> tuple[Batch, dict[tuple[Any, ...], int]]:
        """Counts the decoded structs themselves (C-level hashing), then normalises only the
        distinct ones; the column path is taken whenever a value would need a deeper alias or a
        level falls back to an HTTP status, so the answer is the column path's."""
        wanted = tuple(fields)
        projection = self._projections.get(wanted)
        depths = projection.depths if projection is not None else None
        if depths is None or depths == projection.full or not all(f in ALIASES for f in wanted) or not block:
            return super().count_block(block, fields, default_service)
        full = dict(projection.full)
        decoder, by_field = _block_decoder(depths, frozen=True)
        try:
            rows = decoder.decode(_as_array(block))
        except (msgspec.DecodeError, msgspec.ValidationError):
            return super().count_block(block, fields, default_service)
        counts: Counter = Counter()
        for row, n in Counter(rows).items():
            values = []
            for name, depth in depths:
                value = _first(row, by_field[name])
                if value is None and (depth < full[name] or name == "level"):
                    return super().count_block(block, fields, default_service)
                if name == "level":
                    value = LEVEL_CACHE[value]
                elif name == "service":
                    value = value or default_service
                elif name == "message" and value is None:
                    value = ""
                values.append(value)
            counts[tuple(values)] += n
        return Batch(columns={}, records=len(rows), lines=len(rows)), counts

    def parse_block(self, block: bytes, fields: Sequence[str], default_service: str | None = None) -> Batch:
        wanted = tuple(f for f in fields if f in ALIASES)
        want_raw = "raw" in fields
        if len(wanted) + want_raw != len(fields) or not block or block.isspace():
            return super().parse_block(block, fields, default_service)
        array = _as_array(block)
        try:
            records, columns = self._projection(wanted).decode(array)
            if "level" in columns and None in columns["level"]:
                # Records without a level take it from their HTTP status.
                statuses = (
                    columns["status"]
                    if "status" in columns
                    else self._projection(("status",)).decode(array)[1]["status"]
                )
            else:
                statuses = None
        except (msgspec.DecodeError, msgspec.ValidationError):
            return super().parse_block(block, fields, default_service)
        if "level" in columns:
            levels = columns["level"]
            if statuses is not None:
                levels = [
                    lv if lv is not None else level_from_status(st) for lv, st in zip(levels, statuses, strict=True)
                ]
            columns["level"] = list(map(LEVEL_CACHE.__getitem__, levels))
        if "service" in columns and (None in columns["service"] or "" in columns["service"]):
            columns["service"] = [s or default_service for s in columns["service"]]
        if "message" in columns and None in columns["message"]:
            columns["message"] = [m if m is not None else "" for m in columns["message"]]
        if want_raw:
            # No blank line reached here, so the block's lines are the records' lines, in order.
            columns["raw"] = split_block(block)
        return Batch(columns=columns, records=records, lines=records)


def _first(row: Any, attrs: list[str]) -> Any:
    for attr in attrs:
        value = getattr(row, attr)
        if value is not None:
            return value
    return None


__all__ = ["ALIASES", "JsonLinesFormat", "record_from_object"]
