"""http: status counts equal a line-by-line count, latency percentiles are within 1% of exact ones."""

from __future__ import annotations

import json
import math
import random
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from helpers import run_job
from logmr.analyses.http import QUANTILES, quantiles, route_of


@pytest.mark.parametrize(
    ("path", "route"),
    [
        ("/users/42", "/users/:id"),
        ("/users/42/orders/7?expand=items#top", "/users/:id/orders/:id"),
        ("/files/3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b", "/files/:uuid"),
        ("/blobs/0123456789abcdef0123", "/blobs/:hex"),
        ("/v2/api", "/v2/api"),  # a segment with a digit that is not an identifier stays
        ("/abcdefabcdefabcdef", "/abcdefabcdefabcdef"),  # hex letters only: a word, not an id
        ("?q=1", "/"),
        ("", "-"),
        (None, "-"),
    ],
)
def test_routes_fold_identifiers(path: str | None, route: str) -> None:
    assert route_of(path) == route


def test_ascii_paths_fold_as_segment_by_segment() -> None:
    """route_of folds an ASCII path with three regexes: the same routes as folding each segment."""
    from logmr.analyses.http import _segment

    parts = ["", "42", "x1", "3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b", "0123456789abcdef0123", "0123456789012345678"]
    parts += ["abcdefabcdefabcdef", "v2", "42a", "a42", "3F2B8C1E-9A4D-4E6F-8B2A-1C3D5E7F9A0B", "0123456789abcdeZ"]
    rng = random.Random(5)
    for _ in range(3000):
        path = "/".join(rng.choice(parts) for _ in range(rng.randint(1, 6)))
        path = ("/" if rng.random() < 0.8 else "") + path
        if any(c.isdigit() for c in path):
            assert route_of(path) == "/".join(_segment(s) for s in path.split("/")), path


@pytest.mark.parametrize("raw", [False, True])
def test_routes_folded_in_arrow_are_route_of(raw: bool) -> None:
    """route_codes (segments folded by Arrow's RE2, for a block's distinct paths: the distinct
    routes and each path's index among them) gives route_of's route for every path: identifiers,
    words of hex letters, query strings, empty and null paths."""
    import pyarrow as pa

    from logmr.analyses.http_arrow import route_codes

    def routes_of(paths: pa.Array, raw: bool) -> list[str]:
        routes, codes = route_codes(paths, raw)
        return [routes[code] for code in codes.to_pylist()]

    parts = ["", "42", "x1", "3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b", "0123456789abcdef0123", "abcdefabcdefabcdef"]
    parts += ["v2", "42a", "3F2B8C1E-9A4D-4E6F-8B2A-1C3D5E7F9A0B", "0123456789abcdeZ", "7?q=1/2", "a#3", "?", "%41"]
    rng = random.Random(6)
    paths = ["/".join(rng.choices(parts, k=rng.randint(1, 6))) for _ in range(3000)]
    paths = [("/" if rng.random() < 0.8 else "") + path for path in paths]
    paths += ["", None, "?q=1", "#", "/", "//", "/abcdef01-abcd-abcd-abcd-abcdefabcdef/x"]
    assert routes_of(pa.array(paths, pa.large_string()), raw) == [route_of(path, raw) for path in paths]
    assert routes_of(pa.array(["/ü/42", "/42"]), raw) == [route_of("/ü/42", raw), route_of("/42", raw)]


def test_raw_paths_keep_identifiers() -> None:
    assert route_of("/users/42?x=1", raw=True) == "/users/42"


def _access_log(path: Path, lines: int, seed: int) -> list[tuple[str, str, int, float, int]]:
    """Combined access log lines with a trailing request time in seconds; returns what each says."""
    rng = random.Random(seed)
    rows = []
    with path.open("w") as out:
        for i in range(lines):
            method = rng.choice(["GET", "GET", "GET", "POST", "DELETE"])
            target = rng.choice(["/", "/login", f"/users/{rng.randint(1, 999)}", f"/items/{rng.randint(1, 50)}?page=2"])
            status = rng.choice([200] * 20 + [201, 301, 404, 404, 500, 503])
            seconds = round(rng.lognormvariate(-3, 1.2), 6)
            size = rng.randint(0, 50_000)
            out.write(
                f'10.0.{i % 256}.{i % 200} - - [01/Nov/2026:10:{i % 60:02d}:00 +0000] "{method} {target} HTTP/1.1" '
                f'{status} {size} "-" "curl/8.5.0" {seconds}\n'
            )
            rows.append((method, target, status, seconds * 1000, size))
    return rows


