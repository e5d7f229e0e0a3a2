"""What the engine reads of a job's steps: which are allowed, how many part files each writes and
where, and their shape for the estimate (over the inputs or not, map-only or not, with a side
table, a digest or a summary); and a step's side table, built once per process."""

from __future__ import annotations

from typing import Any

import msgspec

from ..job import Job, Step
from ..storage import ObjectStore
from .count_summary import summarized_by_parts
from .rows import read_parts
from .spec import JobSpec, output_key


def check_steps(steps: list[Step]) -> None:
    """A job's steps as the engine runs them: a map-only step (no reduce) maps the job's inputs (the
    first step, or `inputs=True`) and is the last; a side table comes from a step with a reduce."""
    for index, step in enumerate(steps):
        if step.reduce is None and (index != len(steps) - 1 or not (index == 0 or step.inputs)):
            raise ValueError(f"step {index}: a map-only step must map the job's inputs and be its last step")
        if step.side is not None and index == 0:
            raise ValueError("step 0: a side table is made of a previous step's output")
        if (step.carry is not None and index != 0) or (step.carried and (index == 0 or not step.inputs)):
            raise ValueError(f"step {index}: the first step carries columns, for a later one over the inputs")


def part_count(steps: list[Step], step: int, partitions: int, maps: int) -> int:
    """The part files step `step` writes: one per partition, or one per map task of a map-only
    step (which maps the first step's splits: `maps` of them)."""
    return maps if steps[step].reduce is None else partitions


def output_keys(spec: JobSpec, steps: list[Step], step: int, maps: int = 0) -> list[str]:
    """The part files of step `step` of a job (its final output's, for the last step)."""
    final = step == len(steps) - 1
    output_format = spec.output_format if final else "jsonl"
    count = part_count(steps, step, spec.partitions, maps)
    return [output_key(spec.job_id, step, p, final, output_format) for p in range(count)]


class StepShape(msgspec.Struct, frozen=True):
    """A step as modeled: over the inputs or not, with reduce tasks or not, with a side table (the
    previous step's parts, a GET each in every map task) or not, a digest (a PUT per map task,
    read by finalize instead of the parts) or not, and a summary (a PUT per reduce task of a
    counting job's last step, count_summary.py, read by finalize instead of the parts) or not, and
    carried columns (the first step's: a PUT per map task; a later step's: one GET per map task
    instead of reading its inputs, engine/carry.py) or not."""

    inputs: bool = False
    reduces: bool = True
    side: bool = False
    digest: bool = False
    summary: bool = False
    carry: bool = False


def shapes_of(job: Job) -> list[StepShape]:
    """The shapes of a job's steps."""
    steps = job.steps()
    return [
        StepShape(
            i == 0 or s.inputs,
            s.reduce is not None,
            s.side is not None,
            s.digest is not None,
            i == len(steps) - 1 and summarized_by_parts(job),
            s.carry is not None or s.carried,
        )
        for i, s in enumerate(steps)
    ]


#: The side table of the last step whose tasks ran in this process: (store, job, step) -> table.
_SIDES: dict[tuple[str, str, int], Any] = {}


def side_table(steps: list[Step], store: ObjectStore, spec: JobSpec, step_index: int, job: Job) -> Any:
    """The step's side table, built from the previous step's output rows once per process: that
    output is whole and unchanging once the step's tasks run, so the process's next task of the
    step (or a retry) shares it (a table of 70,000 members: 0.1 s to build)."""
    key = (store.uri, spec.job_id, step_index)
    if key not in _SIDES:
        _SIDES.clear()
        side = steps[step_index].side
        _SIDES[key] = side(read_parts(store, output_keys(spec, steps, step_index - 1), job))  # type: ignore[misc]
    return _SIDES[key]
