"""Whether a block of bytes is valid UTF-8, as strict as Python's decoding, without decoding it
whole (a string of 2 or 4 bytes a character as soon as one line holds a character past U+00FF)."""

from __future__ import annotations

import sys


def arrow_utf8(data: bytes) -> bool:
    """Whether the bytes are UTF-8, by Arrow's check: as strict as Python's decoding, without a
    string (0.3 ms a 4 MiB block where decoding it takes 8)."""
    import pyarrow as pa

    from .columnar import whole_text

    try:
        whole_text(data).validate(full=True)
    except pa.ArrowInvalid:
        return False
    return True


_CHUNK = 4096  # bytes checked at a time (then on to the next newline)
_WIDE_CHUNKS = 8  # chunks in a row that are not ASCII, past which the rest is decoded at once
# A process checks a block that is not ASCII on Arrow (arrow_utf8: 0.3 ms a 4 MiB block of
# pino's lines, 5 by chunks) once pyarrow is imported, or once it has checked this many blocks of
# at least _LARGE bytes by chunks where numpy is hidden (the `logmr` program's forked workers,
# cli/run.py): a long job's JSON worker then imports pyarrow (60 ms; where numpy is importable,
# 130 ms, and pyarrow's later look for pandas could import it: no switch there), a short job's never.
_CHUNKED_BLOCKS = 4
_LARGE = 1 << 20
_chunked = 0  # the large blocks this process checked by chunks


def is_utf8(data: bytes) -> bool:
    """Whether `data` is valid UTF-8. A character never spans an ASCII byte, so the data is cut
    after newlines into chunks of about _CHUNK bytes and only the chunks that are not ASCII are
    decoded: decoding a block whole builds a string of 2 or 4 bytes a character as soon as one
    line holds a character past U+00FF (13 ms for 4 MiB of pino's lines, 2.5% of them Japanese);
    or on Arrow (above)."""
    global _chunked
    if data.isascii():
        return True
    if "pyarrow" in sys.modules or (_chunked >= _CHUNKED_BLOCKS and sys.modules.get("numpy", False) is None):
        return arrow_utf8(data)
    _chunked += len(data) >= _LARGE
    start, size, wide = 0, len(data), 0
    try:
        while start < size:
            if wide == _WIDE_CHUNKS:  # (most lines not ASCII: the rest in one go)
                data[start:].decode("utf-8")
                break
            end = data.find(b"\n", start + _CHUNK) + 1 or size
            chunk = data[start:end]
            if chunk.isascii():
                wide = 0
            else:
                chunk.decode("utf-8")
                wide += 1
            start = end
    except UnicodeDecodeError:
        return False
    return True
