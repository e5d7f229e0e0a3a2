"""The job API's operations over the local runtime: the backend of `logmr serve`.

Jobs run one at a time in a background thread (each uses every core through its own process pool);
their records live in the embedded SQLite job store, so finished jobs survive a restart. Inputs
must be under the folders the server was started with (or in allowed S3 buckets).
"""

from __future__ import annotations

import contextlib
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from ..api.service import (
    MAX_PAGE_SIZE,
    Conflict,
    NotFound,
    build_spec,
    job_document,
    job_id_of,
    parse_request,
)
from ..engine.inputs import InputError, check_allowed_buckets
from ..engine.spec import JobSpec, output_key, result_key
from ..jobstate import CANCELLED, SUCCEEDED, TERMINAL, Job, JobNotFoundError, JobStore
from ..runners.local import run_local
from ..storage import LocalStore


def check_inputs(inputs: list[str], roots: list[Path], allowed_buckets: list[str]) -> None:
    """Local inputs must resolve inside one of `roots`; s3:// inputs must be in allowed buckets."""
    check_allowed_buckets([i for i in inputs if i.startswith("s3://")], allowed_buckets)
    for item in inputs:
        if item.startswith("s3://"):
            continue
        path = Path(item).expanduser().resolve()
        if not any(path == root or root in path.parents for root in roots):
            allowed = ", ".join(str(r) for r in roots)
            raise InputError(f"input {item!r} is outside the folders this server may read ({allowed})")


class LocalJobService:
    """submit/list/get/result/cancel over the local runtime."""

    def __init__(
        self,
        jobs: JobStore,
        work_dir: Path,
        roots: list[Path],
        allowed_buckets: list[str],
        defaults: dict[str, Any],
        workers: int | None = None,
    ) -> None:
        self.jobs = jobs
        self.store = LocalStore(work_dir)
        self.roots = [root.resolve() for root in roots]
        self.allowed_buckets = allowed_buckets
        self.defaults = defaults
        self.workers = workers
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="logmr-job")
        self.cancels: dict[str, threading.Event] = {}

    def submit(self, body: bytes | str | None) -> dict[str, Any]:
        spec = build_spec(
            parse_request(body), self.defaults, lambda inputs: check_inputs(inputs, self.roots, self.allowed_buckets)
        )
        job = self.jobs.create(
            Job(job_id=spec.job_id, analysis=spec.analysis, inputs=spec.inputs, options=spec.options)
        )
        self.cancels[spec.job_id] = threading.Event()
        self.executor.submit(self._run, spec)
        return job_document(job)

    def _run(self, spec: JobSpec) -> None:
        # A failure is recorded on the job by run_local; the server carries on with the next job.
        with contextlib.suppress(Exception):
            run_local(spec, self.store, workers=self.workers, jobs=self.jobs, cancel=self.cancels[spec.job_id])
        self.cancels.pop(spec.job_id, None)

    def list(self, limit: int, before: str | None) -> dict[str, Any]:
        limit = max(1, min(limit, MAX_PAGE_SIZE))
        jobs = self.jobs.list(limit=limit, before=before)
        cursor = f"{jobs[-1].created_at}#{jobs[-1].job_id}" if len(jobs) == limit else None
        return {"jobs": [job_document(job) for job in jobs], "next": cursor}

    def _job(self, job_id: str) -> Job:
        try:
            return self.jobs.get(job_id_of(job_id))
        except JobNotFoundError:
            raise NotFound(f"no job {job_id!r}") from None

    def get(self, job_id: str) -> dict[str, Any]:
        return job_document(self._job(job_id))

    def result(self, job_id: str) -> dict[str, Any]:
        job = self._job(job_id)
        if job.status != SUCCEEDED:
            raise Conflict(f"job {job.job_id} is {job.status}: results exist once it has SUCCEEDED")
        partitions = job.counters.get("partitions_total", 0)
        return {
            "job_id": job.job_id,
            "summary": job.summary,
            "counters": job.counters,
            "timings": job.timings,
            "cost": job.cost,
            "result_json": f"/files/{result_key(job.job_id)}",
            "outputs": [f"/files/{output_key(job.job_id, 0, p, final=True)}" for p in range(partitions)],
            "expires_in": None,
        }

    def cancel(self, job_id: str) -> dict[str, Any]:
        job = self._job(job_id)
        if job.status in TERMINAL:
            raise Conflict(f"job {job.job_id} already ended ({job.status})")
        event = self.cancels.get(job.job_id)
        if event is not None:
            event.set()
        self.jobs.finish(job.job_id, CANCELLED, error="cancelled by request")
        return job_document(self.jobs.get(job.job_id))

    def file(self, key: str) -> Path:
        """A result file of the work store (jobs/<id>/...), for the links of result()."""
        if not key.startswith("jobs/") or ".." in key.split("/"):
            raise NotFound(f"no file {key!r}")
        path = self.store.root / key
        if not path.is_file():
            raise NotFound(f"no file {key!r}")
        return path

    def close(self) -> None:
        for event in self.cancels.values():
            event.set()
        self.executor.shutdown(wait=True)
