"""logmr: MapReduce over logs, serverless on AWS or on one machine with every core."""

from collections.abc import Mapping

from .formats import Record
from .job import REGISTRY, CountJob, Job, Step


def _builtin_analyses() -> Mapping[str, type[Job]]:
    # Imported on the first lookup of a job, not at the top: analyses/ adds about 17 ms to the
    # start of the functions that never look a job up (the authorizer, the WebSocket handlers).
    from .analyses import ANALYSES

    return ANALYSES


# analyses/ is written with the job API, so job/ never imports it: the built-ins are handed to the
# registry here, above both, before any module of logmr can look a job up.
REGISTRY.provide_builtins(_builtin_analyses)
__version__ = "0.1.0"
__all__ = ["CountJob", "Job", "Record", "Step", "__version__"]
