"""JSON lines: one object per line, as written by structured loggers (bunyan, pino, zap, logrus...).

Loggers disagree on key names, so each record field is read from the first of its aliases
present. `parse_block` decodes a whole block in one msgspec call into structs that hold only the
keys a job needs; a block with any line msgspec rejects is parsed line by line instead.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

import msgspec

from .base import BOM, LEVEL_CACHE, Batch, LogFormat, split_block
from .record import Record, level_from_status


@dataclass(frozen=True, slots=True)
class Alias:
    """Where a record field may be: a key, or a path of keys into nested objects (a dotted key such
    as ECS's "log.level" is one key). `type` is what the fast path decodes it as (default: the
    field's); `convert` turns a value found there into the field's value (None: not there);
    `record_path` says which values need the line-by-line path (Docker's partial or JSON lines)."""

    path: tuple[str, ...]
    type: Any = None
    convert: Callable[[Any], Any] | None = None
    record_path: Callable[[Any], bool] | None = None


def _keys(*paths: str | tuple[str, ...]) -> tuple[Alias, ...]:
    return tuple(p if isinstance(p, Alias) else Alias(p if isinstance(p, tuple) else (p,)) for p in paths)


class _Instant(msgspec.Struct, frozen=True, gc=False):
    """log4j2 JsonLayout's `instant`."""

    epochSecond: int | None = None  # the logger's key names
    nanoOfSecond: int = 0


def _instant(value: Any) -> str | None:
    """log4j2's {epochSecond, nanoOfSecond} as epoch seconds with nine decimals."""
    if isinstance(value, dict):
        value = _Instant(value.get("epochSecond"), value.get("nanoOfSecond", 0))
    if not isinstance(value, _Instant):
        return None
    seconds, nanos = value.epochSecond, value.nanoOfSecond
    if type(seconds) is not int or type(nanos) is not int or not 0 <= nanos < 10**9:
        return None
    return f"{seconds}.{nanos:09d}"


def _utf8(value: Any) -> Any:
    """journald writes a MESSAGE that is not valid text (control characters...) as an array of bytes."""
    if isinstance(value, list | tuple):
        try:
            return bytes(value).decode("utf-8", "replace")
        except (TypeError, ValueError):
            return None
    return value


def _docker_log(value: Any) -> Any:
    """Docker json-file's `log`: the app's line with its newline."""
    return value[:-1] if isinstance(value, str) and value.endswith("\n") else value


def _docker_needs_lines(value: Any) -> bool:
    """A partial line (no newline: joined with the next ones) or an app line that is JSON itself."""
    return isinstance(value, str) and (not value.endswith("\n") or value.startswith("{"))


_LABELS = "logging.googleapis.com/labels"  # GCP structured logging

# Record field -> where it may be, in order of preference. See tests/data/loggers/README.md for
# which logger writes which.
ALIASES: dict[str, tuple[Alias, ...]] = {
    "message": _keys(
        "message",
        "msg",
        ("record", "message"),  # loguru's serialize (before its `text`, the formatted line)
        "@message",  # logstash
        Alias(("log",), convert=_docker_log, record_path=_docker_needs_lines),  # Docker json-file
        "text",
        "event",  # structlog
        "short_message",  # GELF
        Alias(("MESSAGE",), type=str | tuple[int, ...] | None, convert=_utf8),  # journald
        "@m",  # Serilog CLEF: the rendered message, else its template as written
        "@mt",
    ),
    "level": _keys(
        "level",
        "lvl",
        "severity",
        "levelname",
        "loglevel",
        "log.level",
        ("log", "level"),
        ("record", "level", "name"),
        ("@fields", "level"),
        "PRIORITY",
        "@l",
    ),
    "service": _keys(
        "service",
        "app",
        "application",
        "logger",
        "component",
        "source",
        "name",
        ("service", "name"),
        "service.name",
        "logger_name",
        "loggerName",
        ("log", "logger"),
        "log.logger",
        ("record", "name"),
        ("@fields", "service"),
        "facility",
        "SourceContext",
        (_LABELS, "python_logger"),
        "SYSLOG_IDENTIFIER",
        "_COMM",
    ),
    "host": _keys("host", "hostname", "host.name", ("host", "hostname"), ("host", "name"), "_HOSTNAME", "MachineName"),
    "timestamp": _keys(
        "timestamp",
        "time",
        "ts",
        "@timestamp",
        "datetime",
        "date",
        "@t",
        "asctime",
        ("record", "time", "repr"),
        Alias(("instant",), type=_Instant | None, convert=_instant),
        "__REALTIME_TIMESTAMP",
    ),
    "status": _keys("status", "status_code", "statusCode", "http.status_code"),
    "method": _keys("method", "http_method", "http.method"),
    "path": _keys("path", "url", "uri", "request_path", "http.path"),
    "bytes": _keys("bytes", "bytes_sent", "size", "response_bytes"),
    "latency_ms": _keys("latency_ms", "duration_ms", "response_time_ms", "elapsed_ms", "took_ms"),
}
_ALIAS_KEYS = frozenset(alias.path[0] for aliases in ALIASES.values() for alias in aliases if len(alias.path) == 1)
# Paths that hold an object some alias reads into: an object found there is no value of its own.
_CONTAINERS = frozenset(
    alias.path[:i] for aliases in ALIASES.values() for alias in aliases for i in range(1, len(alias.path))
)
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


def _lookup(value: Any, alias: Alias) -> Any:
    """The alias's value below its first key's value (itself found and not None)."""
    for key in alias.path[1:]:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    if value is None or (isinstance(value, dict) and alias.path in _CONTAINERS):
        return None
    return alias.convert(value) if alias.convert is not None else value


# Per field, its aliases as (first key, None when that key's value is the value as it is, else
# the alias to follow): most lookups are one dict.get.
_LOOKUPS: dict[str, tuple[tuple[str, Alias | None], ...]] = {
    name: tuple(
        (a.path[0], None if len(a.path) == 1 and a.convert is None and a.path not in _CONTAINERS else a)
        for a in aliases
    )
    for name, aliases in ALIASES.items()
}


def _is_docker(obj: dict[str, Any]) -> bool:
    return isinstance(obj.get("log"), str) and "stream" in obj and "time" in obj


def _is_docker_partial(obj: dict[str, Any]) -> bool:
    return _is_docker(obj) and not obj["log"].endswith("\n")


def _object(line: str) -> dict[str, Any] | None:
    try:
        obj = _decode_line(line)
    except msgspec.DecodeError:
        return None
    return obj if isinstance(obj, dict) else None


def _docker_app_object(obj: dict[str, Any]) -> dict[str, Any] | None:
    """The app's own JSON object inside a Docker json-file record's `log`, if it is one."""
    log = obj.get("log")
    if not (isinstance(log, str) and log.startswith("{") and "stream" in obj):
        return None
    try:
        inner = _decode_line(log)
    except msgspec.DecodeError:
        return None
    return inner if isinstance(inner, dict) else None


def record_from_object(obj: dict[str, Any], line: str, default_service: str | None) -> Record:
    """Build a Record from a decoded JSON object (the one place aliases are resolved).

    A Docker json-file record whose `log` is a JSON line is the app's record, at Docker's time."""
    inner = _docker_app_object(obj)
    if inner is not None:
        record = record_from_object(inner, line, default_service)
        record.timestamp = _text(obj.get("time")) or record.timestamp
        return record
    found: dict[str, Any] = {}
    get = obj.get
    for name, lookups in _LOOKUPS.items():
        value = None
        for key, alias in lookups:
            value = get(key)
            if value is not None and alias is not None:
                value = _lookup(value, alias)
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
    "timestamp": str | int | float | None,
    "method": str | None,
    "path": str | None,
    "level": str | int | None,
    "status": int | None,
    "bytes": int | None,
    "latency_ms": int | float | None,
}


class _NeedsRecordPath(Exception):
    """A value the fast path does not handle (see Alias.record_path): parse the block line by line."""


class _Node:
    """A key of the projection: the types of the aliases ending here, the keys below it."""

    def __init__(self) -> None:
        self.types: list[Any] = []
        self.children: dict[str, _Node] = {}


def _struct(node: _Node, frozen: bool) -> type:
    attrs, rename = [], {}
    for i, (key, child) in enumerate(node.children.items()):
        types = list(child.types)
        if child.children:
            types.append(_struct(child, True))
        kind = types[0]
        for other in types[1:]:
            kind = kind | other
        attrs.append((f"k{i}", kind | None, None))
        rename[f"k{i}"] = key
    return msgspec.defstruct("Projection", attrs, rename=rename, gc=False, frozen=frozen)


def _getter(node: _Node, path: tuple[str, ...]) -> Callable[[Any], Any]:
    """Reads an alias's value from a decoded row: attribute by attribute, None where the path
    meets a value that is not an object, and None for an object where the alias wants a value."""
    attrs = []
    for key in path:
        attrs.append(f"k{list(node.children).index(key)}")
        node = node.children[key]
    container = bool(node.children)
    if len(attrs) == 1 and not container:
        return attrgetter(attrs[0])

    def get(row: Any) -> Any:
        value = row
        for attr in attrs:
            if not isinstance(value, msgspec.Struct):
                return None
            value = getattr(value, attr)
        if container and isinstance(value, msgspec.Struct):
            return None
        return value

    return get


_decoders: dict[tuple[Any, ...], tuple[msgspec.json.Decoder, dict[str, list[tuple[Callable, Alias]]]]] = {}


def _block_decoder(depths: tuple[tuple[str, int], ...], frozen: bool = False):
    """A decoder of a JSON array of structs holding the first `depth` aliases of each field
    (hashable structs when `frozen`, for counting them), and each field's alias readers."""
    cached = _decoders.get((depths, frozen))
    if cached is None:
        root = _Node()
        for name, depth in depths:
            for alias in ALIASES[name][:depth]:
                node = root
                for key in alias.path:
                    node = node.children.setdefault(key, _Node())
                kind = alias.type or _FAST_TYPES[name]
                if kind not in node.types:
                    node.types.append(kind)
        by_field = {
            name: [(_getter(root, alias.path), alias) for alias in ALIASES[name][:depth]] for name, depth in depths
        }
        cached = (msgspec.json.Decoder(list[_struct(root, frozen)]), by_field)
        _decoders[(depths, frozen)] = cached
    return cached


def _alias_column(rows: list[Any], get: Callable[[Any], Any], alias: Alias) -> list[Any]:
    column = list(map(get, rows))
    if alias.record_path is not None and any(alias.record_path(v) for v in column):
        raise _NeedsRecordPath
    if alias.convert is not None:
        convert = alias.convert
        column = [convert(v) if v is not None else None for v in column]
    return column


def _coalesce(rows: list[Any], readers: list[tuple[Callable, Alias]]) -> tuple[list[Any], int]:
    """Each row's first non-None alias value, and how many aliases that took."""
    column = _alias_column(rows, *readers[0])
    used = 1
    for get, alias in readers[1:]:
        if None not in column:
            break
        other = _alias_column(rows, get, alias)
        used += 1
        if other.count(None) != len(other):  # skip the merge for an alias no row has
            column = [a if a is not None else b for a, b in zip(column, other, strict=True)]
    return column, used


def _first(row: Any, readers: list[tuple[Callable, Alias]]) -> Any:
    for get, alias in readers:
        value = get(row)
        if value is None:
            continue
        if alias.record_path is not None and alias.record_path(value):
            raise _NeedsRecordPath
        if alias.convert is not None:
            value = alias.convert(value)
            if value is None:
                continue
        return value
    return None


_TEXT_TYPES = frozenset((str, type(None)))


def _as_text(value: Any) -> Any:
    return value if value is None or isinstance(value, str) else str(value)


class _Projection:
    """Decodes blocks into columns of some fields, learning which alias keys the file uses.

    Decoding only each field's leading aliases, up to the deepest one the file was seen to use,
    is exact whenever no value of those fields is left None: the first alias present is then
    the same as with every alias decoded. Otherwise (or when a value has a type those aliases
    do not expect, such as an object where nested aliases read into) the block is decoded again
    with all aliases.
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
        full = dict(self.full)
        if depths != self.full:
            try:
                rows, found = self._decode(array, depths)
            except msgspec.ValidationError:
                found = None
            if found is not None and all(depth == full[name] or None not in found[name][0] for name, depth in depths):
                return len(rows), {name: column for name, (column, _) in found.items()}
        rows, found = self._decode(array, self.full)
        self.depths = tuple((name, full[name] if None in column else used) for name, (column, used) in found.items())
        return len(rows), {name: column for name, (column, _) in found.items()}


def _as_array(block: bytes) -> bytearray:
    """The block's lines as one JSON array. Blank lines make it invalid JSON (`,,`), which sends
    the block to the line-by-line path, so they need no search here. A file's byte order mark is
    left out."""
    array = bytearray(b"[")
    array += block[3:].replace(b"\n", b",") if block.startswith(BOM) else block.replace(b"\n", b",")
    if array[-1] == 0x2C:  # the final newline's comma
        array[-1] = 0x5D
    else:
        array.append(0x5D)
    return array


_OBJECT_START = re.compile(r'\s*\{\s*"(?:[^"\\]|\\.)*"\s*:')


def starts_like_json_object(text: str) -> bool:
    """Whether a (possibly cut) line begins as a JSON object does: `{"key":`."""
    return _OBJECT_START.match(text) is not None


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
        obj = _object(line)
        return None if obj is None else record_from_object(obj, line, default_service)

    def records(self, block: bytes, default_service: str | None = None):
        """Yield (record or None, line) for each non-blank line; Docker's partial lines (a `log`
        without newline: Docker cuts app lines at 16 KiB) are joined with the lines that continue
        them into the record of the first. A line continuing a partial of the previous block is a
        record of its own (blocks are 4 MiB: a rare cut)."""
        pending: list[tuple[dict[str, Any], str]] = []
        for line in split_block(block):
            if not line.strip():
                continue
            obj = _object(line)
            if pending and (obj is None or not _is_docker(obj)):
                yield self._joined(pending, default_service)
                pending = []
            if obj is not None and (pending or _is_docker_partial(obj)):
                pending.append((obj, line))
                if not _is_docker_partial(obj):
                    yield self._joined(pending, default_service)
                    pending = []
                continue
            yield (None if obj is None else record_from_object(obj, line, default_service)), line
        if pending:
            yield self._joined(pending, default_service)

    @staticmethod
    def _joined(pieces: list[tuple[dict[str, Any], str]], default_service: str | None) -> tuple[Record, str]:
        first, line = pieces[0]
        joined = {**first, "log": "".join(obj["log"] for obj, _ in pieces)}
        return record_from_object(joined, line, default_service), line

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
                    elif name == "timestamp":
                        value = _as_text(value)
                    values.append(value)
                counts[tuple(values)] += n
        except (msgspec.DecodeError, msgspec.ValidationError, _NeedsRecordPath):
            return super().count_block(block, fields, default_service)
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
        except (msgspec.DecodeError, msgspec.ValidationError, _NeedsRecordPath):
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
        if "timestamp" in columns and not _TEXT_TYPES.issuperset(map(type, columns["timestamp"])):
            # epoch numbers (pino, zap, GELF) as they are written
            columns["timestamp"] = list(map(_as_text, columns["timestamp"]))
        if want_raw:
            # No blank line reached here, so the block's lines are the records' lines, in order.
            columns["raw"] = split_block(block)
        return Batch(columns=columns, records=records, lines=records)


__all__ = ["ALIASES", "JsonLinesFormat", "record_from_object"]
