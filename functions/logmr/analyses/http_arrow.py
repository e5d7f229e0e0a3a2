"""http's map over Arrow arrays: an access log block as its kernel reads it (`LogFormat.arrow_block`).

The pairs are `Http.map_batch`'s, but Python works only per distinct method, route and latency
and per (route, status) and (route, latency bucket): the paths are folded into routes and coded,
the rows counted (value_counts) and summed per route (sorted, then run ends of a cumulative sum)
by Arrow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from ..formats.arrow_sums import sums_by_key
from ..formats.columnar import int64_array
from ..job import KeyValue
from .http_routes import HEX, UUID, route_of

#: `_segment` on an ASCII segment for RE2 (which has no lookahead), past `:id` (`ascii_is_decimal`): a
#: fold's length test (what `_segment` asks first), then a regex, or two that must both match.
_SEGMENT_FOLDS = (
    ((36, 36), (f"^{UUID}$",), ":uuid"),
    ((16, None), (f"^{HEX}$", "[0-9]"), ":hex"),
)


def _codes(values: list[Any]) -> tuple[list[Any], Any]:
    """The distinct values in order of first appearance, and each value's index among them (Arrow)."""
    index: dict[Any, int] = {}
    codes = [index.setdefault(value, len(index)) for value in values]
    return list(index), int64_array(codes)


def _sums(keys: Any, values: Any) -> Iterator[tuple[int, int]]:
    """(key, sum of its values) for each distinct key (arrow_sums.sums_by_key)."""
    distinct, sums = sums_by_key(keys, values)
    return zip(distinct.to_pylist(), sums.to_pylist(), strict=True)


def _pairs(codes: Any, size: int, other: Any) -> Iterator[tuple[int, int, int]]:
    """(code, other, rows) for each distinct pair of two equally long int64 arrays, `other` in [0, size)."""
    import pyarrow.compute as pc

    counted = pc.value_counts(pc.add(pc.multiply(codes, int64_array([size])[0]), other))
    for both, n in zip(counted.field("values").to_pylist(), counted.field("counts").to_pylist(), strict=True):
        yield *divmod(both, size), n


def _grouped(codes: Any, size: int, other: Any) -> Iterator[tuple[int, list[int], list[int]]]:
    """(code, its others, their rows) for each distinct code of two equally long int64 arrays,
    `other` in [0, size): `_pairs` grouped by code in Arrow (a stable sort, so each code's others
    stay in order of first appearance), Python working per code."""
    import pyarrow.compute as pc

    counted = pc.value_counts(pc.add(pc.multiply(codes, int64_array([size])[0]), other))
    both = counted.field("values")
    code_of = pc.divide(both, int64_array([size])[0])
    order = pc.sort_indices(code_of)
    others = pc.subtract(both, pc.multiply(code_of, int64_array([size])[0])).take(order).to_pylist()
    rows = counted.field("counts").take(order).to_pylist()
    runs = pc.value_counts(code_of.take(order))
    start = 0
    for code, length in zip(runs.field("values").to_pylist(), runs.field("counts").to_pylist(), strict=True):
        yield code, others[start : start + length], rows[start : start + length]
        start += length


def route_codes(paths: Any, raw: bool = False) -> tuple[list[str], Any]:
    """The distinct routes (`route_of`) of an Arrow array of paths (nulls included), and each
    path's index among them (Arrow). For ASCII paths, the query string cut and the segments of
    the paths with a digit folded in Arrow, Python seeing only the distinct routes."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if not pc.all(pc.string_is_ascii(paths)).as_py():
        return _codes([route_of(path, raw) for path in paths.to_pylist()])
    cut = paths
    for mark in "?#":  # (before the first of either: before the first `?`, then before its first `#`)
        if pc.any(pc.match_substring(cut, mark)).as_py():
            cut = pc.list_element(pc.split_pattern(cut, mark, max_splits=1), 0)
    cut = pc.if_else(pc.equal(cut, ""), pa.scalar("/", cut.type), cut)
    if not raw:
        digits = pc.fill_null(pc.match_substring_regex(cut, "[0-9]"), False)  # (folds need a digit)
        if digits.true_count:
            cut = pc.replace_with_mask(cut, digits, _folded(cut.filter(digits)))
    routes = pc.dictionary_encode(pc.if_else(pc.fill_null(pc.equal(paths, ""), True), pa.scalar("-", cut.type), cut))
    return routes.dictionary.to_pylist(), routes.indices.cast("int64")


def _folded(paths: Any) -> Any:
    """ASCII paths (no nulls) with each segment folded as `_segment` folds it (the first fold
    that matches wins; a folded segment matches no other fold)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    segments = pc.split_pattern(paths, "/")
    flat = pc.list_flatten(segments)
    length = pc.binary_length(flat)
    taken = pc.ascii_is_decimal(flat)
    folded = pc.if_else(taken, pa.scalar(":id", flat.type), flat)
    for (shortest, longest), regexes, name in _SEGMENT_FOLDS:
        fits = pc.greater_equal(length, shortest)
        if longest is not None:
            fits = pc.and_(fits, pc.less_equal(length, longest))
        candidates = pc.and_not(fits, taken)
        if not candidates.true_count:
            continue
        some = flat.filter(candidates)  # (the regexes run on the segments of the right length only)
        found = pc.match_substring_regex(some, regexes[0])
        for regex in regexes[1:]:
            found = pc.and_(found, pc.match_substring_regex(some, regex))
        matched = pc.replace_with_mask(candidates, candidates, found)
        folded = pc.if_else(matched, pa.scalar(name, flat.type), folded)
        taken = pc.or_(taken, matched)
    return pc.binary_join(type(segments).from_arrays(segments.offsets, folded), pa.scalar("/", flat.type))


