"""A job's price and time on AWS before it runs, modeled from its splits and measured rates.

The splits come from the planner itself; each map task's time from the per-task throughput of its
analysis on its input format, measured by bench/throughput.py on one core and written to
throughput.json beside this module; the prices and the state-transition count from engine/cost.py,
and the S3, DynamoDB and Lambda requests from the same per-task counts the AWS runtime records
(runners/stepfunctions.py), so that an estimate and a run's counted usage can be set side by side.

Assumptions (AWS does not publish the last four; each is a module constant, stated in docs/):
- Lambda gives a function one vCPU at 1,769 MB and proportionally less below; a task runs on one
  core, so memory beyond 1,769 MB buys no speed.
- One S3 GET stream reads S3_STREAM_BYTES_PER_S; each request waits S3_FIRST_BYTE_S first; a
  reduce task reads its map outputs READ_THREADS at a time, a merge group (DEFAULT_FAN_IN outputs)
  after another (engine/reducer.py), their bytes at one stream's rate (the concurrent streams'
  extra bandwidth is not counted: the estimate errs on the slow side).
- An invocation from a state adds INVOKE_OVERHEAD_S; a phase's first wave starts cold (COLD_START_S).
"""

from __future__ import annotations

import math
import os
from typing import Any

import msgspec

from . import cost
from .inputs import resolve_inputs
from .pieces import FETCH_THREADS
from .planner import plan_splits, split_size_of
from .pruning import prune
from .rates import S3_STREAM_BYTES_PER_S, rate, throughput_table
from .reducer import DEFAULT_FAN_IN
from .shuffle import READ_THREADS
from .spec import JobSpec, Split, work_prefix
from .steps import StepShape, shapes_of

VCPU_MB = 1769
S3_FIRST_BYTE_S = 0.02
S3_LIST_PAGE_S = 0.05
INVOKE_OVERHEAD_S = 0.06
COLD_START_S = 1.0
TRANSITION_S = 0.03
FINALIZE_S = 0.3
LIST_PAGE_KEYS = 1000
TASK_DONE_WRITES, UPDATE_WRITES, FREE_STORAGE_MB = 4, 1, 512
ASSUMPTIONS = {
    "vcpu_mb": VCPU_MB,
    "s3_stream_bytes_per_s": S3_STREAM_BYTES_PER_S,
    "s3_first_byte_s": S3_FIRST_BYTE_S,
    "invoke_overhead_s": INVOKE_OVERHEAD_S,
    "cold_start_s": COLD_START_S,
    "transition_s": TRANSITION_S,
}


class Capacity(msgspec.Struct, kw_only=True, frozen=True):
    """The deployment's knobs (template.yaml parameters): task memory, concurrency, architecture."""

    memory_mb: int = VCPU_MB  # template.yaml's LambdaMemory default: one vCPU
    control_memory_mb: int = 1024  # the plan and finalize functions
    ephemeral_mb: int = 2048
    map_concurrency: int = 100
    reduce_concurrency: int = 40
    architecture: str = "x86_64"

    @classmethod
    def from_environment(cls) -> Capacity:
        """The stack's own settings, as its functions see them (template.yaml's Globals)."""
        env, default = os.environ, cls()
        return cls(
            memory_mb=int(env.get("TASK_MEMORY_MB") or default.memory_mb),
            ephemeral_mb=int(env.get("TASK_EPHEMERAL_STORAGE_MB") or default.ephemeral_mb),
            map_concurrency=int(env.get("MAP_CONCURRENCY") or default.map_concurrency),
            reduce_concurrency=int(env.get("REDUCE_CONCURRENCY") or default.reduce_concurrency),
            architecture=env.get("LAMBDA_ARCHITECTURE") or default.architecture,
        )


def _cpu_share(memory_mb: int) -> float:
    return min(1.0, memory_mb / VCPU_MB)


