"""A block of JSON lines that the one-call decode rejects, cut into pieces: the lines to blame go
line by line, the lines around them are decoded again in whole pieces. Lines that cannot be a JSON
object alone (a cut line, a line of text, a blank line) are found first, in one pass."""

import re
from collections.abc import Callable, Sequence
from itertools import chain
from typing import Any

from ..native import suspect_ends
from .base import BOM, Batch, keep_samples
from .json_text import TextBlock

# How many bad spots a block may have before the rest of it is parsed line by line.
MAX_BAD_SPOTS = 64
_AT_BYTE = re.compile(r"\(byte (\d+)\)")
_AT_ROW = re.compile(r"`\$\[(\d+)\]")


def _line_start(block: bytes, offset: int) -> int:
    return block.rfind(b"\n", 0, offset) + 1


def _nth_line_start(block: bytes, index: int) -> int:
    start = 0
    for _ in range(index):
        start = block.find(b"\n", start) + 1
        if not start:
            return len(block)
    return start


def _bad_spot(error: Exception, block: bytes) -> tuple[int, int] | None:
    """Where in the block the lines to blame for a failed block decode are likely to be: the line
    the decoder stopped in and the one before it (a cut line's open string ends in the next line).
    A guess: the lines before are decoded again, and fail again if the fault lies earlier."""
    text = str(error)
    bom = 3 if block.startswith(BOM) else 0
    found = _AT_BYTE.search(text)
    if isinstance(error, UnicodeDecodeError):  # (msgspec's, for a string that is not UTF-8)
        try:
            block.decode("utf-8")
            return None
        except UnicodeDecodeError as invalid:
            offset = invalid.start
        end, start = block.find(b"\n", offset), _line_start(block, offset)
    elif found is not None:
        offset = min(max(int(found[1]) - 1 + bom, bom), len(block))
        end = block.find(b"\n", offset)
        start = _line_start(block, offset)
    elif (found := _AT_ROW.search(text)) is not None:
        start = _nth_line_start(block, int(found[1]))
        end = block.find(b"\n", start)
    elif "truncated" in text:
        end, start = len(block), _line_start(block, len(block.rstrip(b"\n")))
    else:
        return None
    start = _line_start(block, start - 1) if start > bom else 0
    return start, len(block) if end == -1 else end + 1


# The newline of a line that does not end with `}` (before a CR): no JSON object alone. (Found in C
# where logmr_native is built: json_native.)
_SUSPECT_END = re.compile(rb"\n(?<!\}\n)(?<!\}\r\n)")


def cut_around_suspects(block: bytes) -> list[tuple[bytes, bool]] | None:
    """The block as (piece, fast) in order, each line that cannot be a JSON object alone (it does
    not end with `}`: a cut line, a line of text, a blank line) a slow piece of its own; None when
    there is no such line."""
    ends = suspect_ends(block) if suspect_ends else [found.end() for found in _SUSPECT_END.finditer(block)]
    last = block.rfind(b"\n") + 1
    if last < len(block) and not block.endswith((b"}", b"}\r")):  # a last line without its newline
        ends.append(len(block))
    if not ends:
        return None
    pieces, at = [], 0
    for end in ends:
        start = block.rfind(b"\n", 0, end - 1) + 1
        pieces += [(block[at:start], True), (block[start:end], False)]
        at = end
    return [*pieces, (block[at:], True)]


def decode_in_pieces(
    block: bytes, decode: Callable[[bytes], Any], errors: tuple[type[Exception], ...], cut_first: bool = False
):
    """(piece, decode(piece)) for the good pieces of a block and (piece, None) for the lines the
    fast path cannot take (cut or broken lines, text lines, values of other types), in order: one
    bad line costs its neighbourhood, not the whole block. A piece is good only when `decode`
    accepts it whole. A block that fails whole is first cut around its suspect lines, in one pass
    (`cut_first`: before any decode, as for a file whose last block had such lines)."""
    pieces: list[tuple[bytes, Any]] = []
    cut = cut_around_suspects(block) if cut_first else None
    todo: list[tuple[bytes, bool]] = [(block, True)] if cut is None else list(reversed(cut))
    spots = 0
    while todo:
        piece, fast = todo.pop()
        if not piece:
            continue
        if not fast:
            pieces.append((piece, None))
            continue
        try:
            pieces.append((piece, decode(piece)))
            continue
        except errors as error:
            cut = cut_around_suspects(piece) if piece is block else None
            if cut is not None:
                todo += reversed(cut)
                continue
            spot = _bad_spot(error, piece) if spots < MAX_BAD_SPOTS else None
        spots += 1
        if spot is None:
            pieces.append((piece, None))
            continue
        start, end = spot
        todo += [(piece[end:], True), (piece[start:end], False), (piece[:start], True)]
    return pieces


_OBJECT_START = re.compile(r'\s*\{\s*"(?:[^"\\]|\\.)*"\s*:')


def starts_like_json_object(text: str) -> bool:
    """Whether a (possibly cut) line begins as a JSON object does: `{"key":`."""
    return _OBJECT_START.match(text) is not None


def merge_batches(batches: list[Batch], fields: Sequence[str]) -> Batch:
    """The batches of a block's consecutive pieces as one."""
    columns: dict[str, list[Any]] = {}
    for name in fields:  # (chained in C: a block's 30,000 values a column)
        if name == "text":  # (the pieces' TextBlocks joined as bytes)
            columns[name] = TextBlock.joined([batch.columns[name] for batch in batches])
        else:
            columns[name] = list(chain.from_iterable(batch.columns[name] for batch in batches))
    samples: list[str] = []
    for batch in batches:
        samples = keep_samples(samples, batch.malformed_samples)
    return Batch(
        columns=columns,
        records=sum(b.records for b in batches),
        lines=sum(b.lines for b in batches),
        malformed=sum(b.malformed for b in batches),
        malformed_samples=samples,
    )
