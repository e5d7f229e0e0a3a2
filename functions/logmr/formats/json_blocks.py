"""Decoding a block of JSON lines in one msgspec call into structs that hold only the keys a job
needs (the alias depths a file uses are learned and kept); a block msgspec rejects goes line by line."""

import contextlib
import re
from collections import Counter
from collections.abc import Callable
from operator import attrgetter
from typing import Any

import msgspec

from .json_columns import NeedsRecordPath, coalesce
from .json_fields import BLOCK_ALIASES as ALIASES  # (parse's `fields.pid` too)
from .json_fields import Alias
from .json_lines import decoded_lines
from .json_native import key_spec, weighted

# Types each alias is decoded as on the fast path; anything else sends the block to the slow path.
FAST_TYPES: dict[str, Any] = {
    **dict.fromkeys(("message", "service", "host", "method", "path"), str | None),
    "timestamp": str | int | float | None,
    "level": str | int | None,
    **dict.fromkeys(("status", "bytes"), int | None),
    "latency_ms": int | float | None,
}


class DockerLines(Exception):
    """The block holds Docker json-file lines (a top-level `log` string): read it as Docker's."""


LEARN_BYTES = 64 * 1024  # a file's alias depths are learned on its first rows, about this much


class _Opaque(msgspec.Struct, frozen=True, gc=False):
    """Any JSON object, its keys skipped."""


# Top-level keys that change how a line is read, decoded beside the fields so that no pass over
# the block looks for them: a `log` string is Docker json-file's line around the app's, a
# `logEvents`, `records` or `resourceLogs` array an envelope of many events (json_envelopes.py). Where no alias
# reads the key, those values fail the decode (any other value passes): the envelope's line goes
# to the record path, Docker's lines (DockerLines) to their own reading, which takes `log` strings.
_ANY_BUT_TEXT_OR_ARRAY = int | float | bool | _Opaque | None
_MARKERS = {
    "log": _ANY_BUT_TEXT_OR_ARRAY,
    "logEvents": _ANY_BUT_TEXT_OR_ARRAY | str,
    "records": _ANY_BUT_TEXT_OR_ARRAY | str,
    "resourceLogs": _ANY_BUT_TEXT_OR_ARRAY | str,
}
_DOCKER_ERROR = re.compile(r"got `str` - at `\$\[\d+\]\.log`$")


def docker_error(error: Exception) -> bool:
    """Whether the decode failed on a `log` string (Docker's lines) where no alias reads `log`."""
    return isinstance(error, msgspec.ValidationError) and _DOCKER_ERROR.search(str(error)) is not None


class Markers:
    """Docker's `log` strings among decoded rows, where an alias reads `log` (none fail then)."""

    def __init__(self, root: "_Node", aliased: bool) -> None:
        self.log = attrgetter(f"k{list(root.children).index('log')}") if aliased else None

    def check(self, rows: list[Any], docker: bool) -> None:
        """DockerLines for Docker's lines among the rows, unless the caller reads them (`docker`)."""
        if self.log is not None and not docker:
            column = list(map(self.log, rows))
            if column.count(None) != len(column) and str in set(map(type, column)):
                raise DockerLines


class _Node:
    """A key of the projection: the types of the aliases ending here, the keys below it."""

    def __init__(self) -> None:
        self.types: list[Any] = []
        self.children: dict[str, _Node] = {}


def _live(node: _Node) -> bool:
    """Whether an alias in use ends at the key or below it."""
    return bool(node.types) or any(map(_live, node.children.values()))


def _kind(node: _Node) -> Any:
    """The key's type: its aliases' in use, an object of the keys below; `None` alone where no alias
    in use reaches (a value there fails the decode: the file has begun to use that alias)."""
    if not _live(node):
        return None
    kinds = [*node.types, _struct(node, True)] if node.children else list(node.types)
    kind = kinds[0]
    for other in kinds[1:]:
        kind = kind | other
    return kind | None


def _struct(node: _Node, frozen: bool) -> type:
    attrs = [(f"k{i}", _kind(child), None) for i, child in enumerate(node.children.values())]
    rename = {f"k{i}": key for i, key in enumerate(node.children)}
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

    get.top = attrgetter(attrs[0])  # type: ignore[attr-defined]  # (the path's first key, read in bulk)
    return get


