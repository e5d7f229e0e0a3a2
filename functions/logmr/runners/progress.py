"""What a running job has done so far, as progress bars show it: reported by the local runner
as it goes, read from the job's record by `logmr submit` as it follows a job on AWS."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Progress:
    """What a running job has done so far, for progress bars."""

    phase: str = "plan"
    step: int = 0
    steps: int = 1
    maps_total: int = 0
    maps_done: int = 0
    reduces_total: int = 0
    reduces_done: int = 0
    records: int = 0
    bytes: int = 0
    started: float = field(default_factory=time.monotonic)


ProgressCallback = Callable[[Progress], None]
