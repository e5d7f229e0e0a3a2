"""Counting a block of JSON lines from one decode of the keys its fields use: the decoded structs
are counted (C-level hashing) and only the distinct ones read into field values. `SECOND` counts
by the timestamp to the second: the timestamps cut to their second in bulk (seconds.to_seconds),
then counted with the keys the other fields use."""

from collections import Counter
from collections.abc import Callable
from functools import reduce
from operator import attrgetter, or_
from typing import Any, Literal, get_args

import msgspec

from .base import LEVEL_CACHE, SECOND, Batch
from .json_blocks import FAST_TYPES, BlockDecoder, NeedsRecordPath, Projection, block_decoder, coalesce
from .json_fields import Alias
from .json_lines import RE2_BYTES, decoded_lines
from .json_native import as_array, available, tally_texts, time_keys, weighted, without
from .json_pieces import merge_batches
from .seconds import epoch_runs, equal_runs, second_runs, to_seconds

# A field whose values are one of few texts (a service, a level) is decoded as a Literal of the
# texts seen so far: msgspec then makes no string per row, and counting hashes each text once. A
# block with a new text is decoded again as text, and the new ones are learned.
LITERAL_FIELDS = ("service", "level")
DOCKER_TIME = (b"time",)  # (Docker's: the second of an app's line in Docker's lines)
MAX_LITERALS = 256


def count_rows(
    block: bytes | list[bytes],
    projection: Projection,
    wanted: tuple[str, ...],
    default_service: str | None,
    by_line: Callable | None = None,
    whole: bool = True,
) -> tuple[Batch, dict[tuple[Any, ...], int]]:
    """The block (or whole pieces of one, decoded each in turn, counted together) counted from one
    decode of the fields' keys in use; NeedsRecordPath where a value would need a deeper alias or a
    level falls back to an HTTP status. `by_line`: how a block's suspect lines are counted where C
    counts the others (json_pieces.cut_around_suspects's lines, as count_cut counts them); `whole`:
    where C does not count it, whether msgspec decodes it whole (else DecodeError: cut it)."""
    pieces = [block] if isinstance(block, bytes) else block
    if available() and "message" not in wanted:  # (few distinct values: counted in C)
        counted = count_native(pieces, projection, wanted, default_service, by_line)
        if counted is not None:
            return counted
    if not whole:
        raise msgspec.DecodeError("a line C does not count")
    large = sum(map(len, pieces)) >= RE2_BYTES
    decoding, rows = decode_rows(projection, lambda decoding: _rows(decoding, pieces, large))
    return count_decoded(rows, decoding, projection, wanted, default_service)


def count_native(
    pieces: list[bytes],
    projection: Projection,
    wanted: tuple[str, ...],
    service: str | None,
    by_line: Callable | None,
    docker: bool = False,
) -> tuple[Batch, dict[tuple[Any, ...], int]] | None:
    """count_rows's counts from the pieces' distinct values counted in C (json_native), each
    distinct row decoded by the block decoder, a block's suspect lines by `by_line`; None where C
    does not count them (a line that is not one object; a timestamp's alias other than a plain key
    of its own, or a value no second is read from in C). `docker`: Docker's lines around the app's
    (`projection` the app's), at Docker's time (count_app_rows)."""
    decoding = block_decoder(projection.depths, frozen=True, unused=projection.unused)
    times = (DOCKER_TIME if docker else time_keys(decoding)) if SECOND in wanted else None
    if SECOND in wanted and times is None:
        return None
    spec, suspects = decoding.spec if docker or times is None else without(decoding.spec, times), by_line is not None
    tallied = tally_texts(pieces, spec, times, suspects and len(pieces) == 1, docker)
    if tallied is None:
        return None
    if tallied[2]:  # (the suspect lines each on their own, as count_cut reads them)
        counted = _from_distinct(tallied, projection, wanted, service, times)
        return merged([counted, *(by_line(pieces[0][start:end]) for start, end in tallied[2])])
    return _from_distinct(tallied, projection, wanted, service, times)


def _from_distinct(
    tallied: tuple, projection: Projection, wanted: tuple[str, ...], service: str | None, times: tuple | None
) -> tuple[Batch, dict[tuple[Any, ...], int]]:
    """The counts of the distinct projections C counted, each decoded by the block decoder."""
    keys, weights = list(tallied[1]), list(tallied[1].values())
    texts = keys if times is None else [text for _, text in keys]
    decoding, rows = decode_rows(projection, lambda decoding: decoding.decoder.decode(as_array(texts)))
    if times is None:
        return count_decoded(rows, decoding, projection, wanted, service, None, weights)
    depths, full = dict(projection.depths), dict(projection.full)
    if "timestamp" in depths and depths["timestamp"] < full["timestamp"] and any(second == "" for second, _ in keys):
        raise NeedsRecordPath("a deeper alias of the timestamp")
    tallies = weighted(zip((second for second, _ in keys), rows, strict=True), weights)
    return count_decoded(rows, decoding, projection, wanted, service, None, weights, tallies)


