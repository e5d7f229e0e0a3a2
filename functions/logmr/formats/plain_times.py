"""A plain layout's times with a fraction read apart from its other header fields, for the
kernel's parse of a block (plain_kernel.py).

The kernel reads a record's header fields once per distinct row of header texts (plain_keys.py),
which costs nothing where the rows recur (times to the second) but a row's whole key, a Python
call per field, for every record where the time holds a fraction (milliseconds: every record's
time its own). Here each distinct time text is made a timestamp once, the common ISO layout's
(times.py's `iso`: `2026-11-01 12:00:00,123`) in Arrow as `times._iso` writes them, and the time
is left out of the rows, which then recur again.
"""

from __future__ import annotations

import re
from itertools import count
from typing import Any

from .group_dfa import extract_regex
from .header_regex import holds_no_fraction
from .layout import Layout, compile_layout
from .plain_keys import CLOCK
from .times import BY_KEY

#: The fields that read a header's time, made here (a time cut to the second is read by rows).
TIME_FIELDS = ("timestamp", CLOCK)


def _named(parts: str) -> str:
    """A regex's capture groups named (`g0`, `g1`, ...) for RE2's extract, anchored at the start
    as `re.match` is."""
    numbers = count()
    return "^" + re.sub(r"(?<!\\)\((?!\?)", lambda _: f"(?P<g{next(numbers)}>", parts)


_ISO_PARTS = _named(BY_KEY["iso"].parts)  # year, month, day, clock, fraction, zone


def time_columns(
    layout: Layout,
    groups: dict[str, Any],
    keyed: list[str],
    names: list[str],
    columns: list[Any],
    others: list[tuple[Any, ...]],
    headers: Any,
) -> dict[str, list[Any]]:
    """The records' `timestamp` and time-of-day columns (of `keyed`) read from the ASCII header
    lines' time texts among `columns` (Arrow, one per group of `names`), each distinct text once
    (ISO ones in Arrow), where the layout's time may hold a fraction; the time's column in
    `columns` is then made null (in place), so that the rows of the other groups recur. `others`:
    the other header lines' rows of texts, whose times are read as `CompiledLayout.timestamp`
    reads them, put in record order by `headers` (plain_kernel's `_Headers`: which lines are
    headers, which ASCII ones). Empty where this does not apply."""
    import pyarrow as pa
    import pyarrow.compute as pc

    time = groups.get("timestamp") or groups.get(CLOCK)
    reading = [name for name in keyed if groups.get(name) == time]
    if not isinstance(time, str) or time not in names or not set(reading) <= set(TIME_FIELDS):
        return {}
    compiled = compile_layout(layout)
    if compiled.time_key is None or holds_no_fraction(layout, time):
        return {}
    at = names.index(time)
    encoded = pc.dictionary_encode(columns[at], null_encoding="encode")
    texts, codes = encoded.dictionary, encoded.indices.to_pylist()
    columns[at] = pa.nulls(len(codes), texts.type)
    if others:  # (their texts after the ASCII lines', in record order below)
        texts = pa.concat_arrays([texts, pa.array([row[at] for row in others], texts.type)])
    distinct = texts.to_pylist()
    if compiled.time_key == "iso":
        stamps = iso_stamps(texts.slice(0, len(encoded.dictionary))).to_pylist()
        stamps += [compiled.timestamp(text) for text in distinct[len(stamps) :]]  # (Python's \d: any digit)
    else:
        stamps = [compiled.timestamp(text) if text else None for text in distinct]
    read = {"timestamp": stamps, CLOCK: [t if t and s is None else None for t, s in zip(distinct, stamps, strict=True)]}
    found = {name: list(map(read[name].__getitem__, codes)) for name in reading}
    if not others:
        return found
    order = headers.ascii_headers.filter(headers.starts)  # (which records' headers are ASCII)
    first = len(encoded.dictionary)
    return {name: _in_order(column, read[name][first:], order) for name, column in found.items()}


def _in_order(firsts: list[Any], others: list[Any], first: Any) -> list[Any]:
    """The records' values from `firsts`' and `others`' (each in record order), `first` telling
    which records' come from `firsts` (Arrow booleans)."""
    taken, rest = iter(firsts).__next__, iter(others).__next__
    return [taken() if is_first else rest() for is_first in first.to_pylist()]


def iso_stamps(texts: Any) -> Any:
    """Each ISO time text (ASCII) as `time_to_iso("iso", text)` gives it (Arrow; null where it
    gives None): `YYYY-MM-DDTHH:MM:SS`, a fraction padded or cut to six digits, a zone as
    `±HH:MM` (`Z`, `UTC`, `GMT`: `+00:00`)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    texts = texts.cast(pa.large_string())
    parts = extract_regex(texts, _ISO_PARTS)
    year, month, day, clock, fraction, zone = (pc.struct_field(parts, [i]) for i in range(6))

    def text(value: str) -> Any:
        return pa.scalar(value, pa.large_string())

    padded = pc.utf8_slice_codeunits(pc.utf8_rpad(fraction, width=6, padding="0"), 0, 6)
    no_fraction = pc.equal(pc.binary_length(fraction), 0)
    fraction = pc.if_else(no_fraction, text(""), pc.binary_join_element_wise(text("."), padded, text("")))
    utc, colon = (
        pc.is_in(zone, value_set=pa.array(["Z", "UTC", "GMT"], pa.large_string())),
        pc.match_substring(zone, ":"),
    )
    hours_minutes = pc.binary_join_element_wise(
        pc.utf8_slice_codeunits(zone, 0, 3), pc.utf8_slice_codeunits(zone, 3), text(":")
    )
    zone = pc.if_else(
        utc, text("+00:00"), pc.if_else(pc.or_(colon, pc.equal(pc.binary_length(zone), 0)), zone, hours_minutes)
    )
    pieces = (year, text("-"), month, text("-"), day, text("T"), clock, fraction, zone)
    stamps = pc.binary_join_element_wise(*pieces, text(""))
    return pc.if_else(pc.is_valid(parts), stamps, pa.scalar(None, pa.large_string()))
