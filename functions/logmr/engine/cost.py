"""What a job cost on AWS, estimated from what it used, at documented prices.

Prices are public on-demand list prices for us-east-1 (x86 Lambda, Step Functions Standard,
S3 Standard, DynamoDB on-demand) as of 2026-11; override any of them with LOGMR_PRICE_<NAME>
(e.g. LOGMR_PRICE_STATE_TRANSITION=0.0000275 for another region); arm64 functions are priced at
lambda_gb_second_arm64. Usage is counted once per task, so a
task retried after a failure is counted once: the estimate is a floor by that much.
"""

from __future__ import annotations

import os
from typing import Any

PRICES_USD = {
    "lambda_gb_second": 0.0000166667,
    "lambda_gb_second_arm64": 0.0000133334,
    "lambda_request": 0.20 / 1_000_000,
    "lambda_storage_gb_second": 0.0000000309,  # ephemeral storage beyond the free 512 MB
    "state_transition": 0.025 / 1_000,
    "s3_put_request": 0.005 / 1_000,
    "s3_get_request": 0.0004 / 1_000,
    "dynamodb_write_unit": 0.625 / 1_000_000,
    "dynamodb_read_unit": 0.125 / 1_000_000,
}
USAGE = (
    "lambda_mb_ms",
    "lambda_storage_mb_ms",
    "lambda_requests",
    "s3_get",
    "s3_put",
    "ddb_write_units",
    "ddb_read_units",
)


def prices() -> dict[str, float]:
    """The prices in force: the defaults above, each overridable by LOGMR_PRICE_<NAME>."""
    return {name: float(os.environ.get(f"LOGMR_PRICE_{name.upper()}", value)) for name, value in PRICES_USD.items()}


def state_transitions(maps: int, partitions: int, steps: int) -> int:
    """Transitions of one execution of statemachine/mapreduce.asl.json (each state entered): Plan,
    RememberMaps and Finalize; per step its MapPhase, ReducePhase and MoreSteps states and, after
    the first, PlanNextStep; two per map item (AWS bills one per child execution the Distributed
    Map starts, and its MapTask) and one per reduce item (Inline Map iterations are not billed,
    their ReduceTask states are). tests/test_estimate.py counts the states moto's run entered."""
    return transitions_of([maps] * steps, partitions)


def transitions_of(maps_per_step: list[int], reduces: int | list[int]) -> int:
    """state_transitions for steps that map different numbers of splits (and reduce `reduces`
    partitions each, or as many as listed per step: none for a map-only step)."""
    per_step = reduces if isinstance(reduces, list) else [reduces] * len(maps_per_step)
    return 2 + sum(4 + 2 * maps + count for maps, count in zip(maps_per_step, per_step, strict=True))


def estimate(
    usage: dict[str, int],
    maps: int,
    partitions: int,
    steps: int,
    transitions: int | None = None,
    architecture: str = "x86_64",
) -> dict[str, Any]:
    """Cost line items and total in USD, with the usage and prices they come from. `transitions`
    when known (else the count of `steps` steps of `maps` map items each); arm64 or x86_64 Lambda."""
    price = prices()
    if transitions is None:
        transitions = state_transitions(maps, partitions, steps)
    gb_second = price["lambda_gb_second_arm64" if architecture == "arm64" else "lambda_gb_second"]
    items = {
        "lambda_compute": usage.get("lambda_mb_ms", 0) / 1024 / 1000 * gb_second,
        "lambda_requests": usage.get("lambda_requests", 0) * price["lambda_request"],
        "lambda_storage": usage.get("lambda_storage_mb_ms", 0) / 1024 / 1000 * price["lambda_storage_gb_second"],
        "step_functions": transitions * price["state_transition"],
        "s3_requests": usage.get("s3_put", 0) * price["s3_put_request"]
        + usage.get("s3_get", 0) * price["s3_get_request"],
        "dynamodb": usage.get("ddb_write_units", 0) * price["dynamodb_write_unit"]
        + usage.get("ddb_read_units", 0) * price["dynamodb_read_unit"],
    }
    return {
        "usd": round(sum(items.values()), 12),
        "items_usd": {name: round(value, 12) for name, value in items.items()},
        "usage": {
            **{name: usage.get(name, 0) for name in USAGE},
            "state_transitions": transitions,
            "lambda_gb_seconds": round(usage.get("lambda_mb_ms", 0) / 1024 / 1000, 3),
        },
        "prices_usd": price,
    }
