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

from ..api.limits import bad_text
from ..api.operations import (
    JobServiceBase,
    NotFound,
    build_spec,
    job_document,
    parse_request,
)
from ..engine.inputs import InputError, check_allowed_buckets, inside_folders, resolve_inputs
from ..engine.spec import JobSpec
from ..jobstate import CANCELLED, JobRecord, JobStore
from ..runners.local import DEFAULT_TASK_TIMEOUT, run_local
from ..storage import LocalStore


def check_inputs(inputs: list[str], roots: list[Path], allowed_buckets: list[str]) -> None:
    """Local inputs must resolve inside one of `roots`; s3:// inputs must be in allowed buckets.

    An input outside the roots gets the same answer whether it exists or not, so requests learn
    nothing about the host's other files. Globs and folders are expanded as the planner will
    expand them, and every file they name (symbolic links followed) must be inside too."""
    check_allowed_buckets([i for i in inputs if i.startswith("s3://")], allowed_buckets)
    for item in inputs:
        if item.startswith("s3://"):
            continue
        if bad_text(item) or not inside_folders(item, roots):
            allowed = ", ".join(str(r) for r in roots)
            raise InputError(f"input {item!r} is outside the folders this server may read ({allowed})")
        try:  # the planner checks every file again when the job runs
            resolve_inputs([item], allowed_folders=[str(root) for root in roots])
        except OSError:
            raise InputError(f"input {item!r} cannot be read") from None


class LocalJobService(JobServiceBase):
    """submit/list/get/result/cancel over the local runtime."""

    def __init__(
        self,
        jobs: JobStore,
        work_dir: Path,
        roots: list[Path],
        allowed_buckets: list[str],
        defaults: dict[str, Any],
        workers: int | None = None,
        task_timeout: float | None = DEFAULT_TASK_TIMEOUT,
    ) -> None:
        self.jobs = jobs
        self.store = LocalStore(work_dir)
        self.roots = [root.resolve() for root in roots]
        self.allowed_buckets = allowed_buckets
        self.defaults = defaults
        self.workers = workers
        self.task_timeout = task_timeout
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="logmr-job")
        self.cancels: dict[str, threading.Event] = {}

    def submit(self, body: bytes | str | None) -> dict[str, Any]:
        request = parse_request(body)
        spec = build_spec(request, self.defaults, lambda inputs: check_inputs(inputs, self.roots, self.allowed_buckets))
        spec.allowed_folders = [str(root) for root in self.roots]  # checked again on every file the job reads
        if request.dry_run:
            return self._dry_run(spec)
        job = self.jobs.create(JobRecord.of(spec))
        self.cancels[spec.job_id] = threading.Event()
        self.executor.submit(self._run, spec)
        return job_document(job)

    def _run(self, spec: JobSpec) -> None:
        # A failure is recorded on the job by run_local; the server carries on with the next job.
        with contextlib.suppress(Exception):
            run_local(
                spec,
                self.store,
                workers=self.workers,
                jobs=self.jobs,
                cancel=self.cancels[spec.job_id],
                task_timeout=self.task_timeout,
                inline=False,  # tasks in worker processes, so a cancel or the time limit can stop them
            )
        self.cancels.pop(spec.job_id, None)

    def _link(self, key: str) -> str:
        return f"/files/{key}"

    def _results(self) -> LocalStore:
        return self.store

    def _stop(self, job: JobRecord) -> None:
        event = self.cancels.get(job.job_id)
        if event is not None:
            event.set()

    def file(self, key: str) -> Path:
        """A result file of the work store (jobs/<id>/...), for the links of result()."""
        if bad_text(key) or not key.startswith("jobs/") or ".." in key.split("/"):
            raise NotFound(f"no file {key!r}")
        path = self.store.root / key
        if not path.is_file():
            raise NotFound(f"no file {key!r}")
        return path

    def close(self) -> None:
        """Stop: the running job is cancelled (its workers stop at once), queued jobs with it."""
        for job_id, event in list(self.cancels.items()):
            self.jobs.finish(job_id, CANCELLED, error="the server stopped before the job finished")
            event.set()
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.cancels.clear()