def _rows(decoding: BlockDecoder, pieces: list[bytes], large: bool) -> list[Any]:
    """The pieces' rows in one list (a block's own list where it is one piece: no copy)."""
    rows = decoded_lines(decoding, pieces[0], large)
    for piece in pieces[1:]:
        rows += decoded_lines(decoding, piece, large)
    return rows


def count_decoded(*args: Any) -> tuple[Batch, dict[tuple[Any, ...], int]]:
    """_tallied, NeedsRecordPath where a row holds what cannot be hashed (a key's object or array:
    MongoDB's `c` key's type in another log)."""
    try:
        return _tallied(*args)
    except TypeError:
        raise NeedsRecordPath("a value that cannot be counted as it is") from None


def _tallied(
    rows: list[Any],
    decoding: BlockDecoder,
    projection: Projection,
    wanted: tuple[str, ...],
    default_service: str | None,
    times: list[str] | None = None,
    weights: list[int] | None = None,
    tallies: dict[tuple[Any, Any], int] | None = None,
) -> tuple[Batch, dict[tuple[Any, ...], int]]:
    """The decoded rows counted by the wanted fields' values; `times`: each row's timestamp (text),
    where the rows' own are not read (Docker's time stands for the app's); `weights`: how many
    lines each row stands for (distinct rows counted in C), else one each; `tallies`: (second, row)
    -> lines, counted in C."""
    depths, full = dict(projection.depths), dict(projection.full)
    if tallies is not None:
        pass
    elif times is not None:
        tallies = _by_time(rows, decoding, times, SECOND in wanted)
    elif SECOND in wanted:
        tallies = _by_time(rows, decoding, _timestamps(rows, decoding, depths["timestamp"] < full["timestamp"]), True)
    else:
        tallies = {(None, row): n for row, n in decoding.tally(rows, weights).items()}
    distinct = list(dict.fromkeys(row for _, row in tallies))  # (a row recurs in each second it has)
    decoding.markers.check(distinct, "message" in wanted)  # (the message's aliases read Docker's `log`)
    _learn_texts(projection, decoding, distinct)
    names = ["timestamp" if name == SECOND else name for name in wanted]
    at = names.index("timestamp") if "timestamp" in names and (times is not None or SECOND in wanted) else None
    known = {row: _values(row, names, at, decoding, (depths, full), default_service) for row in distinct}
    counts: Counter = Counter()
    for (second, row), n in tallies.items():
        values = known[row]
        if at is not None:  # (the second's text in its place)
            values = (*values[:at], str(second) if type(second) is int else second, *values[at + 1 :])
        counts[values] += n
    records = len(rows) if weights is None else sum(weights)
    return Batch(columns={}, records=records, lines=records), counts


def _values(
    row: Any, names: list[str], at: int | None, decoding: BlockDecoder, deep: tuple[dict, dict], service: str | None
) -> tuple[Any, ...]:
    """A distinct row's values of the fields named (None at `at`, the second's place); NeedsRecordPath where a
    value would need a deeper alias (`deep`: the projection's depths and every alias's), or a level falls back
    to an HTTP status."""
    (depths, full), values = deep, []
    for i, name in enumerate(names):
        if i == at:
            values.append(None)
            continue
        value = first_present(row, decoding.by_field[name])
        if value is None and (depths[name] < full[name] or name == "level"):
            raise NeedsRecordPath("a deeper alias, or a level from the HTTP status")
        if name == "level":
            value = LEVEL_CACHE[value]
        elif name == "service":
            value = value or service
        elif name == "message" and value is None:
            value = ""
        elif name == "timestamp":
            value = as_text(value)
        values.append(value)
    return tuple(values)


def literal_kinds(projection: Projection) -> tuple[tuple[str, Any], ...]:
    """(field, type) for the LITERAL_FIELDS with at most MAX_LITERALS texts seen: their type with a
    Literal of those texts for `str`."""
    kinds = []
    for name, texts in sorted(projection.texts.items()):
        if 0 < len(texts) <= MAX_LITERALS:
            args = [Literal[tuple(sorted(texts))] if arg is str else arg for arg in get_args(FAST_TYPES[name])]
            kinds.append((name, reduce(or_, args)))
    return tuple(kinds)


