"""Job state: one document per job (status, phase, counters, timings, result), behind a small
interface with a DynamoDB implementation (AWS) and an embedded SQLite one (local runtime).

Task completions are counted once per (job, phase, task): a retried or duplicated task that
reports again changes nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import pairwise
from typing import Any, Protocol

import msgspec

PENDING, RUNNING, SUCCEEDED, FAILED, CANCELLED = "PENDING", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED"
STATUSES = (PENDING, RUNNING, SUCCEEDED, FAILED, CANCELLED)
TERMINAL = (SUCCEEDED, FAILED, CANCELLED)
COUNTERS = (
    "splits_total",
    "splits_done",
    "partitions_total",
    "partitions_done",
    "records",
    "bytes",
    "malformed",
    "filtered",
    "untimed",
)
PHASE_TOTALS = {"map": ("splits_total", "splits_done"), "reduce": ("partitions_total", "partitions_done")}


class JobRecordNotFoundError(LookupError):
    """No job record with that id."""


class JobExistsError(ValueError):
    """A job with that id was already created."""


def now() -> str:
    """The current time as ISO 8601 UTC with milliseconds (sortable as text)."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class JobRecord(msgspec.Struct, kw_only=True):
    """The state of one job, as the API shows it."""

    job_id: str
    analysis: str
    inputs: list[str]
    options: dict[str, Any] = {}
    status: str = PENDING
    phase: str = "plan"
    created_at: str = ""
    updated_at: str = ""
    finished_at: str | None = None
    counters: dict[str, int] = msgspec.field(default_factory=lambda: dict.fromkeys(COUNTERS, 0))
    timings: dict[str, float] = {}
    phase_started: dict[str, str] = {}
    error: str | None = None
    result_uri: str | None = None
    summary: dict[str, Any] | None = None
    cost: dict[str, Any] | None = None
    execution_arn: str | None = None
    #: The records the job reads, when it filters them: {"where": [...], "since": ..., "until": ...}.
    filter: dict[str, Any] | None = None
    #: How its final rows are written (engine/spec.OUTPUT_FORMATS): "jsonl" or "parquet".
    output_format: str = "jsonl"

    @classmethod
    def of(cls, spec: Any) -> JobRecord:
        """A new job's record, from its JobSpec."""
        chosen = {"where": spec.where, "since": spec.since, "until": spec.until} if spec.filtered else None
        return cls(
            job_id=spec.job_id,
            analysis=spec.analysis,
            inputs=spec.inputs,
            options=spec.options,
            filter=chosen,
            output_format=spec.output_format,
        )


class JobStore(Protocol):
    """Where job documents live."""

    def create(self, job: JobRecord) -> JobRecord:
        """Store a new job (PENDING); JobExistsError if the id is taken."""

    def get(self, job_id: str) -> JobRecord:
        """The job; JobRecordNotFoundError if there is none."""

    def list(self, limit: int = 50, before: str | None = None) -> list[JobRecord]:
        """Jobs newest first; `before` is the created_at#job_id cursor of the last job seen."""

    def start_phase(self, job_id: str, phase: str, total: int | None = None) -> None:
        """Mark the job RUNNING in `phase` (map/reduce: with its task total); the first call for a
        phase records when it started."""

    def task_done(self, job_id: str, phase: str, task: int, counters: dict[str, int]) -> bool:
        """Add a finished task's counters once (False if it was counted before); a map or reduce
        task also counts towards its phase's done total. Other phases (plan, finalize) only add."""

    def finish(self, job_id: str, status: str, **fields: Any) -> None:
        """End the job (SUCCEEDED, FAILED or CANCELLED) with result fields; a job already ended
        keeps its first ending."""

    def update(self, job_id: str, **fields: Any) -> None:
        """Set plain fields (PLAIN_FIELDS: timings, execution_arn...); any other raises ValueError."""


#: What `update` may set: status, phase, counters and their times change only through
#: start_phase, task_done and finish, which keep them consistent.
PLAIN_FIELDS = frozenset({"error", "result_uri", "summary", "cost", "execution_arn", "timings"})


def check_plain(fields: dict[str, Any]) -> None:
    """ValueError naming the fields `update` may not set."""
    other = sorted(set(fields) - PLAIN_FIELDS)
    if other:
        raise ValueError(f"update sets only {', '.join(sorted(PLAIN_FIELDS))}, not {', '.join(other)}")


def cursor_of(job: JobRecord) -> str:
    return f"{job.created_at}#{job.job_id}"


def phase_name(phase: str, step: int) -> str:
    """A step's phase as job records and timings name it: plan, map, reduce for the first step,
    plan_1, map_1, reduce_1 for the second... (finalize is the job's, after the last step)."""
    return f"{phase}_{step}" if step else phase


_PHASE_RANK = {"plan": 0, "map": 1, "reduce": 2}


def _phase_order(name: str) -> tuple[int, int]:
    """The order phases run in: each step's plan, map and reduce, step after step, then finalize."""
    if name == "finalize":
        return (1 << 30, 0)
    phase, _, step = name.partition("_")
    return (int(step) if step.isdigit() else 0, _PHASE_RANK.get(phase, len(_PHASE_RANK)))


def phase_timings(job: JobRecord, finished_at: str) -> dict[str, float]:
    """Seconds spent in each phase (plan, map, reduce, a later step's plan_1, map_1, reduce_1...,
    finalize) and in all, from the phases' start times; the first plan starts with the job."""
    started = sorted((p for p in job.phase_started if p != "plan"), key=_phase_order)
    marks = [("plan", job.created_at)] + [(p, job.phase_started[p]) for p in started]
    marks.append(("end", finished_at))
    stamps = [(name, datetime.fromisoformat(at.replace("Z", "+00:00"))) for name, at in marks]
    timings = {name: round((later - at).total_seconds(), 3) for (name, at), (_, later) in pairwise(stamps)}
    timings["total"] = round((stamps[-1][1] - stamps[0][1]).total_seconds(), 3)
    return timings
