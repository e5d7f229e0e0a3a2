"""The workers of a job on local text files started before its first plan, where that plan could
only start them (pool.start_pool_for): they import pyarrow for the text formats' kernels (0.1 s)
while the runner plans (the format's detection, 0.03-0.05 s for a text file), rather than the
runner importing it for them once the plan is done. Before the plan the format is a guess from the
first file's first bytes: a wrong guess costs a worker an import, never a result (the plan decides
the format; a task imports what it needs). A JSON job's workers have no such import to make: they
start after the plan as before, inheriting what it loaded (started first, its runs were 30-80 ms
slower, medians of seven)."""

from __future__ import annotations

from ..engine.inputs import InputError, resolve_inputs, sniff_compression
from ..engine.rates import task_bytes_per_s, throughput_table
from ..engine.spec import JobSpec
from ..formats.base import BOM
from .pool import _KERNEL_FORMATS, INLINE_SECONDS
from .workers import WorkerPool

HEAD_BYTES = 4096


def start_pool_early(workers: int, task_timeout: float | None, spec: JobSpec) -> WorkerPool | None:
    """The pool, started now, for a job on text files whose first plan would start one whatever the
    plan finds; None where it might not (a small built-in job runs inline), where the inputs are
    not local files (their listing and reads are the plan's alone) and where the workers would
    import nothing large (JSON lines, compressed inputs)."""
    if any(uri.startswith("s3://") for uri in spec.inputs):
        return None
    try:
        files = resolve_inputs(spec.inputs, None, spec.allowed_folders)
        with open(files[0].uri, "rb") as first:
            head = first.read(HEAD_BYTES)
    except (InputError, OSError, IndexError):
        return None  # (the plan tells what is wrong)
    warm = warm_modules(spec, head)
    if "logmr.engine.arrow" not in warm or not _past_inline(spec, sum(file.size for file in files)):
        return None
    return WorkerPool(workers, task_timeout, warm=warm)


def _past_inline(spec: JobSpec, size: int) -> bool:
    """Whether the plan will start workers for `size` bytes of input at the least (pool.start_pool_for's
    rule at the analysis's fastest measured rate on any format; a user's job always gets them)."""
    rates = throughput_table()["rates"].get(spec.analysis)
    if rates is None:
        return True
    fastest = max(task_bytes_per_s(spec.analysis, fmt) for fmt in rates)
    return size / fastest >= INLINE_SECONDS


def warm_modules(spec: JobSpec, head: bytes) -> list[str]:
    """What the job's workers will likely import, from its format (`auto`: JSON lines where the
    first file opens with `{`, else text) and output: a JSON job's pyarrow only for Parquet."""
    if sniff_compression(head) is not None:
        return []
    text = head.removeprefix(BOM).lstrip()
    fmt = spec.format if spec.format != "auto" else "json" if text.startswith(b"{") else "plain"
    arrow = fmt in _KERNEL_FORMATS or spec.output_format == "parquet"
    return (["logmr.engine.arrow"] if arrow else []) + (["logmr.formats.jsonl", "re2"] if fmt == "json" else [])