def route_pairs(
    columns: dict[str, Any], fold: Callable[[Any], tuple[list[str], Any]], bucket: Callable[[float], str]
) -> Iterator[KeyValue]:
    """`Http.map_batch`'s pairs for Arrow arrays of status, method, path, latency_ms and bytes;
    `fold` gives the distinct routes of an array of paths and each one's index (`route_codes`),
    `bucket` a latency's bucket."""
    import pyarrow.compute as pc

    if columns["status"].null_count:  # (only rows with a status are requests)
        requests = pc.is_valid(columns["status"])
        columns = {name: column.filter(requests) for name, column in columns.items()}
    status = columns["status"]
    if not len(status):
        return
    methods = pc.dictionary_encode(columns["method"], null_encoding="encode")
    paths = pc.dictionary_encode(columns["path"], null_encoding="encode")
    # (codes of distinct names: a kernel's dictionary may hold a value twice)
    distinct = pc.dictionary_encode(methods.dictionary, null_encoding="encode")
    method_names, method_codes = _codes([(method or "-").upper() for method in distinct.dictionary.to_pylist()])
    method_codes = pc.take(method_codes, distinct.indices)
    folded, fold_codes = fold(paths.dictionary)
    width = len(folded)
    route = pc.add(
        pc.multiply(pc.take(method_codes, methods.indices), int64_array([width])[0]),
        pc.take(fold_codes, paths.indices),
    )
    routes: dict[int, dict[str, Any]] = {}
    low = pc.min(status).as_py()
    by_status: dict[int, int] = {}
    span = pc.max(status).as_py() - low + 1
    for code, at, n in _pairs(route, span, pc.subtract(status, int64_array([low])[0])):
        found = routes.get(code) or routes.setdefault(code, {"classes": {}, "buckets": {}, "latency_us": 0, "bytes": 0})
        name = f"{(at + low) // 100}xx"
        found["classes"][name] = found["classes"].get(name, 0) + n
        by_status[at + low] = by_status.get(at + low, 0) + n
    _add_latencies(routes, route, columns["latency_ms"], bucket)
    for code, size in _sums(route, pc.fill_null(columns["bytes"], 0)):
        routes[code]["bytes"] += size
    for status_code, n in by_status.items():
        yield ("status", status_code), n
    for code, found in routes.items():
        method, path = divmod(code, width)
        yield ("route", method_names[method], folded[path]), found


def _add_latencies(routes: dict[int, dict[str, Any]], route: Any, ms: Any, bucket: Callable[[float], str]) -> None:
    """Each route's latency bucket counts and its latency in microseconds, of its rows timed >= 0 ms."""
    import pyarrow.compute as pc

    timed = pc.fill_null(pc.greater_equal(ms, 0), False)
    if not timed.true_count:
        return
    if timed.true_count < len(timed):
        route, ms = route.filter(timed), ms.filter(timed)
    ms = pc.dictionary_encode(ms)
    values = ms.dictionary.to_pylist()
    buckets, bucket_codes = _codes([bucket(value) for value in values])
    at = ms.indices.cast("int64")
    for code, indices, counts in _grouped(route, len(buckets), pc.take(bucket_codes, at)):
        routes[code]["buckets"] = dict(zip(map(buckets.__getitem__, indices), counts, strict=True))
    micros = int64_array([round(value * 1000) for value in values])
    for code, total in _sums(route, pc.take(micros, at)):
        routes[code]["latency_us"] += total
