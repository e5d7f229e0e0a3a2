"""The progress bar of a running job: splits done, records/s and bytes/s."""

from __future__ import annotations

import time
from types import TracebackType
from typing import TYPE_CHECKING

from ..engine.sizes import format_size
from ..runners.progress import Progress as JobProgress

if TYPE_CHECKING:
    from rich.console import Console


class ProgressBar:
    """A rich progress bar fed by the runner's progress callback (a no-op when disabled)."""

    def __init__(self, console: Console, enabled: bool) -> None:
        self.enabled = enabled
        self.task = None
        if not enabled:  # (rich's progress module is not even imported)
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.bar = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        )

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self.task is not None:
            self.bar.stop()

    def update(self, state: JobProgress) -> None:
        if not self.enabled:
            return
        if self.task is None:
            # Started on the first report, after the runner has started its worker processes:
            # the bar's refresh thread must not exist when they are forked.
            self.bar.start()
            self.task = self.bar.add_task("plan", total=None, rate="")
        elapsed = max(time.monotonic() - state.started, 1e-6)
        rate = f"{state.records / elapsed:,.0f} rec/s  {format_size(state.bytes / elapsed)}/s"
        step = f" {state.step + 1}/{state.steps}" if state.steps > 1 else ""
        counts = {
            "map": (state.maps_total, state.maps_done),
            "reduce": (state.reduces_total, state.reduces_done),
        }
        if state.phase in counts:
            total, done = counts[state.phase]
            self.bar.update(self.task, description=f"{state.phase}{step}", total=total, completed=done, rate=rate)
        else:
            self.bar.update(self.task, description=state.phase, rate=rate)
