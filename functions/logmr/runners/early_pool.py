"""The workers of a job on local text files started before its first plan, where that plan could
only start them (pool.start_pool_for): they import pyarrow for the text formats' kernels (0.1 s)
while the runner plans (0.03-0.05 s for a text file: the format's detection, its layout learnt),
rather than the runner importing it for them once the plan is done. Before the plan the format is
a guess from the first file's first bytes: a wrong guess costs a worker an import, never a result
(the plan decides the format; a task imports what it needs). A JSON job's workers have no such
import to make and start after the plan as before (started first, its runs were 30-85 ms slower,
medians of seven), as do a folder's or a pattern's (listed by the plan alone), S3 inputs and
compressed files (whose first bytes tell no format)."""

from __future__ import annotations

import os
import stat

from ..engine.inputs import InputError, is_pattern, resolve_inputs, sniff_compression
from ..engine.pruning import prune
from ..engine.spec import JobSpec
from ..formats.base import BOM
from .pool import _KERNEL_FORMATS, pooled_at_any_format
from .workers import WorkerPool

HEAD_BYTES = 4096


def start_pool_early(workers: int, task_timeout: float | None, spec: JobSpec) -> WorkerPool | None:
    """The pool, started now, for a job on text files that its first plan would give workers
    whatever it finds; else None (the plan starts the pool, or runs a small job inline)."""
    if not all(_one_local_file(name) for name in spec.inputs):
        return None
    try:
        files, _ = prune(resolve_inputs(spec.inputs, None, spec.allowed_folders), spec.since, spec.until)
        head = _head(files[0].uri) if files else b""
    except (InputError, OSError, ValueError):
        return None  # (the plan tells what is wrong)
    if guessed_format(spec, head) not in _KERNEL_FORMATS or not pooled_at_any_format(spec, sum(f.size for f in files)):
        return None
    return WorkerPool(workers, task_timeout, warm=["logmr.engine.arrow"])


def _one_local_file(name: str) -> bool:
    return not name.startswith("s3://") and not is_pattern(name) and os.path.isfile(os.path.expanduser(name))


def _head(path: str) -> bytes:
    """The file's first bytes; nothing but a regular file is read (never waiting on a pipe)."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    try:
        return os.read(descriptor, HEAD_BYTES) if stat.S_ISREG(os.fstat(descriptor).st_mode) else b""
    finally:
        os.close(descriptor)


def guessed_format(spec: JobSpec, head: bytes) -> str | None:
    """The format the plan will likely find: the one named, else JSON lines where the first file
    opens with `{` (past a byte order mark and blanks), else plain text; None for compressed bytes
    or an empty file."""
    if spec.format != "auto":
        return spec.format
    if not head or sniff_compression(head) is not None:
        return None
    return "json" if head.removeprefix(BOM).lstrip().startswith(b"{") else "plain"
