"""http: HTTP status and latency summaries, overall and per route.

Every record with an HTTP status counts as one request. Latency is kept as counts per
logarithmic bucket (DDSketch's mapping, 1% relative accuracy): the buckets are plain counts,
so they combine and reduce like any other count and give percentiles within 1% of the exact
value at any scale. A route is the method and the path with its query string dropped and the
segments that are identifiers (numbers, UUIDs, long hex strings) replaced by `:id`, `:uuid`,
`:hex`, so that `/users/42` and `/users/7` add up as `GET /users/:id`.

Keys and values:
    ["status", status] -> requests with that status code
    ["route", method, route] -> the route's requests per class ("2xx" .. "5xx"), its latency
        bucket counts, its latency in microseconds (integers: exact sums in any order), its bytes;
        merged by adding, and given its percentiles in the reduce. One value per route keeps the
        summary's memory bounded: it keeps the top routes only, however many routes there are.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import compress
from typing import Annotated, Any

import msgspec
from ddsketch.mapping import LogarithmicMapping
from msgspec import Meta

from ..formats import Record
from ..job import Job, KeyValue, Top
from ..job.presentation import Bars, Column, Table, Text
from .http_arrow import route_codes, route_pairs
from .http_routes import _segment, route_of  # noqa: F401  (_segment: tests compare it)

RELATIVE_ACCURACY = 0.01
QUANTILES = {"p50": 0.5, "p90": 0.9, "p95": 0.95, "p99": 0.99}
TOP_ROUTES = 20
SLOWEST_ROUTES = 10
#: Latencies below this many milliseconds fall into the zero bucket (reported as 0).
MIN_LATENCY_MS = 1e-3
ZERO_BUCKET = -(2**31)
#: Distinct (method, path) and latency values remembered between blocks.
ROUTE_CACHE = 20_000

_MAPPING = LogarithmicMapping(RELATIVE_ACCURACY)


class HttpOptions(msgspec.Struct, forbid_unknown_fields=True):
    raw_paths: Annotated[
        bool,
        Meta(description="keep paths as written (query string still dropped) instead of folding identifiers"),
    ] = False
    min_requests: Annotated[
        int, Meta(ge=1, description="routes with fewer timed requests are left out of the slowest routes")
    ] = 10


def latency_bucket(ms: float) -> int:
    """The DDSketch bucket of a latency in milliseconds."""
    return ZERO_BUCKET if ms < MIN_LATENCY_MS else _MAPPING.key(ms)


def bucket_value(bucket: int) -> float:
    """A latency within 1% of every latency in the bucket."""
    return 0.0 if bucket == ZERO_BUCKET else _MAPPING.value(bucket)


def quantiles(buckets: dict[int, int]) -> dict[str, float]:
    """p50..p99 from bucket counts, with DDSketch's rank rule: the value of rank q * (n - 1)."""
    ordered = sorted(buckets.items())
    n = sum(count for _, count in ordered)
    found: dict[str, float] = {}
    if not n:
        return found
    for name, q in QUANTILES.items():
        rank, seen = q * (n - 1), 0
        for bucket, count in ordered:
            seen += count
            if seen > rank:
                found[name] = round(bucket_value(bucket), 3)
                break
    found["max"] = round(bucket_value(ordered[-1][0]), 3)
    return found


def status_class(status: int) -> str:
    return f"{status // 100}xx"


