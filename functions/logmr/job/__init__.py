"""The job API users write MapReduce jobs with, the loader that finds them and the registry of
the jobs an operator allows a server to run."""

from .job import CountJob, EncodedKeys, Job, JobOptionsError, KeyValue, Step, is_count_job
from .loader import UnknownAnalysisError, api_job_class, known_names, load_api_job, load_job, resolve_job_class
from .registry import REGISTRY, JobSourceError
from .top import Top

__all__ = [
    "REGISTRY",
    "CountJob",
    "EncodedKeys",
    "Job",
    "JobOptionsError",
    "JobSourceError",
    "KeyValue",
    "Step",
    "Top",
    "UnknownAnalysisError",
    "api_job_class",
    "is_count_job",
    "known_names",
    "load_api_job",
    "load_job",
    "resolve_job_class",
]
