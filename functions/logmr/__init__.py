"""logmr: MapReduce over logs, serverless on AWS or on one machine with every core."""

from .formats import Record
from .job import CountJob, Job, Step

__version__ = "0.1.0"
__all__ = ["CountJob", "Job", "Record", "Step", "__version__"]