def split_inputs(split: Split) -> list[str]:
    """The inputs a split reads: the whole ones it packs, or the one it reads a range of."""
    return [item.uri for item in split.objects] if split.objects else [split.uri]


def map_task_seconds(split: Split, analysis: str, capacity: Capacity) -> tuple[float, float]:
    """(seconds, shuffle bytes written) of one map task over a split of the first step: a split
    that packs whole inputs fetches them FETCH_THREADS at a time."""
    size = split.end - split.start
    fetches = math.ceil(len(split.objects) / FETCH_THREADS) if split.objects else 0
    measured = rate(analysis, split.format)
    shuffle = size * measured["shuffle_per_input_byte"]
    seconds = (
        INVOKE_OVERHEAD_S
        + size / (measured["map_bytes_per_s"] * _cpu_share(capacity.memory_mb))
        + (size + shuffle) / S3_STREAM_BYTES_PER_S
        + 4 * S3_FIRST_BYTE_S  # the spec and the input read, the shuffle and counters written
        + fetches * S3_FIRST_BYTE_S
    )
    return seconds, shuffle


def reduce_read_rounds(maps: int, fan_in: int = DEFAULT_FAN_IN, threads: int = READ_THREADS) -> int:
    """The requests a reduce task waits for one after another to read `maps` map outputs: two
    (an index, then a frame) per round of `threads` outputs, the rounds of one merge group of
    `fan_in` outputs after those of the previous group (engine/shuffle.py read_frames)."""
    full, rest = divmod(maps, fan_in)
    return 2 * (full * math.ceil(fan_in / threads) + math.ceil(rest / threads))


def reduce_task_seconds(maps: int, partition_bytes: float, reduce_bytes_per_s: float, capacity: Capacity) -> float:
    """One reduce task: the spec and the part file, and two requests per map output (its index,
    then its frame), READ_THREADS outputs at a time (reduce_read_rounds)."""
    return (
        INVOKE_OVERHEAD_S
        + (reduce_read_rounds(maps) + 2) * S3_FIRST_BYTE_S
        + partition_bytes / S3_STREAM_BYTES_PER_S
        + partition_bytes / (reduce_bytes_per_s * _cpu_share(capacity.memory_mb))
    )


def phase_seconds(task_seconds: list[float], concurrency: int) -> float:
    """Tasks run `concurrency` at a time: the work spread over the slots, or the longest task."""
    if not task_seconds:
        return 0.0
    return COLD_START_S + max(max(task_seconds), sum(task_seconds) / min(concurrency, len(task_seconds)))


class _Tally:
    """The usage counters of engine/cost.py, added up task by task as the runtime counts them."""

    def __init__(self, capacity: Capacity) -> None:
        self.capacity = capacity
        self.usage = dict.fromkeys(cost.USAGE, 0)
        self.extra_storage_mb = max(0, capacity.ephemeral_mb - FREE_STORAGE_MB)

    def task(self, seconds: float, memory_mb: int, gets: int, puts: int, writes: int) -> None:
        self.usage["lambda_mb_ms"] += int(seconds * 1000 * memory_mb)
        self.usage["lambda_storage_mb_ms"] += int(seconds * 1000 * self.extra_storage_mb)
        self.usage["lambda_requests"] += 1
        self.usage["s3_get"] += gets
        self.usage["s3_put"] += puts
        self.usage["ddb_write_units"] += writes + TASK_DONE_WRITES


