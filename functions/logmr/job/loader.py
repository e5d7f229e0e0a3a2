"""Finding a job by name: a built-in analysis, `path/to/file.py:ClassName` or `package.module:ClassName`."""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import sys
from pathlib import Path
from typing import Any

from .job import Job, JobOptionsError


class JobNotFoundError(LookupError):
    """No job by that name; the message lists what exists."""


def _builtin_jobs() -> dict[str, type[Job]]:
    from ..analyses import ANALYSES

    return ANALYSES


def _load_file(path: Path) -> Any:
    digest = hashlib.sha1(str(path).encode()).hexdigest()[:12]
    name = f"logmr_user_job_{digest}"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise JobNotFoundError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except Exception as error:
        del sys.modules[name]
        raise JobNotFoundError(f"importing {path} failed: {type(error).__name__}: {error}") from None
    return module


def resolve_job_class(analysis: str) -> type[Job]:
    """The Job class named by `analysis`."""
    builtins = _builtin_jobs()
    if analysis in builtins:
        return builtins[analysis]
    where, sep, class_name = analysis.rpartition(":")
    if not sep or not where or not class_name:
        known = ", ".join(sorted(builtins))
        raise JobNotFoundError(f"unknown analysis {analysis!r}: use one of {known}, or path/to/file.py:ClassName")
    if where.endswith(".py") or "/" in where:
        path = Path(where).expanduser().resolve()
        if not path.is_file():
            raise JobNotFoundError(f"job file not found: {where}")
        module = _load_file(path)
    else:
        try:
            module = importlib.import_module(where)
        except ImportError as error:
            raise JobNotFoundError(f"cannot import module {where!r}: {error}") from None
    cls = getattr(module, class_name, None)
    if not (isinstance(cls, type) and issubclass(cls, Job)):
        raise JobNotFoundError(f"{where} has no Job subclass named {class_name!r}")
    return cls


def load_job(analysis: str, options: dict[str, Any] | None = None) -> Job:
    """An instance of the job named `analysis`, built with `options` (validated)."""
    job = resolve_job_class(analysis)(options or {})
    if not job.name:
        job.name = analysis
    return job


__all__ = ["JobNotFoundError", "JobOptionsError", "load_job", "resolve_job_class"]
