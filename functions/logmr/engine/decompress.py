"""Decompressing gzip and zstd inputs so that damage fails loudly instead of shortening the file;
and text written in UTF-16 (a byte order mark first: SQL Server's ERRORLOG, Windows PowerShell's
`Out-File`) read as UTF-8, a stream of its own kind: such a file is read whole, by one task, as a
compressed one is (its units are two bytes: a byte range could start inside one).

A truncated gzip member or a damaged block raises in the standard library; a zstd stream cut
short does not (zstandard's stream reader just stops), so the compressed bytes are followed
frame by frame as they go by (`ZstdFrameTracker`) and the stream must end between two frames.
Either way the reader gets every byte decoded before the damage, then CorruptInputError.
"""

from __future__ import annotations

import codecs
import gzip
import zlib
from typing import Any, BinaryIO

import zstandard

ZSTD_FRAME_MAGIC = b"\x28\xb5\x2f\xfd"
_SKIPPABLE_MAGIC_MASK = 0xFFFFFFF0
_SKIPPABLE_MAGIC = 0x184D2A50


class CorruptInputError(ValueError):
    """A compressed input that cannot be read to its end: truncated or damaged. Deterministic:
    reading it again fails the same way."""

    def __init__(self, uri: str, reason: str) -> None:
        super().__init__(uri, reason)  # both in args, so that it pickles across processes
        self.uri, self.reason = uri, reason

    def __str__(self) -> str:
        return f"corrupt input {self.uri}: {self.reason}"


class ZstdFrameTracker:
    """Follows a zstd stream's frame structure (RFC 8878: frame header, block headers and sizes,
    checksum; skippable frames) without decoding it, to tell whether it ended between frames."""

    def __init__(self) -> None:
        self.frames = 0  # frames begun
        self.problem: str | None = None
        self._part = "magic"  # what the next `_want` bytes are
        self._want = 4
        self._header = bytearray()
        self._skip = 0  # bytes of block content (or of a skippable frame) still to pass over
        self._checksum = False
        self._blocks = 0  # blocks begun in the current frame
        self._done = True  # the current frame is complete once `_skip` is passed
        self._skippable = False

    @property
    def between_frames(self) -> bool:
        return self.problem is None and self._done and not self._skip and not self._header

    def where(self) -> str:
        """Where the stream stopped, in words."""
        if self.problem:
            return self.problem
        frame = f"frame {self.frames}"
        if self._skip:
            return f"it ends inside {frame}" if self._skippable else f"it ends inside block {self._blocks} of {frame}"
        if self._part == "magic":
            return f"it ends inside the magic number of frame {self.frames + 1}"
        if self._part == "checksum":
            return f"it ends inside the checksum of {frame}"
        if self._part == "block" and self._blocks:
            return f"it ends after block {self._blocks} of {frame}, which is not its last"
        return f"it ends inside the header of {frame}"

    def feed(self, data: bytes) -> None:
        pos, size = 0, len(data)
        while pos < size and self.problem is None:
            if self._skip:
                step = min(self._skip, size - pos)
                self._skip -= step
                pos += step
                continue
            take = min(self._want - len(self._header), size - pos)
            self._header += data[pos : pos + take]
            pos += take
            if len(self._header) == self._want:
                header = bytes(self._header)
                self._header.clear()
                self._next(header)

    def _expect(self, part: str, want: int) -> None:
        self._part, self._want = part, want

    def _next(self, header: bytes) -> None:
        part = self._part
        if part == "magic":
            self.frames += 1
            self._done, self._blocks = False, 0
            self._skippable = header != ZSTD_FRAME_MAGIC
            if header == ZSTD_FRAME_MAGIC:
                self._expect("descriptor", 1)
            elif int.from_bytes(header, "little") & _SKIPPABLE_MAGIC_MASK == _SKIPPABLE_MAGIC:
                self._expect("skippable", 4)
            else:
                self.problem = f"frame {self.frames} does not start with a zstd magic number"
        elif part == "skippable":
            self._skip = int.from_bytes(header, "little")
            self._done = True
            self._expect("magic", 4)
        elif part == "descriptor":
            descriptor = header[0]
            single_segment = bool(descriptor & 0x20)
            self._checksum = bool(descriptor & 0x04)
            content_size = (1 if single_segment else 0, 2, 4, 8)[descriptor >> 6]
            dictionary_id = (0, 1, 2, 4)[descriptor & 0x03]
            rest = (0 if single_segment else 1) + dictionary_id + content_size
            if rest:
                self._expect("header", rest)
            else:
                self._expect("block", 3)
        elif part == "header":
            self._expect("block", 3)
        elif part == "block":
            value = int.from_bytes(header, "little")
            last, kind, size = value & 1, (value >> 1) & 3, value >> 3
            self._blocks += 1
            if kind == 3:
                self.problem = f"block {self._blocks} of frame {self.frames} has the reserved block type"
                return
            self._skip = 1 if kind == 1 else size  # an RLE block holds one byte
            if last and self._checksum:
                self._expect("checksum", 4)
            elif last:
                self._done = True
                self._expect("magic", 4)
        elif part == "checksum":
            self._done = True
            self._expect("magic", 4)