def decode_rows(projection: Projection, decode: Callable[[BlockDecoder], list[Any]]) -> tuple[BlockDecoder, list[Any]]:
    """The decoder and the rows `decode` gives with it: the fields' texts as Literals of those seen, else as text."""
    kinds = literal_kinds(projection)
    decoding = block_decoder(projection.depths, frozen=True, unused=projection.unused, kinds=kinds)
    try:
        return decoding, decode(decoding)
    except msgspec.ValidationError:  # (a new text; or a value no type takes, which fails again below)
        if not kinds:
            raise
    decoding = block_decoder(projection.depths, frozen=True, unused=projection.unused)
    return decoding, decode(decoding)


def _learn_texts(projection: Projection, decoding: BlockDecoder, rows: list[Any]) -> None:
    """The texts of the LITERAL_FIELDS among these distinct rows added to those seen."""
    for name in LITERAL_FIELDS:
        texts = projection.texts.get(name, frozenset())
        if name in decoding.by_field and len(texts) <= MAX_LITERALS:
            found = {value for row in rows for get, _ in decoding.by_field[name] if type(value := get(row)) is str}
            if not found <= texts:
                projection.texts[name] = texts | found


def as_text(value: Any) -> Any:
    return value if value is None or isinstance(value, str) else str(value)


def count_cut(
    cut: list[tuple[bytes, bool]], projection: Projection, wanted: tuple[str, ...], service: str | None, each, by_line
) -> tuple[Batch, Counter]:
    """A block cut around its suspect lines (json_pieces.cut_around_suspects) counted: its whole
    pieces counted together (counts need no order; not joined: a copy of the block), else each by
    `each`; the lines by `by_line`."""
    whole = [piece for piece, fast in cut if fast and piece]
    results = []
    if whole:
        try:
            results = [count_rows(whole, projection, wanted, service)]
        except (msgspec.DecodeError, msgspec.ValidationError, NeedsRecordPath, UnicodeDecodeError, RecursionError):
            results = list(map(each, whole))
    return merged(results + [by_line(piece) for piece, fast in cut if not fast and piece])


def merged(results: list[tuple[Batch, dict]]) -> tuple[Batch, Counter]:
    """Pieces' counts, one batch and one count."""
    counts: Counter = Counter()
    for _, found in results:
        counts.update(found)
    return merge_batches([batch for batch, _ in results], ()), counts


def _timestamps(rows: list[Any], decoding: BlockDecoder, deeper: bool) -> list[Any]:
    """Each row's timestamp; NeedsRecordPath for a row without one where a deeper alias may hold
    one (`deeper`)."""
    timestamps, _, _, untimed = coalesce(rows, decoding.by_field["timestamp"])
    if untimed and deeper:
        raise NeedsRecordPath("a deeper alias of the timestamp")
    return timestamps


def _by_time(rows: list[Any], decoding: BlockDecoder, timestamps: list[Any], cut: bool) -> dict[tuple[Any, Any], int]:
    """(second, row of the other fields' keys) -> how many rows: the rows counted by their timestamp
    (cut to its second when `cut`: to_seconds, "" for none; or each second once, for its run of
    rows, where the times are alike and in order) and the keys the other fields' aliases start with."""
    readers = [readers for name, readers in decoding.by_field.items() if name != "timestamp"]
    names = sorted({decoding.attrs[alias.path[0]] for field in readers for _, alias in field})
    runs = second_runs(timestamps) if cut else None
    if cut and runs is None:
        runs = epoch_runs(timestamps)
    seconds = (to_seconds(timestamps) if cut else timestamps) if runs is None else None
    runs = runs or equal_runs(seconds)
    keys = list(map(attrgetter(*names), rows)) if names else [None] * len(rows)
    if runs is None:
        pairs = Counter(zip(seconds, keys, strict=True))
    else:
        pairs = Counter()
        for second, start, end in runs:  # (a run's keys counted alone: few texts, their hashes kept)
            pairs.update({(second, values): n for values, n in Counter(keys[start:end]).items()})
    if not names:
        return {(second, decoding.row()): n for (second, _), n in pairs.items()}
    one, make = len(names) == 1, decoding.row
    rows_of: dict[Any, Any] = {}
    tallies = {}
    for (second, values), n in pairs.items():
        row = rows_of.get(values)
        if row is None:
            row = rows_of[values] = make(**dict(zip(names, (values,) if one else values, strict=True)))
        tallies[(second, row)] = n
    return tallies


def first_present(row: Any, readers: list[tuple[Callable, Alias]]) -> Any:
    for get, alias in readers:
        value = get(row)
        if value is None:
            continue
        if alias.record_path is not None and alias.record_path(value):
            raise NeedsRecordPath
        if alias.convert is not None:
            value = alias.convert(value)
            if value is None:
                continue
        return value
    return None