class Http(Job):
    name = "http"
    description = "HTTP requests per status, and per route with error rates and latency percentiles."
    Options = HttpOptions
    fields = ("status", "method", "path", "latency_ms", "bytes")
    presentation = [
        Text(
            "{requests|count} requests, {error_rate|percent} 5xx; latency p50 {latency.p50|ms} ms, "
            "p95 {latency.p95|ms} ms, p99 {latency.p99|ms} ms"
        ),
        Bars("Requests per status", rows="status", label="0", value="1", drill=["status={0}"]),
        Bars(
            "Busiest routes",
            rows="routes",
            label=["method", "route"],
            value="requests",
            limit=15,
            drill=["method={method}", "path~{route|route}"],
        ),
        Bars("Slowest routes (p95 ms)", rows="slowest", label=["method", "route"], value="latency.p95", format="ms"),
        Table(
            "HTTP: {requests|count} requests, {error_rate|percent} 5xx, {distinct_routes} routes",
            rows="routes",
            columns=[
                Column("route", ["method", "route"]),
                Column("requests", "requests", "compact"),
                Column("4xx", "classes.4xx", "compact"),
                Column("5xx", "classes.5xx", "compact"),
                *(Column(f"{name} ms", f"latency.{name}", "ms") for name in ("p50", "p95", "p99")),
            ],
            total="",
        ),
    ]

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        self._routes: dict[tuple[Any, Any], tuple[str, str]] = {}
        self._buckets: dict[float, str] = {}

    def _route(self, method: str | None, path: str | None) -> tuple[str, str]:
        route = self._routes.get((method, path))
        if route is None:
            if len(self._routes) > ROUTE_CACHE:
                self._routes.clear()
            route = self._routes[(method, path)] = ((method or "-").upper(), route_of(path, self.options.raw_paths))
        return route

    def _bucket(self, ms: float) -> str:
        bucket = self._buckets.get(ms)
        if bucket is None:
            if len(self._buckets) > ROUTE_CACHE:
                self._buckets.clear()
            bucket = self._buckets[ms] = str(latency_bucket(ms))  # JSON object keys are strings
        return bucket

    def map(self, record: Record) -> Iterable[KeyValue]:
        yield from self.map_batch({name: [getattr(record, name)] for name in self.fields})

    def map_batch(self, columns: dict[str, list[Any]]) -> Iterator[KeyValue]:
        # Each row's route looked up once per distinct (method, path), then the rows counted by
        # (route, status) and (route, latency) in C: Python works per distinct key, not per row.
        statuses = columns["status"]
        requests = [status is not None for status in statuses]
        every = all(requests)
        pick = (lambda name: columns[name]) if every else (lambda name: list(compress(columns[name], requests)))
        pairs = list(zip(pick("method"), pick("path"), strict=True))
        where = {pair: self._route(*pair) for pair in set(pairs)}
        routes_of = list(map(where.__getitem__, pairs))
        routes = {route: {"classes": {}, "buckets": {}, "latency_us": 0, "bytes": 0} for route in where.values()}
        by_status: Counter = Counter()
        for (route, status), n in Counter(zip(routes_of, pick("status"), strict=True)).items():
            by_status[status] += n
            classes = routes[route]["classes"]
            name = status_class(status)
            classes[name] = classes.get(name, 0) + n
        for (route, ms), n in Counter(zip(routes_of, pick("latency_ms"), strict=True)).items():
            if ms is not None and ms >= 0:
                found = routes[route]
                bucket = self._bucket(ms)
                found["buckets"][bucket] = found["buckets"].get(bucket, 0) + n
                found["latency_us"] += round(ms * 1000) * n
        sizes: dict[tuple[str, str], int] = {}
        for route, size in zip(routes_of, pick("bytes"), strict=True):
            if size:
                sizes[route] = sizes.get(route, 0) + size
        for route, size in sizes.items():
            routes[route]["bytes"] += size
        for status, n in by_status.items():
            yield ("status", status), n
        for (method, route), found in routes.items():
            yield ("route", method, route), found

    def map_arrow(self, columns: dict[str, Any]) -> Iterator[KeyValue]:
        """map_batch's pairs for a block an access log kernel read into Arrow arrays."""
        return route_pairs(columns, lambda paths: route_codes(paths, self.options.raw_paths), self._bucket)

    def combine(self, key: Any, values: Iterable[Any]) -> Iterable[KeyValue]:
        if key[0] == "status":
            yield key, sum(values)
            return
        values = iter(values)
        first = next(values, {"classes": {}, "buckets": {}, "latency_us": 0, "bytes": 0})
        # (the first value's dicts copied, then added to in place: a Counter's update loops slower)
        classes, buckets = dict(first["classes"]), dict(first["buckets"])
        latency_us, size = first["latency_us"], first["bytes"]
        for value in values:
            for name, n in value["classes"].items():
                classes[name] = classes.get(name, 0) + n
            known = buckets.get
            for bucket, n in value["buckets"].items():
                buckets[bucket] = known(bucket, 0) + n
            latency_us += value["latency_us"]
            size += value["bytes"]
        yield key, {"classes": classes, "buckets": buckets, "latency_us": latency_us, "bytes": size}

    def reduce(self, key: Any, values: Iterable[Any]) -> Iterable[KeyValue]:
        for _, merged in self.combine(key, values):
            if key[0] == "route":  # the final row also says what the buckets mean
                buckets = dict(sorted(merged["buckets"].items(), key=lambda item: int(item[0])))
                merged = _route_row(key[1], key[2], merged) | {"buckets": buckets}
            yield key, merged

    def summarize(self, results: Iterator[KeyValue]) -> dict[str, Any]:
        statuses: Counter = Counter()
        everything: Counter = Counter()
        latency_us = distinct_routes = 0
        busiest, slowest = Top(TOP_ROUTES), Top(SLOWEST_ROUTES)
        for key, value in results:
            if key[0] == "status":
                statuses[int(key[1])] += value
                continue
            distinct_routes += 1
            everything.update({int(bucket): n for bucket, n in value["buckets"].items()})
            latency_us += value["latency_us"]
            row = {name: item for name, item in value.items() if name not in ("buckets", "latency_us")}
            name = (row["method"], row["route"])
            busiest.offer((-row["requests"], name), row)
            if row["latency"] and row["timed"] >= self.options.min_requests:
                slowest.offer((-row["latency"]["p95"], name), row)
        requests = sum(statuses.values())
        classes: Counter = Counter()
        for status, count in statuses.items():
            classes[status_class(status)] += count
        timed = sum(everything.values())
        return {
            "requests": requests,
            "status": {str(status): statuses[status] for status in sorted(statuses)},
            "classes": dict(sorted(classes.items())),
            "error_rate": round(classes["5xx"] / requests, 6) if requests else 0.0,
            "latency": {"count": timed, "mean": round(latency_us / 1000 / timed, 3) if timed else None}
            | quantiles(dict(everything)),
            "distinct_routes": distinct_routes,
            "routes": list(busiest),
            "slowest": list(slowest),
            "relative_accuracy": RELATIVE_ACCURACY,
        }


def _route_row(method: str, path: str, entry: dict[str, Any]) -> dict[str, Any]:
    classes = entry["classes"]
    requests = sum(classes.values())
    buckets = {int(bucket): n for bucket, n in entry["buckets"].items()}
    timed = sum(buckets.values())
    return {
        "method": method,
        "route": path,
        "requests": requests,
        "classes": dict(sorted(classes.items())),
        "error_rate": round(classes.get("5xx", 0) / requests, 6) if requests else 0.0,
        "timed": timed,
        "latency": quantiles(buckets) | {"mean": round(entry["latency_us"] / 1000 / timed, 3)} if timed else {},
        "bytes": entry["bytes"],
        "latency_us": entry["latency_us"],
    }
