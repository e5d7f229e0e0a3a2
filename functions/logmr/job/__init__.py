"""The job API users write MapReduce jobs with, and the loader that finds them."""

from .job import CountJob, Job, JobOptionsError, KeyValue, Step, is_count_job
from .loader import JobNotFoundError, load_job, resolve_job_class
from .top import Top

__all__ = [
    "CountJob",
    "Job",
    "JobNotFoundError",
    "JobOptionsError",
    "KeyValue",
    "Step",
    "Top",
    "is_count_job",
    "load_job",
    "resolve_job_class",
]
