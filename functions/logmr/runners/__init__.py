"""Runners: how a job's tasks are launched. Locally, a process pool; on AWS, Step Functions."""

from .local import (
    JobCancelledError,
    JobFailedError,
    default_workers,
    local_job_store,
    run_local,
    run_to_folder,
)
from .progress import Progress

__all__ = [
    "JobCancelledError",
    "JobFailedError",
    "Progress",
    "default_workers",
    "local_job_store",
    "run_local",
    "run_to_folder",
]