class _TrackedSource:
    """The compressed source of a zstd stream reader, shown to a ZstdFrameTracker on the way."""

    def __init__(self, raw: BinaryIO, tracker: ZstdFrameTracker) -> None:
        self.raw, self.tracker = raw, tracker

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        self.tracker.feed(data)
        return data


UTF16 = "utf-16"  # (what inputs.sniff_compression calls a UTF-16 text's byte order mark)


class _Utf16:
    """A UTF-16 text (its byte order mark tells the byte order) read as UTF-8; a lone surrogate or a
    last odd byte read as U+FFFD, as any other text's invalid bytes are."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw, self.decoder = raw, codecs.getincrementaldecoder("utf-16")("replace")

    def read1(self, size: int) -> bytes:
        """Some text, as UTF-8 (b"" only at the end: a read that decodes to nothing yet, a byte order
        mark or a surrogate pair's first half, reads on)."""
        while True:
            data = self.raw.read(max(4, size // 2 * 2))
            text = self.decoder.decode(data, final=not data)
            if text or not data:
                return text.encode("utf-8", "surrogatepass")

    def close(self) -> None:
        self.raw.close()


class DecompressedStream:
    """A readable stream of an input's decompressed bytes. read() returns what was decoded before
    any damage; the next read() raises CorruptInputError naming the input and what is wrong."""

    def __init__(self, raw: BinaryIO, compression: str, uri: str) -> None:
        self.uri, self.compression = uri, compression
        self.tracker: ZstdFrameTracker | None = None
        self.inner: Any
        if compression == "gzip":
            self.inner = gzip.GzipFile(fileobj=raw)
        elif compression == UTF16:
            self.inner = _Utf16(raw)
        elif compression == "zstd":
            self.tracker = ZstdFrameTracker()
            source = _TrackedSource(raw, self.tracker)
            self.inner = zstandard.ZstdDecompressor().stream_reader(source, read_across_frames=True)
        else:
            raise ValueError(f"unknown compression {compression!r}")
        self.produced = 0
        self.error: CorruptInputError | None = None
        self.ended = False

    def read(self, size: int = -1) -> bytes:
        if self.error is not None:
            raise self.error
        if self.ended:
            return b""
        size = size if size >= 0 else 1 << 62
        parts: list[bytes] = []
        got = 0
        while got < size:
            try:
                # read1: at most one read of the source, so a failing call loses little
                chunk = self.inner.read1(min(size - got, 1 << 22))
            except (EOFError, zlib.error, gzip.BadGzipFile, zstandard.ZstdError) as error:
                self.error = CorruptInputError(self.uri, self._reason(error))
                break
            if not chunk:
                self.ended = True
                self.error = self._check_end()
                break
            parts.append(chunk)
            got += len(chunk)
            self.produced += len(chunk)
        if not parts and self.error is not None:
            raise self.error
        return parts[0] if len(parts) == 1 else b"".join(parts)

    def _check_end(self) -> CorruptInputError | None:
        tracker = self.tracker
        if tracker is None or tracker.between_frames:
            return None
        # A cut exactly between two frames leaves a valid, shorter stream: nothing can tell.
        what = "corrupt zstd stream" if tracker.problem else "truncated zstd stream"
        return CorruptInputError(self.uri, f"{what}: {tracker.where()} after {self.produced:,} decompressed bytes")

    def _reason(self, error: BaseException) -> str:
        after = f"after {self.produced:,} decompressed bytes"
        if isinstance(error, EOFError):
            return f"truncated {self.compression} stream: it ends inside a member, {after}"
        return f"corrupt {self.compression} stream: {error} ({after})"

    def close(self) -> None:
        self.inner.close()

    def __enter__(self) -> DecompressedStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
