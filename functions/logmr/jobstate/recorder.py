"""How a job's progress is written to its JobStore, the same on every runtime: the local runner
and the Step Functions Lambdas call these methods at the same points of each step.

Each step records its phases under `phase_name` (plan, map, reduce; then plan_1, map_1,
reduce_1...), and the job ends with finalize. Only the first step's map and reduce carry totals
(splits_total/done, partitions_total/done), and only its map tasks add what the job read (records,
bytes, malformed): later steps read the previous step's output. A task is counted once, however
often it reports. `used` is what a task cost to run (the Lambdas' usage), added to the counters.
"""

from __future__ import annotations

import contextlib
from typing import Any

from .base import CANCELLED, FAILED, SUCCEEDED, JobExistsError, JobRecord, JobStore, now, phase_name, phase_timings

READ_COUNTERS = ("records", "bytes", "malformed", "filtered", "untimed")
ERROR_LENGTH = 2000  # the longest error kept on a job


def error_text(error: BaseException, task: str | None = None) -> str:
    """An error as a job record shows it: `map task 3 failed: ValueError: ...`, cut to length."""
    text = f"{type(error).__name__}: {error}"
    return (f"{task} failed: {text}" if task else text)[:ERROR_LENGTH]


class JobRecorder:
    """Keeps one job's record up to date as its tasks run."""

    def __init__(self, jobs: JobStore, job_id: str) -> None:
        self.jobs, self.job_id = jobs, job_id

    def ensure_created(self, job: JobRecord) -> None:
        """Create the job's record (PENDING) unless it exists (`logmr serve` and `logmr submit`
        create it before the job runs)."""
        with contextlib.suppress(JobExistsError):
            self.jobs.create(job)

    def plan_started(self, step: int) -> None:
        """A later step's plan starts (the first step's starts with the job, which stays PENDING
        until its map phase)."""
        if step:
            self.jobs.start_phase(self.job_id, phase_name("plan", step))

    def plan_done(self, step: int, maps: int, used: dict[str, int] | None = None) -> None:
        """The step is planned into `maps` map tasks: its map phase starts."""
        self.jobs.start_phase(self.job_id, phase_name("map", step), total=maps)
        self.jobs.task_done(self.job_id, "plan", step, dict(used or {}))

    def map_done(self, step: int, index: int, counters: dict[str, Any], used: dict[str, int] | None = None) -> bool:
        """A map task finished with these MapCounters; False if it was counted before."""
        added = dict(used or {})
        if step == 0:
            added.update({name: counters.get(name, 0) for name in READ_COUNTERS})
        return self.jobs.task_done(self.job_id, phase_name("map", step), index, added)

    def reduce_started(self, step: int, partitions: int) -> None:
        """The step's reduce phase starts (safe to call from each of its tasks)."""
        self.jobs.start_phase(self.job_id, phase_name("reduce", step), total=partitions)

    def reduce_done(self, step: int, partition: int, used: dict[str, int] | None = None) -> bool:
        """A reduce task finished; False if it was counted before."""
        return self.jobs.task_done(self.job_id, phase_name("reduce", step), partition, dict(used or {}))

    def finalize_started(self) -> None:
        self.jobs.start_phase(self.job_id, "finalize")

    def timings(self) -> dict[str, float]:
        """Seconds per phase so far, from the phases' start times in the record (where the tasks
        ran in different processes and no one clock saw them all)."""
        return phase_timings(self.jobs.get(self.job_id), now())

    def finished(self, result: dict[str, Any], location: str, used: dict[str, int] | None = None) -> None:
        """SUCCEEDED, with the result document's summary, timings and cost (where there is one)
        and where result.json is."""
        self.jobs.task_done(self.job_id, "finalize", 0, dict(used or {}))
        fields = {"summary": result["summary"], "result_uri": location, "timings": result["timings"]}
        if result.get("cost") is not None:
            fields["cost"] = result["cost"]
        self.jobs.finish(self.job_id, SUCCEEDED, **fields)

    def task_failed(self, task: str, error: BaseException) -> None:
        """Keep a failing task's error on the job: the first failure is the cause, later ones
        follow from it."""
        if self.jobs.get(self.job_id).error is None:
            self.jobs.update(self.job_id, error=error_text(error, task))

    def failed(self, error: str, cost: dict[str, Any] | None = None) -> None:
        """FAILED with this error (and what the job cost so far, where that is known)."""
        fields: dict[str, Any] = {"error": error[:ERROR_LENGTH]}
        if cost is not None:
            fields["cost"] = cost
        self.jobs.finish(self.job_id, FAILED, **fields)

    def cancelled(self, reason: str) -> None:
        self.jobs.finish(self.job_id, CANCELLED, error=reason)
