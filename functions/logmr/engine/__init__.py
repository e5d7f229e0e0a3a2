"""The MapReduce engine: plan, map, shuffle, reduce and finalize, independent of where it runs."""

from .spec import DEFAULT_PARTITIONS, DEFAULT_RETRIES, DEFAULT_SPLIT_SIZE, JobSpec, Split, new_job_id

__all__ = ["DEFAULT_PARTITIONS", "DEFAULT_RETRIES", "DEFAULT_SPLIT_SIZE", "JobSpec", "Split", "new_job_id"]