class BlockDecoder:
    """A decoder of a JSON array of projection structs (`one`: of one), each field's alias readers (the aliases in use),
    the markers' reader, each top key's attribute (`attrs`), and `tally`: the rows counted by the keys in use alone."""

    def __init__(self, root: _Node, by_field: dict, frozen: bool, live: list[str], aliased: bool) -> None:
        self.markers, self.by_field = Markers(root, aliased), by_field
        self.row = _struct(root, frozen)
        self.decoder, self.one = msgspec.json.Decoder(list[self.row]), msgspec.json.Decoder(self.row)
        self.attrs = {key: f"k{i}" for i, key in enumerate(root.children)}
        self.spec = key_spec(root.children, _Opaque)  # (the keys json_native's C counting reads)
        self._keys, self._key = live, attrgetter(*live) if live else None

    def tally(self, rows: list[Any], weights: list[int] | None = None) -> dict[Any, int]:
        """Each distinct row of the keys in use (the others None), how many (`weights`: lines a row stands for)."""
        if self._key is None:
            total = len(rows) if weights is None else sum(weights)
            return {self.row(): total} if total else {}
        counts = Counter(map(self._key, rows)) if weights is None else weighted(map(self._key, rows), weights)
        one, row, names = len(self._keys) == 1, self.row, self._keys
        return {row(**dict(zip(names, (v,) if one else v, strict=True))): n for v, n in counts.items()}


_UNREAD = (UnicodeDecodeError, RecursionError)  # (not UTF-8; nested past Python's recursion limit)
# Paths other aliases are read beside (MongoDB's `t.$date`): decoded whatever a file holds, so an
# alias there, unused, would not fail the decode of a row that begins to use it: never left unused.
_MARK_PATHS = frozenset(alias.when for aliases in ALIASES.values() for alias in aliases if alias.when is not None)
_decoders: dict[tuple[Any, ...], BlockDecoder] = {}  # (cleared past 512: many files' texts, in a long-lived process)


def block_decoder(
    depths: tuple[tuple[str, int], ...], frozen=False, docker=False, unused=frozenset(), kinds: tuple = ()
) -> BlockDecoder:
    """The decoder of structs holding the first `depth` aliases of each field (those in `unused`,
    (field, index) pairs, as None alone) and the _MARKERS (hashable structs when `frozen`, for counting
    them; Docker's `log` strings taken when `docker`); `kinds`: (field, type) other than FAST_TYPES's."""
    cache_key = (depths, frozen, docker, unused, kinds)
    cached = _decoders.get(cache_key)
    if cached is None:
        if len(_decoders) >= 512:
            _decoders.clear()
        root, marks = _Node(), []
        for name, depth in depths:
            for i, alias in enumerate(ALIASES[name][:depth]):
                node = _path_node(root, alias.path, alias.loose)  # (loose: another log's text there, no cliff)
                kind = alias.type or dict(kinds).get(name, FAST_TYPES[name])
                # (an unused alias is None alone, so that a file beginning to use it fails the decode
                # and is learned again; not one read beside a mark, which a row may hold without it)
                if ((name, i) not in unused or alias.when is not None) and kind not in node.types:
                    node.types.append(kind)
                if alias.when is not None and (name, i) not in unused:  # (the mark it is read beside)
                    marks.append(alias.when)
        for path in marks:  # (after the aliases: a mark another alias reads keeps that alias's types)
            _mark(root, path)
        aliased = "log" in root.children
        live = [f"k{i}" for i, child in enumerate(root.children.values()) if _live(child)]
        for key, kind in _MARKERS.items():
            if key not in root.children:
                root.children[key] = _Node()
                root.children[key].types.append(kind | str if docker and key == "log" else kind)
        by_field = {
            name: [(_reader(root, a), a) for i, a in enumerate(ALIASES[name][:depth]) if (name, i) not in unused]
            for name, depth in depths
        }
        cached = _decoders[cache_key] = BlockDecoder(root, by_field, frozen, live, aliased)
    return cached


# What an object on a mark's path may be instead in other files (tracing's `fields` object: a text, a list elsewhere).
_NOT_AN_OBJECT = str | int | float | bool | list | None