def _model_steps(spec: JobSpec, splits: list[Split], shapes: list[StepShape], tally: _Tally) -> dict[str, Any]:
    """Every step's map and reduce tasks: their count, seconds and usage (into `tally`)."""
    capacity, partitions = tally.capacity, spec.partitions
    reduce_rate = min((rate(spec.analysis, s.format)["reduce_bytes_per_s"] for s in splits), default=1e6)
    maps_per_step, reduces_per_step, map_s, reduce_s = [], [], 0.0, 0.0
    step_bytes = 0.0
    for step, shape in enumerate(shapes):
        if shape.inputs:
            timed = [map_task_seconds(split, spec.analysis, capacity) for split in splits]
            reads = [1 if shape.carry and step else len(split_inputs(split)) for split in splits]
        else:
            per_task = step_bytes / partitions  # a later step maps the previous step's parts
            seconds = (
                INVOKE_OVERHEAD_S + 4 * S3_FIRST_BYTE_S + per_task / reduce_rate + per_task / S3_STREAM_BYTES_PER_S
            )
            timed, reads = [(seconds, per_task)] * partitions, [1] * partitions
        side = partitions * shape.side
        for (seconds, _), inputs in zip(timed, reads, strict=True):
            tally.task(
                seconds + side * S3_FIRST_BYTE_S,
                capacity.memory_mb,
                gets=1 + inputs + side,
                puts=2 + shape.digest + (shape.carry and not step),
                writes=0,
            )
        shuffle = sum(written for _, written in timed)
        # none for a map-only step: its map tasks write its parts
        reduces = (
            [reduce_task_seconds(len(timed), shuffle / partitions, reduce_rate, capacity)] * shape.reduces * partitions
        )
        for seconds in reduces:
            tally.task(
                seconds, capacity.memory_mb, gets=1 + 2 * len(timed), puts=1 + shape.summary, writes=UPDATE_WRITES
            )
        map_s += phase_seconds([s for s, _ in timed], capacity.map_concurrency)
        reduce_s += phase_seconds(reduces, capacity.reduce_concurrency)
        maps_per_step.append(len(timed))
        reduces_per_step.append(len(reduces))
        step_bytes = shuffle
        if step > 0:  # planning the step: the spec, each previous output's size (or the first
            # step's manifest, for a step over the inputs); its manifest
            gets = 2 if shape.inputs else 1 + partitions
            tally.task(INVOKE_OVERHEAD_S + (gets + 1) * S3_FIRST_BYTE_S, capacity.control_memory_mb,
                       gets=gets, puts=1, writes=2 * UPDATE_WRITES)  # fmt: skip
    return {"maps": maps_per_step, "reduces": reduces_per_step, "map_s": map_s, "reduce_s": reduce_s}


def estimate_job(
    spec: JobSpec, splits: list[Split], steps: int | list[StepShape], capacity: Capacity, plan_puts: int = 3
) -> dict[str, Any]:
    """Tasks, modeled wall time and cost line items of a planned job on AWS, nothing started.
    `plan_puts`: the objects the plan writes (spec, manifest, this estimate, and the pruned list
    where there is one); it reads the listing's pages, the head of each input cut into ranges
    (engine/packing.py) and the manifest."""
    tally = _Tally(capacity)
    files = len({uri for split in splits for uri in split_inputs(split)})
    pages = max(1, math.ceil(files / LIST_PAGE_KEYS))
    plan_gets = 1 + pages + len({split.uri for split in splits if not split.objects})
    plan_s = COLD_START_S + pages * S3_LIST_PAGE_S + (plan_gets + plan_puts) * S3_FIRST_BYTE_S
    tally.task(plan_s, capacity.control_memory_mb, gets=plan_gets, puts=plan_puts, writes=UPDATE_WRITES)
    shapes = [StepShape(inputs=step == 0) for step in range(steps)] if isinstance(steps, int) else steps
    modeled = _model_steps(spec, splits, shapes, tally)
    maps = len(splits)
    # Reads: the spec (twice), the counters' listing and each counters object, the estimate, each
    # output (a part per partition, or per map task of a map-only last step; or each partition's
    # summary instead of its part), and the pruned list
    # where the job filters.
    parts = spec.partitions if shapes[-1].reduces else maps
    finalize_gets = 3 + math.ceil(maps / LIST_PAGE_KEYS) + maps + parts + spec.filtered
    finalize_s = COLD_START_S + FINALIZE_S + finalize_gets * S3_FIRST_BYTE_S
    tally.task(finalize_s, capacity.control_memory_mb, gets=finalize_gets, puts=1, writes=3 * UPDATE_WRITES)
    transitions = cost.transitions_of(modeled["maps"], modeled["reduces"])
    states_s = TRANSITION_S * (3 + 4 * len(shapes))
    seconds = {
        "plan": plan_s,
        "map": modeled["map_s"],
        "reduce": modeled["reduce_s"],
        "finalize": finalize_s,
        "states": states_s,
    }
    seconds["total"] = sum(seconds.values())
    priced = cost.estimate(tally.usage, maps, spec.partitions, len(shapes), transitions=transitions,
                           architecture=capacity.architecture)  # fmt: skip
    return {
        "inputs": {"files": files, "bytes": sum(s.end - s.start for s in splits)},
        "splits": maps,
        "steps": len(shapes),
        "tasks": {"map": modeled["maps"], "reduce": modeled["reduces"]},
        "seconds": {name: round(value, 2) for name, value in seconds.items()},
        "cost": priced,
        "capacity": msgspec.to_builtins(capacity),
        "assumptions": ASSUMPTIONS,
        "rates": {
            "formats": {fmt: rate(spec.analysis, fmt) for fmt in sorted({s.format for s in splits})},
            "command": throughput_table()["command"],
            "measured": throughput_table()["measured"],
            "machine": throughput_table()["machine"],
        },
    }


