"""A local file's blocks read by offset, each in one read of its own bytes.

Reading a split as a stream, each block is the bytes carried from the last read (the start of
the line or record it ended inside) joined with the new read up to the block's cut: the block's
bytes are copied twice, by the read and by the join (1.3 ms a 4 MiB block). Where the stream is a
local file read as it is (no compression), the cut is found first, in the last TAIL_WINDOW bytes
the stream would read next, read alone by offset (os.pread), and then the block is read in one
read: the same blocks, at the same cuts, copied once. Where the window does not tell (no line
ends in it, a record reaches back past it, the file or the split ends within the read), the
reader carries on as a stream from where the stream would be, the carried bytes read back.
"""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Callable, Generator
from typing import BinaryIO

TAIL_WINDOW = 64 * 1024  # (record_blocks.py looks back this far from a read's end for a cut)


class ExactReads:
    """Reads by offset on a stream's file; `offsets` are the stream's (a local file's own)."""

    def __init__(self, stream: BinaryIO, block_size: int) -> None:
        self.stream, self.block_size = stream, block_size
        self.fd, self.window = stream.fileno(), min(TAIL_WINDOW, block_size)

    @staticmethod
    def of(stream: BinaryIO, block_size: int) -> ExactReads | None:
        """For a local regular file opened as it is (a stream of its bytes at their offsets), else
        None (a pipe has no offsets)."""
        try:
            regular = isinstance(stream, io.BufferedReader) and stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
        except (OSError, io.UnsupportedOperation):  # (a reader with no file behind it)
            regular = False
        return ExactReads(stream, block_size) if regular else None

    def tail(self, read_to: int) -> tuple[int, bytes] | None:
        """(offset, bytes) of the last `window` bytes of the next read, where the stream's next
        read starts at `read_to`; None where the file ends before that read's end."""
        at = read_to + self.block_size - self.window
        window = os.pread(self.fd, self.window, at)
        return (at, window) if len(window) == self.window else None

    def read(self, start: int, stop: int) -> bytes:
        """The file's bytes [start, stop), in one read (a short read's rest read after it); fewer
        where the file ends first (cut short while read: the caller goes back to the stream)."""
        data = os.pread(self.fd, stop - start, start)
        while len(data) < stop - start:
            more = os.pread(self.fd, stop - start - len(data), start + len(data))
            if not more:
                break
            data += more
        return data

    def resume(self, pos: int, read_to: int) -> bytes:
        """Back to reading as a stream: the stream moved to `read_to`, and the bytes carried from
        `pos` to there."""
        self.stream.seek(read_to)
        return self.read(pos, read_to) if read_to > pos else b""

    def blocks(
        self, pos: int, read_to: int, last: int, cut_in: Callable[[int, bytes], int | None]
    ) -> Generator[tuple[int, bytes], None, tuple[int, int] | None]:
        """The blocks from `pos`, the stream's next read starting at `read_to`, while that read
        would end by `last` and `cut_in(offset, window)` finds the block's end (an offset in the
        file) in the read's last bytes, each block read in one read; then (pos, read_to) for the
        stream to carry on from, None if no block was read."""
        first = pos
        while read_to + self.block_size <= last:
            tail = self.tail(read_to)
            cut = None if tail is None else cut_in(*tail)
            if cut is None:
                break
            block = self.read(pos, cut)
            if len(block) != cut - pos:  # (the file cut short while read: the stream's loop sees its end)
                break
            yield pos, block
            pos, read_to = cut, read_to + self.block_size
        return (pos, read_to) if pos != first else None
