"""What changed between two jobs of the same analysis, from their full output rows (not their
summaries' top rows, so that "new" means absent from the baseline, not below its top 20).

- templates: the templates that are new and those that vanished, and those whose share of the
  records changed most;
- services: per service, records and error rate (ERROR + FATAL) before and after, the largest
  error-rate changes first;
- http: per route, requests, 5xx rate and p95 before and after, the largest changes first;
- timeline: each level's share of the records;
- any other job whose values are numbers: the keys whose share changed most, new and vanished.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from ..job.job import KeyValue

TOP = 20
ERROR_LEVELS = ("ERROR", "FATAL")


class DiffError(ValueError):
    """Two jobs that cannot be compared (another analysis, a job not finished)."""


def _share(count: float, total: float) -> float:
    return round(count / total, 6) if total else 0.0


def _shares(before: dict[Any, float], after: dict[Any, float], label: str) -> dict[str, Any]:
    """New, vanished and most-changed keys of two {key: count} tables."""
    total_a, total_b = sum(before.values()), sum(after.values())
    rows = []
    for key in before.keys() | after.keys():
        a, b = _share(before.get(key, 0), total_a), _share(after.get(key, 0), total_b)
        rows.append(
            {
                label: key,
                "before": before.get(key, 0),
                "after": after.get(key, 0),
                "share_before": a,
                "share_after": b,
                "change": round(b - a, 6),
            }
        )
    rows.sort(key=lambda row: (-abs(row["change"]), str(row[label])))
    return {
        "total_before": total_a,
        "total_after": total_b,
        "new": sorted((r for r in rows if not r["before"]), key=lambda r: -r["after"])[:TOP],
        "vanished": sorted((r for r in rows if not r["after"]), key=lambda r: -r["before"])[:TOP],
        "changed": [r for r in rows if r["before"] and r["after"]][:TOP],
    }


def _templates(rows: Iterable[KeyValue]) -> dict[Any, float]:
    return {key: value["count"] for key, value in rows}


def _parsed_templates(rows: Iterable[KeyValue]) -> dict[Any, float]:
    """parse's rows, one per record, counted per template."""
    return dict(Counter(value["template"] for _, value in rows))


def _services(rows: Iterable[KeyValue]) -> dict[str, tuple[int, int]]:
    totals: Counter = Counter()
    errors: Counter = Counter()
    for (service, level), count in rows:
        name = service if service is not None else "-"
        totals[name] += count
        if level in ERROR_LEVELS:
            errors[name] += count
    return {name: (totals[name], errors[name]) for name in totals}


def _services_diff(before: Iterable[KeyValue], after: Iterable[KeyValue]) -> dict[str, Any]:
    a, b = _services(before), _services(after)
    rows = []
    for name in a.keys() | b.keys():
        (ra, ea), (rb, eb) = a.get(name, (0, 0)), b.get(name, (0, 0))
        rate_a, rate_b = _share(ea, ra), _share(eb, rb)
        rows.append(
            {
                "service": name,
                "records_before": ra,
                "records_after": rb,
                "error_rate_before": rate_a,
                "error_rate_after": rate_b,
                "change": round(rate_b - rate_a, 6),
            }
        )
    rows.sort(key=lambda row: (-abs(row["change"]), row["service"]))
    return {"services": rows}


def _routes(rows: Iterable[KeyValue]) -> dict[tuple[str, str], dict[str, Any]]:
    routes = {}
    for key, value in rows:
        if key[0] == "route":
            requests = value["requests"]
            rate = _share(value["classes"].get("5xx", 0), requests)
            routes[(value["method"], value["route"])] = {
                "requests": requests,
                "error_rate": rate,
                "p95": (value.get("latency") or {}).get("p95"),
            }
    return routes


def _http_diff(before: Iterable[KeyValue], after: Iterable[KeyValue]) -> dict[str, Any]:
    a, b = _routes(before), _routes(after)
    rows = []
    for name in a.keys() | b.keys():
        ra, rb = a.get(name, {}), b.get(name, {})
        p95_a, p95_b = ra.get("p95"), rb.get("p95")
        rows.append(
            {
                "method": name[0],
                "route": name[1],
                "requests_before": ra.get("requests", 0),
                "requests_after": rb.get("requests", 0),
                "error_rate_before": ra.get("error_rate", 0.0),
                "error_rate_after": rb.get("error_rate", 0.0),
                "p95_before": p95_a,
                "p95_after": p95_b,
                "p95_change": round(p95_b - p95_a, 3) if p95_a is not None and p95_b is not None else None,
                "error_rate_change": round(rb.get("error_rate", 0.0) - ra.get("error_rate", 0.0), 6),
            }
        )
    by_rate = sorted(rows, key=lambda r: (-abs(r["error_rate_change"]), r["method"], r["route"]))
    by_p95 = sorted(
        (r for r in rows if r["p95_change"] is not None), key=lambda r: (-abs(r["p95_change"]), r["method"], r["route"])
    )
    return {"error_rate": by_rate[:TOP], "p95": by_p95[:TOP]}


def _numbers(rows: Iterable[KeyValue], levels_only: bool = False) -> dict[Any, float]:
    table: Counter = Counter()
    for key, value in rows:
        if isinstance(value, int | float):
            table[key[1] if levels_only else key] += value
    return dict(table)


def diff_jobs(analysis: str, before: Iterable[KeyValue], after: Iterable[KeyValue]) -> dict[str, Any]:
    """What changed from `before` (the baseline's output rows) to `after`, for `analysis`."""
    if analysis == "templates":
        return {"templates": _shares(_templates(before), _templates(after), "template")}
    if analysis == "parse":
        return {"templates": _shares(_parsed_templates(before), _parsed_templates(after), "template")}
    if analysis == "services":
        return _services_diff(before, after)
    if analysis == "http":
        return _http_diff(before, after)
    if analysis == "timeline":
        return {"levels": _shares(_numbers(before, True), _numbers(after, True), "level")}
    return {"keys": _shares(_numbers(before), _numbers(after), "key")}
