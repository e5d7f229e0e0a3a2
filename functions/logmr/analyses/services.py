"""services: record counts per (service, level), with per-service totals and error rates."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from ..formats import LEVELS, Record
from ..job import CountJob, KeyValue
from ..job.presentation import Column, Stacked, Table

ERROR_LEVELS = ("ERROR", "FATAL")


class Services(CountJob):
    name = "services"
    description = "Record counts per (service, level), per-service totals and error rates."
    fields = ("service", "level")
    #: map() yields (service, level) -> 1: the parser can count these itself (Batch.count_block).
    count_fields = ("service", "level")
    presentation = [
        Stacked(
            "Records per service and level",
            rows="services",
            label="service",
            parts="levels",
            total="total",
            note="{error_rate|percent:1} err",
            drill=["service={service|quoted}"],
        ),
        Table(
            "Records per service and level ({distinct_services} services)",
            rows="services",
            columns=[
                Column("service", "service"),
                Column("total", "total", "compact"),
                *(Column(level, f"levels.{level}", "compact") for level in LEVELS),
                Column("errors", "error_rate", "percent"),
            ],
            total="",
        ),
    ]

    def map(self, record: Record) -> Iterable[KeyValue]:
        yield (record.service, record.level), 1

    def map_batch(self, columns: dict[str, list[Any]]) -> Counter:
        return Counter(zip(columns["service"], columns["level"], strict=True))

    def summarize(self, results: Iterator[KeyValue]) -> dict[str, Any]:
        table: dict[str, dict[str, int]] = {}
        for (service, level), count in results:
            row = table.setdefault(service if service is not None else "-", dict.fromkeys(LEVELS, 0))
            row[level] = row.get(level, 0) + count
        rows = []
        for service, levels in table.items():
            total = sum(levels.values())
            errors = sum(levels.get(level, 0) for level in ERROR_LEVELS)
            rows.append(
                {
                    "service": service,
                    "total": total,
                    "levels": levels,
                    "errors": errors,
                    "error_rate": round(errors / total, 6) if total else 0.0,
                }
            )
        rows.sort(key=lambda r: (-r["total"], r["service"]))
        level_totals = {level: sum(r["levels"].get(level, 0) for r in rows) for level in LEVELS}
        return {
            "services": rows,
            "levels": level_totals,
            "total": sum(level_totals.values()),
            "distinct_services": len(rows),
        }
