"""Finding a job by name: a built-in analysis, a registered job (job/registry.py),
`path/to/file.py:ClassName` or `package.module:ClassName`.

Where jobs are restricted (the stack's functions, `logmr serve` and its workers: see
`registry.restricted`), only built-in and registered jobs load; `logmr run` may name any file or module.
The job API never goes further than `api_job_class`: a name, looked up, nothing imported.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from .job import Job, JobOptionsError
from .registry import REGISTRY, JobSourceError, is_file_source, load_file, restricted


class UnknownAnalysisError(LookupError):
    """No job class by that name (built-in, registered, file or module); the message lists what exists."""


def known_names() -> list[str]:
    """The names the job API accepts: built-in analyses, then registered jobs."""
    return [*REGISTRY.builtins(), *sorted(REGISTRY.names())]


def api_job_class(analysis: str) -> type[Job]:
    """The built-in or registered job named `analysis`: a dictionary lookup that imports nothing,
    with the same answer whatever the name looks like (a path, a module, a file that exists)."""
    jobs = {**REGISTRY.names(), **REGISTRY.builtins()}
    cls = jobs.get(analysis)
    if cls is None:
        shown = analysis if len(analysis) <= 80 else analysis[:80] + "..."
        raise UnknownAnalysisError(f"unknown analysis {shown!r}: use one of {', '.join(known_names())}")
    return cls


def resolve_job_class(analysis: str) -> type[Job]:
    """The Job class named by `analysis`."""
    builtins = REGISTRY.builtins()
    if analysis in builtins:
        return builtins[analysis]
    try:
        registered = REGISTRY.jobs()
    except JobSourceError as error:
        raise UnknownAnalysisError(str(error)) from None
    if analysis in registered:
        return registered[analysis]
    where, sep, class_name = analysis.rpartition(":")
    if restricted() or not sep or not where or not class_name:
        known = ", ".join(known_names())
        hint = (
            " (only built-in jobs and those of LOGMR_JOB_MODULES run here)"
            if restricted()
            else ", or path/to/file.py:ClassName"
        )
        raise UnknownAnalysisError(f"unknown analysis {analysis!r}: use one of {known}{hint}")
    try:
        if is_file_source(where):
            path = Path(where).expanduser().resolve()
            if not path.is_file():
                raise UnknownAnalysisError(f"job file not found: {where}")
            module = load_file(path)
        else:
            module = importlib.import_module(where)
    except JobSourceError as error:
        raise UnknownAnalysisError(str(error)) from None
    except ImportError as error:
        raise UnknownAnalysisError(f"cannot import module {where!r}: {error}") from None
    cls = getattr(module, class_name, None)
    if not (isinstance(cls, type) and issubclass(cls, Job)):
        raise UnknownAnalysisError(f"{where} has no Job subclass named {class_name!r}")
    return cls


def load_job(analysis: str, options: dict[str, Any] | None = None) -> Job:
    """An instance of the job named `analysis`, built with `options` (validated)."""
    return _instance(resolve_job_class(analysis), analysis, options)


def load_api_job(analysis: str, options: dict[str, Any] | None = None) -> Job:
    """load_job for the job API: built-in and registered jobs only (see api_job_class)."""
    return _instance(api_job_class(analysis), analysis, options)


def _instance(cls: type[Job], analysis: str, options: dict[str, Any] | None) -> Job:
    job = cls(options or {})
    if not job.name:
        job.name = analysis
    return job


__all__ = [
    "JobOptionsError",
    "UnknownAnalysisError",
    "api_job_class",
    "known_names",
    "load_api_job",
    "load_job",
    "resolve_job_class",
]