def _mark(root: _Node, path: tuple[str, ...]) -> None:
    """Decode the path an alias is read beside (`Alias.when`): as an alias there is, else as a text or a
    number; an object on the way to it, as any other value too (a key holding none decodes as fast)."""
    node = _path_node(root, path, True)
    if not node.types:
        node.types.append(FAST_TYPES["timestamp"])


def _path_node(root: _Node, path: tuple[str, ...], loose: bool) -> _Node:
    """The node a path ends at, made where missing; `loose`: each object on the way to it may be any
    other value too (decoded as such where no alias ends there)."""
    node = root
    for key in path:
        if loose and node is not root and not node.types:
            node.types.append(_NOT_AN_OBJECT)
        node = node.children.setdefault(key, _Node())
    return node


def _reader(root: _Node, alias: Alias) -> Callable[[Any], Any]:
    """An alias's reader: its value, None in a row without the path it is read beside."""
    get = _getter(root, alias.path)
    if alias.when is None:
        return get
    beside = _getter(root, alias.when)

    def read(row: Any) -> Any:
        return get(row) if beside(row) is not None else None

    read.top = getattr(beside, "top", beside)  # type: ignore[attr-defined]  # (no row has the mark's first key: none)
    return read


class Projection:
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
        self.unused: frozenset[tuple[str, int]] = frozenset()  # the aliases before the depths no row had
        self.learned = False  # whether some rows have confirmed the depths
        self.texts: dict[str, frozenset[str]] = {}  # a field's texts seen so far (json_count.literal_kinds)

    def learn(self, block: bytes, docker: bool = False) -> None:
        """Learn the depths on the block's first rows (about LEARN_BYTES; a smaller block whole), so
        that a file's first block is decoded once, narrowly, not narrowly and then with every alias;
        rows that need more relearn (decode's rule)."""
        head = block if len(block) <= 2 * LEARN_BYTES else block[: block.find(b"\n", LEARN_BYTES) + 1]
        if head.strip():
            with contextlib.suppress(msgspec.DecodeError, NeedsRecordPath, DockerLines, *_UNREAD):
                self.decode(head, docker)  # (what fails here fails the block's reading too)

    def _decode(self, block: bytes, depths: tuple[tuple[str, int], ...], docker: bool, unused: frozenset):
        decoding = block_decoder(depths, docker=docker, unused=unused)
        try:
            rows = decoded_lines(decoding, block)
        except msgspec.ValidationError as error:
            if not docker and docker_error(error):
                raise DockerLines from None
            raise
        decoding.markers.check(rows, docker)
        return rows, {name: coalesce(rows, decoding.by_field[name]) for name in self.fields}

    def decode(self, block: bytes, docker: bool = False) -> tuple[int, dict[str, list[Any]], frozenset[str]]:
        """The block's rows' count (`decoded_lines`: the caller compares it with the lines'), columns,
        and the names of those holding a None (rows without the field); DockerLines for Docker's
        lines unless the caller reads them."""
        depths, unused = self.depths, self.unused  # (another thread may learn new ones meanwhile)
        full, found = dict(self.full), None
        if depths != self.full:
            with contextlib.suppress(msgspec.ValidationError):
                rows, found = self._decode(block, depths, docker, unused)
            if found is not None and not all(depth == full[name] or not found[name][3] for name, depth in depths):
                found = None
        if found is None:
            rows, found = self._decode(block, self.full, docker, frozenset())
            self._learn(found)
        self.learned = True
        columns = {name: column for name, (column, *_) in found.items()}
        return len(rows), columns, frozenset(name for name in columns if found[name][3])

    def _learn(self, found: dict[str, tuple[list[Any], int, frozenset[int], int]]) -> None:
        """The depths a decode of every alias shows, and the aliases before them that no row had (not
        one read beside a mark: a row that begins to have it fails no decode, so it stays read)."""
        learned = {name: len(ALIASES[name]) if nones else used for name, (_, used, _, nones) in found.items()}
        self.unused = frozenset(
            (name, i)
            for name, f in found.items()
            for i in range(learned[name])
            if i not in f[2] and ALIASES[name][i].when is None and ALIASES[name][i].path not in _MARK_PATHS
        )
        self.depths = tuple(learned.items())