def estimate_key(job_id: str) -> str:
    """Where the plan task leaves a job's estimate for finalize to set beside what it cost."""
    return work_prefix(job_id) + "estimate.json"


COMPARED = ("lambda_requests", "lambda_gb_seconds", "s3_get", "s3_put", "ddb_write_units", "state_transitions")


def side_by_side(estimated: dict[str, Any], actual: dict[str, Any], seconds: float | None) -> dict[str, Any]:
    """The estimate and a run's counted usage, figure by figure: {name: {"estimate", "actual"}}."""
    rows = {"usd": {"estimate": estimated["cost"]["usd"], "actual": actual["usd"]}}
    rows["seconds"] = {"estimate": estimated["seconds"]["total"], "actual": seconds}
    for name in COMPARED:
        rows[name] = {"estimate": estimated["cost"]["usage"][name], "actual": actual["usage"][name]}
    return rows


def dry_run(spec: JobSpec, capacity: Capacity, s3_client: Any | None = None, shown: int = 100) -> dict[str, Any]:
    """List and plan a job as its plan task would, and estimate it: nothing is written or started.
    The document names up to `shown` input files, each with its size, format and split count."""
    from . import tasks  # the job's steps; imported here: tasks imports every engine part

    job = tasks.job_for(spec)  # a bad analysis or options fail here, as in the plan task
    files = resolve_inputs(spec.inputs, s3_client, spec.allowed_folders)
    kept, pruned = prune(files, spec.since, spec.until)
    splits = plan_splits(spec, kept, s3_client)
    plan_puts = 3 + bool(pruned.files)
    document = estimate_job(spec, splits, shapes_of(job), capacity, plan_puts=plan_puts)
    sizes = {item.uri: item.size for item in kept}
    per_file: dict[str, list[Split]] = {}
    for split in splits:
        for uri in split_inputs(split):
            per_file.setdefault(uri, []).append(split)
    document["dry_run"] = True
    document["analysis"] = spec.analysis
    document["split_size"] = split_size_of(spec, sum(sizes.values()))
    document["partitions"] = spec.partitions
    document["inputs"] |= {
        "listed": len(files),
        "pruned": msgspec.to_builtins(pruned),
        "shown": [
            {"uri": uri, "bytes": sizes[uri], "format": parts[0].format, "splits": len(parts)}
            for uri, parts in list(per_file.items())[:shown]
        ],
    }
    return document
