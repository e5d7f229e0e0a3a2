"""Reading a split input by input: a byte range of one input, or the whole inputs a split packs.

Every input is read by the same functions (reader.open_split, reader.split_blocks) as a one-input
split, after its first bytes decide what it is: its compression (magic bytes), whether it is text
(a binary or vanished input is reported, not read), and, where the plan left them open, its format
and header layout. A packed split's inputs are fetched a few at a time ahead of the one being read
(FETCH_THREADS GETs at once, at most FETCH_AHEAD_BYTES held; an input larger than FETCH_MAX_OBJECT
is streamed when its turn comes instead).
"""

from __future__ import annotations

import io
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, BinaryIO, NamedTuple

from ..formats import AUTO, binary_reason, detect_format
from ..formats.reading import learn_layout
from ..storage import ObjectNotFoundError
from .decompress import CorruptInputError
from .inputs import InputError, open_input, sniff_compression
from .packing import DETECT_BYTES, service_from_uri
from .reader import BLOCK_SIZE, open_split, split_blocks
from .spec import InputProblem, Split

FETCH_THREADS = 16
FETCH_AHEAD_BYTES = 64 * 1024 * 1024
FETCH_MAX_OBJECT = 16 * 1024 * 1024


class Piece(NamedTuple):
    """One input of a split: the one-input split it is read as and its (offset, block) pairs of whole lines, or
    why it is left out. `first`: the piece starts its input (it counts the input as read)."""

    split: Split
    blocks: Iterator[tuple[int, bytes]] | None = None
    problem: InputProblem | None = None
    first: bool = True


def object_splits(split: Split) -> list[Split]:
    """The one-input splits of a split's packed inputs (the split itself if it packs none)."""
    if split.objects is None:
        return [split]
    return [
        Split(
            index=split.index,
            uri=item.uri,
            start=0,
            end=item.size,
            format=split.format,
            service=service_from_uri(item.uri),
            layout=split.layout,
        )
        for item in split.objects
    ]


class _Prefixed:
    """A stream with bytes already read from it put back in front."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self.head, self.stream = head, stream

    def read(self, size: int = -1) -> bytes:
        if not self.head:
            return self.stream.read(size)
        if size < 0 or size > len(self.head):
            data, self.head = self.head + self.stream.read(size - len(self.head) if size >= 0 else -1), b""
            return data
        data, self.head = self.head[:size], self.head[size:]
        return data

    def close(self) -> None:
        self.stream.close()

    def __enter__(self) -> _Prefixed:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _fetch(uri: str, s3_client: Any | None) -> bytes:
    with open_input(uri, 0, s3_client) as stream:
        return stream.read()


def _opened(split: Split, s3_client: Any | None, fetched: Future | None) -> BinaryIO:
    """A packed input from its start: fetched already, or opened now. InputError if it is gone."""
    if fetched is not None:
        return io.BytesIO(fetched.result())
    return open_input(split.uri, 0, s3_client)


def _fetch_ahead(splits: list[Split], s3_client: Any | None) -> Iterator[tuple[Split, Future | None]]:
    """The packed inputs in order, each with the fetch of its bytes when it is small enough (at most
    FETCH_AHEAD_BYTES of them asked for or held at once)."""
    small = [s.end <= FETCH_MAX_OBJECT for s in splits]
    with ThreadPoolExecutor(FETCH_THREADS) as pool:
        ahead: deque[Future | None] = deque()
        held, asked = 0, 0
        for i, split in enumerate(splits):
            while asked < len(splits) and (not ahead or (held + splits[asked].end <= FETCH_AHEAD_BYTES)):
                if not small[asked]:
                    if ahead:
                        break  # a large input is streamed when its turn comes: nothing fetched past it yet
                    ahead.append(None)
                else:
                    ahead.append(pool.submit(_fetch, splits[asked].uri, s3_client))
                    held += splits[asked].end
                asked += 1
            fetched = ahead.popleft()
            yield split, fetched
            held -= split.end if small[i] else 0


def _read_head(stream: BinaryIO) -> bytes:
    """Up to DETECT_BYTES from a stream: those decoded before any damage (reading on raises again)."""
    try:
        return stream.read(DETECT_BYTES)
    except CorruptInputError:
        return b""


def _sniffed(split: Split, raw: BinaryIO) -> tuple[Split, BinaryIO]:
    """A whole input's split with its compression from its first bytes (put back in the stream)."""
    magic = raw.read(4)
    split.compression = sniff_compression(magic)
    return split, _Prefixed(magic, raw)  # type: ignore[return-value]


def _piece(split: Split, stream: BinaryIO, whole: bool, block_size: int) -> Piece:
    """The piece read from a split's open stream: its head decides text or not, and its format and
    layout where the plan left them open (AUTO, or any whole input's layout)."""
    head = _read_head(stream)
    reason = binary_reason(head)
    first = whole or split.start == 0
    if reason:
        return Piece(split, problem=InputProblem(uri=split.uri, reason=reason), first=first)
    if split.format == AUTO:
        split.format = detect_format(head).name
        # A range of a file is opened where its first line starts: records spanning lines are
        # read only where the plan learned the file's layout (a whole input learns its own here).
        split.layout = learn_layout(split.format, head) if whole or split.start == 0 else None
    elif whole and split.layout is None:
        split.layout = learn_layout(split.format, head)
    if isinstance(stream, io.BufferedReader) and stream.seekable():  # (a local file as it is: read by offset)
        stream.seek(-len(head), io.SEEK_CUR)
    else:
        stream = _Prefixed(head, stream)  # type: ignore[assignment]
    return Piece(split, split_blocks(stream, split, block_size), first=first)


def read_pieces(split: Split, s3_client: Any | None = None, block_size: int = BLOCK_SIZE) -> Iterator[Piece]:
    """The pieces of a split, in order; each one's blocks must be read before the next is asked for."""
    if split.objects is None:
        with open_split(split, s3_client) as stream:
            yield _piece(split, stream, False, block_size)
        return
    for piece, fetched in _fetch_ahead(object_splits(split), s3_client):
        try:
            raw = _opened(piece, s3_client, fetched)
        except (InputError, ObjectNotFoundError) as error:
            yield Piece(piece, problem=InputProblem(uri=piece.uri, reason=f"unreadable: {error}"))
            continue
        piece, raw = _sniffed(piece, raw)
        with open_split(piece, s3_client, raw) as stream:
            yield _piece(piece, stream, True, block_size)


def until_damage(blocks: Iterator[tuple[int, bytes]], corrupt: list[InputProblem]) -> Iterator[tuple[int, bytes]]:
    """The blocks read before a damaged input's damage; the damage is noted in `corrupt`."""
    try:
        yield from blocks
    except CorruptInputError as error:
        corrupt.append(InputProblem(uri=error.uri, reason=error.reason))
