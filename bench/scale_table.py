"""The modeled price and time of jobs from 10 GB to 10 TB (docs/benchmarks.md's scale table).

    .venv/bin/python bench/scale_table.py [--analysis services] [--format json] [--object-size 1GiB]
        [--split-size auto|SIZE] [--memory 1769] [--map-concurrency 100] [--reduce-concurrency 40]
        [--partitions 16] [--architecture x86_64]

The inputs are objects of OBJECT_SIZE bytes (the last one smaller), cut by the planner's own
byte-range rule (engine/planner.py split_byte_ranges) at the split size the planner chooses
(engine/spec.py choose_split_size: about 10 s of one map task's work at the analysis's measured
rate on the format, within [64 MiB, 8 GiB] and at most about 2,000 tasks) unless --split-size names
one, and estimated by engine/estimate.py with the measured per-task rates of
engine/throughput.json: the same model as `logmr submit --dry-run`.
Prints one markdown row per size.
"""

from __future__ import annotations

import argparse

from logmr.engine.estimate import Capacity, estimate_job
from logmr.engine.planner import split_byte_ranges
from logmr.engine.sizes import parse_size
from logmr.engine.spec import JobSpec, Split, choose_split_size, max_splits

SIZES = (("10 GB", 10 * 10**9), ("126.8 GB", 126_800_000_000), ("1 TB", 10**12), ("10 TB", 10 * 10**12))


def splits_of(total: int, object_size: int, split_size: int, fmt: str) -> list[Split]:
    splits: list[Split] = []
    for number, start in enumerate(range(0, total, object_size)):
        size = min(object_size, total - start)
        for begin, end in split_byte_ranges(size, split_size):
            splits.append(Split(index=len(splits), uri=f"s3://logs/{number:06d}.log", start=begin, end=end, format=fmt))
    return splits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--analysis", default="services")
    parser.add_argument("--format", default="json")
    parser.add_argument("--object-size", default="1GiB")
    parser.add_argument("--split-size", default="auto")
    parser.add_argument("--memory", type=int, default=Capacity().memory_mb)
    parser.add_argument("--map-concurrency", type=int, default=100)
    parser.add_argument("--reduce-concurrency", type=int, default=40)
    parser.add_argument("--partitions", type=int, default=16)
    parser.add_argument("--architecture", default="x86_64", choices=("x86_64", "arm64"))
    args = parser.parse_args()
    capacity = Capacity(
        memory_mb=args.memory,
        map_concurrency=args.map_concurrency,
        reduce_concurrency=args.reduce_concurrency,
        architecture=args.architecture,
    )
    requested = None if args.split_size == "auto" else parse_size(args.split_size)
    print(
        "| input | split MiB | items (map + reduce) | transitions | Lambda GB-s | S3 GET + PUT "
        "| time s (plan/map/reduce) | Step Functions $ | Lambda $ | S3 $ | total $ |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |")
    for name, total in SIZES:
        split_size = choose_split_size(total, requested, args.analysis, args.format)
        spec = JobSpec(
            job_id="scale",
            analysis=args.analysis,
            inputs=["s3://logs/"],
            format=args.format,
            split_size=requested,
            partitions=args.partitions,
        )
        splits = splits_of(total, parse_size(args.object_size), split_size, args.format)
        document = estimate_job(spec, splits, 1, capacity)
        usage, items, seconds = document["cost"]["usage"], document["cost"]["items_usd"], document["seconds"]
        lambda_usd = items["lambda_compute"] + items["lambda_requests"] + items["lambda_storage"]
        over = f" (over the {max_splits():,}-split limit: the planner refuses it)" if len(splits) > max_splits() else ""
        print(
            f"| {name}{over} | {split_size / 2**20:,.0f} | {len(splits):,} + {args.partitions} | "
            f"{usage['state_transitions']:,} | "
            f"{usage['lambda_gb_seconds']:,.0f} | {usage['s3_get']:,} + {usage['s3_put']:,} | "
            f"{seconds['total']:,.0f} ({seconds['plan']:.0f}/{seconds['map']:,.0f}/{seconds['reduce']:,.0f}) | "
            f"{items['step_functions']:.3f} | {lambda_usd:.3f} | {items['s3_requests']:.3f} | "
            f"{document['cost']['usd']:.3f} |"
        )


if __name__ == "__main__":
    main()