def _exact(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[math.floor(q * (len(ordered) - 1))]


def test_http_summary_against_a_line_by_line_reference(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    rows = _access_log(log, 30_000, seed=3)
    _, result = run_job("http", [log], tmp_path / "out", split_size=64 * 1024, partitions=4, workers=2)
    summary = result["summary"]

    # The reference: plain Python over what was written, with the routes folded by hand.
    def folded(target: str) -> str:
        path = target.split("?")[0]
        head, _, tail = path.rpartition("/")
        return f"{head}/:id" if tail.isdigit() else path

    statuses = Counter(str(status) for _, _, status, _, _ in rows)
    assert summary["requests"] == len(rows)
    assert summary["status"] == dict(sorted(statuses.items(), key=lambda kv: int(kv[0])))
    assert summary["error_rate"] == round(sum(1 for r in rows if r[2] >= 500) / len(rows), 6)

    latencies = [ms for _, _, _, ms, _ in rows]
    for name, q in QUANTILES.items():
        exact = _exact(latencies, q)
        assert summary["latency"][name] == pytest.approx(exact, rel=0.0101), name
    assert summary["latency"]["mean"] == pytest.approx(sum(latencies) / len(latencies), abs=1e-3)

    per_route: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    for row in rows:
        per_route[(row[0], folded(row[1]))].append(row)
    assert summary["distinct_routes"] == len(per_route)
    for found in summary["routes"]:
        mine = per_route[(found["method"], found["route"])]
        assert found["requests"] == len(mine)
        assert found["classes"].get("5xx", 0) == sum(1 for r in mine if r[2] >= 500)
        assert found["bytes"] == sum(r[4] for r in mine)
        assert found["latency"]["p95"] == pytest.approx(_exact([r[3] for r in mine], 0.95), rel=0.0101)
    slowest = [r["latency"]["p95"] for r in summary["slowest"]]
    assert slowest == sorted(slowest, reverse=True) and slowest


def test_quantiles_of_buckets_follow_the_rank_rule() -> None:
    # Ten values in ten buckets: p50 is the 5th smallest (rank 4.5 -> index 4).
    from logmr.analyses.http import bucket_value, latency_bucket

    values = [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0, 512.0]
    found = quantiles(Counter(latency_bucket(v) for v in values))
    assert found["p50"] == pytest.approx(16.0, rel=0.01)
    assert found["p99"] == pytest.approx(256.0, rel=0.01)
    assert found["max"] == pytest.approx(512.0, rel=0.01)
    assert bucket_value(latency_bucket(0.0)) == 0.0


def test_records_without_a_status_are_not_requests(tmp_path: Path) -> None:
    log = tmp_path / "app.jsonl"
    lines = [
        {"message": "GET /a done", "status": 200, "method": "GET", "path": "/a", "latency_ms": 12.5},
        {"message": "no http here", "latency_ms": 3.0},
        {"message": "POST /a", "status": "503", "method": "post", "path": "/a?x=1", "duration_ms": 250},
    ]
    log.write_text("".join(json.dumps(line) + "\n" for line in lines))
    _, result = run_job("http", [log], tmp_path / "out")
    summary = result["summary"]
    assert summary["requests"] == 2
    assert summary["status"] == {"200": 1, "503": 1}
    assert [(r["method"], r["route"], r["requests"]) for r in summary["routes"]] == [
        ("GET", "/a", 1),
        ("POST", "/a", 1),
    ]
    assert summary["latency"]["max"] == pytest.approx(250, rel=0.01)


def test_top_and_slowest_routes_among_thousands(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    rows = _access_log(log, 20_000, seed=11)
    _, result = run_job("http", [log], tmp_path / "out", options={"raw_paths": True, "min_requests": 3}, partitions=3)
    summary = result["summary"]
    per_route: dict[tuple[str, str], list[float]] = defaultdict(list)
    for method, target, _, ms, _ in rows:
        per_route[(method, target.split("?")[0])].append(ms)
    assert summary["distinct_routes"] == len(per_route) > 1000
    expected = sorted(per_route, key=lambda r: (-len(per_route[r]), r))[:20]
    assert [(r["method"], r["route"]) for r in summary["routes"]] == expected
    slow = summary["slowest"]
    assert len(slow) == 10 and all(r["timed"] >= 3 for r in slow)
    p95s = {route: _exact(v, 0.95) for route, v in per_route.items() if len(v) >= 3}
    slowest_exact = sorted(p95s.values(), reverse=True)[:10]
    for found, exact in zip(slow, slowest_exact, strict=True):  # within the sketch's 1%
        assert found["latency"]["p95"] == pytest.approx(exact, rel=0.0201)


def test_top_keeps_the_smallest_keys_offered() -> None:
    from logmr.job import Top

    rng = random.Random(4)
    items = [(rng.randint(0, 30), f"name{rng.randint(0, 99):02d}") for _ in range(500)]
    top = Top(7)
    for count, name in items:
        top.offer((-count, name), (count, name))
    assert list(top) == sorted(items, key=lambda item: (-item[0], item[1]))[:7]


def test_a_batch_maps_to_what_its_records_map_to_one_by_one() -> None:
    """map_batch groups a block's rows before the per-route work: the same pairs as mapping each
    record alone and combining (requests without a status, untimed and negative latencies too)."""
    from logmr.analyses.http import Http
    from logmr.formats import Record

    rng = random.Random(5)
    records = [
        Record(
            message="",
            status=rng.choice([200, 201, 404, 500, None]),
            method=rng.choice(["GET", "post", None]),
            path=rng.choice(["/users/1", "/users/2?x=1", "/a", None, "/f/0123456789abcdef0"]),
            latency_ms=rng.choice([None, -1.0, 0.0, 0.5, 12.25, 3000.0]),
            bytes=rng.choice([0, None, 10, 512]) or 0,
        )
        for _ in range(2000)
    ]
    job = Http({})
    columns = {name: [getattr(record, name) for record in records] for name in Http.fields}

    def combined(pairs):
        grouped = defaultdict(list)
        for key, value in pairs:
            grouped[key].append(value)
        return {key: next(iter(job.combine(key, values)))[1] for key, values in grouped.items()}

    one_by_one = combined(pair for record in records for pair in Http({}).map(record))
    assert combined(job.map_batch(columns)) == one_by_one
    # and map_arrow, for a block an access log kernel read into Arrow arrays
    import pyarrow as pa

    arrays = {name: pa.array(column) for name, column in columns.items()}
    assert combined(Http({}).map_arrow(arrays)) == one_by_one
    raw = {key for key in combined(Http({"raw_paths": True}).map_arrow(arrays)) if key[0] == "route"}
    assert raw == {key for key in combined(Http({"raw_paths": True}).map_batch(columns)) if key[0] == "route"}
    assert sum(v for k, v in one_by_one.items() if k[0] == "status") == sum(r.status is not None for r in records)
    # and as the access log kernel gives method and path: dictionaries sharing their indices (one
    # entry per distinct request), a method or path written in more than one entry
    entries = sorted({(m, p) for m, p in zip(columns["method"], columns["path"], strict=True)}, key=str) * 2
    where = {entry: [i for i, e in enumerate(entries) if e == entry] for entry in set(entries)}
    indices = pa.array([rng.choice(where[pair]) for pair in zip(columns["method"], columns["path"], strict=True)])
    coded = arrays | {
        name: pa.DictionaryArray.from_arrays(indices, pa.array([entry[i] for entry in entries]))
        for i, name in enumerate(("method", "path"))
    }
    pairs = list(Http({}).map_arrow(coded))
    assert combined(pairs) == one_by_one
    assert len(pairs) == len({key for key, _ in pairs})  # (each route once a block)
