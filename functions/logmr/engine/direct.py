"""A large output file written past the page cache (O_DIRECT), by a thread, as the task goes on.

parse writes about three bytes of rows for every byte it reads. Through the page cache, each
written page is a page the kernel must first find: on a machine whose memory holds cached files
(as any machine that just read gigabytes of logs does), it reclaims one for every page written,
and that system time fell on the task: 2-3 ms of CPU per MB on the benchmark's machine, a tenth
of parse's CPU (docs/benchmarks.md). Written with O_DIRECT, the bytes go from this process's
buffer to the disk: 0.1-0.2 ms per MB. Such writes wait for the disk, so a thread makes them
while the task fills the next buffer (os.write lets go of the GIL); at most two buffers are held.

Only a part that outgrows its first buffer goes this way: a smaller one is written through the
page cache when closed, as before (the job reads small parts back to summarize them). A file
system that refuses O_DIRECT (tmpfs on older kernels, some network or overlay file systems) gets
the page cache throughout. O_DIRECT writes whole aligned blocks from aligned memory: the buffers
are anonymous mappings (page-aligned) of a multiple of the block size, and the last, partial block
is appended through the page cache once the thread is done.
"""

from __future__ import annotations

import mmap
import os
import queue
import threading
from typing import Any, BinaryIO

#: Bytes a buffer holds (a multiple of any file system's block size).
BUFFER = 8 << 20
_ALIGN = 4096


class DirectFile:
    """A new file at `path` (created empty by the caller), written with `write` and `close`."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.buffer = mmap.mmap(-1, BUFFER)
        self.used = 0
        self.written = 0  # bytes handed to the thread
        self.fd: int | None = None
        self.direct = True  # (until O_DIRECT is refused)
        self.cached: BinaryIO | None = None  # the file through the page cache, where bytes go that way
        self.thread: threading.Thread | None = None
        self.full: queue.Queue[Any] = queue.Queue()
        self.free: queue.Queue[mmap.mmap] = queue.Queue()
        self.error: BaseException | None = None
        self.failed = False  # (a write's error raised: no more is written)

    def write(self, data: bytes | memoryview) -> int:
        view, at = memoryview(data).cast("B"), 0
        while at < len(view):
            take = min(BUFFER - self.used, len(view) - at)
            self.buffer[self.used : self.used + take] = view[at : at + take]
            self.used += take
            at += take
            if self.used == BUFFER:
                self._hand_over()
        return len(view)

    def _hand_over(self) -> None:
        """The full buffer to the thread (started with the first), and an empty one back."""
        if self.thread is None and self.direct:
            self.fd = _open_direct(self.path)
            self.direct = self.fd is not None
        if not self.direct:  # (no O_DIRECT here: the page cache, as open() writes)
            self._through_cache().write(self.buffer)
            self.written += BUFFER
            self.used = 0
            return
        if self.thread is None:
            self.free.put(mmap.mmap(-1, BUFFER))
            self.thread = threading.Thread(target=self._drain, name="logmr-direct-write", daemon=True)
            self.thread.start()
        self._check()
        self.full.put(self.buffer)
        self.written += BUFFER
        self.buffer = self.free.get()
        self.used = 0

    def _drain(self) -> None:
        assert self.fd is not None
        while (buffer := self.full.get()) is not None:
            try:
                if self.error is None and not self.failed:
                    _write_all(self.fd, memoryview(buffer))
            except BaseException as error:  # (raised in the task by its next write or close)
                self.error = error
            self.free.put(buffer)

    def _check(self) -> None:
        """A write's error raised in the task (once: close after it only cleans up)."""
        error, self.error = self.error, None
        if error is not None:
            self.failed = True
            raise error

    def close(self) -> None:
        """The rest of the bytes written (what fills whole blocks directly, the last partial block
        through the page cache), the thread ended; a write's error raised here at the latest."""
        try:
            if self.failed:
                if self.thread is not None:
                    self.full.put(None)
                    self.thread.join()
                return
            if self.thread is not None:
                aligned = self.used // _ALIGN * _ALIGN
                if aligned:
                    self.full.put(memoryview(self.buffer)[:aligned])
                self.full.put(None)
                self.thread.join()
                self._check()
                self.written += aligned
                tail = memoryview(self.buffer)[aligned : self.used]
            else:
                tail = memoryview(self.buffer)[: self.used]
            if len(tail):
                self._through_cache().write(tail)
        finally:
            if self.fd is not None:
                os.close(self.fd)
                self.fd = None
            if self.cached is not None:
                self.cached.close()
                self.cached = None

    def _through_cache(self) -> BinaryIO:
        """The file opened once for writes through the page cache, at the end of what is written."""
        if self.cached is None:
            self.cached = open(self.path, "r+b")  # noqa: SIM115 (closed by close())
            self.cached.seek(self.written)
        return self.cached


def _open_direct(path: str) -> int | None:
    """The file opened for O_DIRECT writes, or None where the platform or file system has none."""
    flag = getattr(os, "O_DIRECT", None)
    if flag is None:
        return None
    try:
        return os.open(path, os.O_WRONLY | flag)
    except OSError:
        return None


def _write_all(fd: int, data: memoryview) -> None:
    while len(data):
        data = data[os.write(fd, data) :]
