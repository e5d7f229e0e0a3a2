"""`GET /analyses`: the jobs this API runs, built-in analyses then registered jobs, each with its
options (job/options.py) and how its summary is shown (job/presentation.py)."""

from __future__ import annotations

from typing import Any

from ..job import REGISTRY, Job
from ..job.options import option_specs, options_schema
from ..job.presentation import COUNT_VIEWS, views_document
from ..job.registry import job_name


def analyses() -> list[dict[str, Any]]:
    """The jobs this API runs, built-in analyses then registered jobs: each with its options (from
    its Options struct: job/options.py) and how its summary is shown (job/presentation.py)."""
    listing = [_described(name, cls, registered=False) for name, cls in REGISTRY.builtins().items()]
    listing += [_described(name, cls, registered=True) for name, cls in sorted(REGISTRY.names().items())]
    return listing


def default_presentation() -> list[dict[str, Any]]:
    """How a job the API does not describe (one `logmr run` ran from a file) is shown: its top rows."""
    return views_document(COUNT_VIEWS)


def _described(name: str, cls: type[Job], registered: bool) -> dict[str, Any]:
    description = cls.description or (cls.__doc__ or "").strip().split("\n")[0] or job_name(cls)
    return {
        "name": name,
        "description": description,
        "options": [spec.document() for spec in option_specs(cls.Options)],
        "options_schema": options_schema(cls.Options),
        "presentation": views_document(cls.presentation),
        "registered": registered,
    }
