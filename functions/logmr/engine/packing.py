"""Cutting a job's inputs into splits without a request per input (as Hadoop's CombineFileInputFormat).

- A small input (at most the split size) and a compressed one (by its name's extension, any size)
  is read whole: consecutive ones are packed into one split of about the split size, at most
  PACK_MAX_OBJECTS of them (and PACK_MAX_ITEM_BYTES of names: a split is one Distributed Map item,
  whose input AWS limits to 256 KiB). The map task finds each one's compression (magic bytes),
  whether it is text, its format and header layout from its own first bytes (engine/pieces.py).
- A large plain input (more than the split size) is cut into byte ranges of the split size. Its
  format and layout come from its head, read here, so that every range of a file reads it alike:
  one request per large input, at most one per split (a sample per folder misreads a folder of
  mixed logs with one extension, /var/log/*.log), SAMPLE_THREADS at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from ..formats import AUTO, binary_reason, detect_format, get_format
from ..formats.reading import learn_layout, read_whole
from .inputs import InputFile, open_input, sniff_compression
from .spec import JobSpec, Split, SplitObject

DETECT_BYTES = 64 * 1024
PACK_MAX_OBJECTS = 1_000
PACK_MAX_ITEM_BYTES = 192 * 1024
SAMPLE_THREADS = 8
_EXTENSIONS = re.compile(r"(\.(log|txt|json|jsonl|ndjson|gz|gzip|zst|zstd|\d+))+$", re.IGNORECASE)
_COMPRESSED = re.compile(r"\.(gz|gzip|tgz|zst|zstd)$", re.IGNORECASE)


def service_from_uri(uri: str) -> str:
    """The default service of a file's records: its name without log-ish extensions."""
    name = uri.rstrip("/").rsplit("/", 1)[-1]
    return _EXTENSIONS.sub("", name) or name


def split_byte_ranges(size: int, split_size: int) -> list[tuple[int, int]]:
    """[start, end) ranges of at most split_size bytes covering [0, size); one empty range for size 0."""
    if size <= 0:
        return [(0, 0)]
    return [(start, min(start + split_size, size)) for start in range(0, size, split_size)]


def compressed_name(uri: str) -> bool:
    """Whether an input's name says it is compressed (.gz, .zst, ...)."""
    return bool(_COMPRESSED.search(uri))


class Reading:
    """How the ranges of a large input are read: format, layout, or whole if it is compressed (or
    a W3C log, whose columns may change at a directive: `reading.read_whole`)."""

    def __init__(self, fmt: str, layout: list[list[str]] | None = None, compression: str | None = None) -> None:
        self.format, self.layout, self.compression = fmt, layout, compression
        self.whole = compression is not None or read_whole(fmt, layout)


def sample_reading(uri: str, job_format: str, s3_client: Any | None = None) -> Reading:
    """The reading of a large input from its head. A compressed one is read whole (one split); a
    binary one leaves each range to find it (AUTO: the map task reports it)."""
    with open_input(uri, 0, s3_client) as stream:
        head = stream.read(DETECT_BYTES)
    compression = sniff_compression(head[:4])
    if compression:
        return Reading(job_format, compression=compression)
    if binary_reason(head):
        return Reading(AUTO)
    fmt = detect_format(head).name if job_format == AUTO else get_format(job_format).name
    return Reading(fmt, learn_layout(fmt, head))


def _large(item: InputFile, split_size: int) -> bool:
    return item.size > split_size and not compressed_name(item.uri)


def large_inputs(files: list[InputFile], split_size: int) -> list[str]:
    """The inputs cut into byte ranges (each sampled once)."""
    return [item.uri for item in files if _large(item, split_size)]


def _samples(spec: JobSpec, files: list[InputFile], split_size: int, s3_client: Any | None) -> dict[str, Reading]:
    """The reading of each large plain input, a few sampled at a time."""
    large = large_inputs(files, split_size)
    if len(large) < 2:  # one read here: a thread pool's start and join cost more than it saves
        return {uri: sample_reading(uri, spec.format, s3_client) for uri in large}
    with ThreadPoolExecutor(min(SAMPLE_THREADS, len(large))) as pool:
        readings = pool.map(lambda uri: sample_reading(uri, spec.format, s3_client), large)
        return dict(zip(large, readings, strict=True))


class _Pack:
    """The whole inputs of the split being filled."""

    def __init__(self) -> None:
        self.objects: list[SplitObject] = []
        self.bytes = 0
        self.names = 0

    def fits(self, item: InputFile, split_size: int) -> bool:
        if not self.objects:
            return True
        return (
            self.bytes + item.size <= split_size
            and len(self.objects) < PACK_MAX_OBJECTS
            and self.names + len(item.uri) + 24 <= PACK_MAX_ITEM_BYTES
        )

    def add(self, item: InputFile) -> None:
        self.objects.append(SplitObject(item.uri, item.size))
        self.bytes += item.size
        self.names += len(item.uri) + 24  # the pair's brackets, quotes, size and comma

    def split(self, index: int, job_format: str) -> Split:
        first = self.objects[0].uri
        return Split(index=index, uri=first, start=0, end=self.bytes, format=job_format, objects=self.objects)


def _ranges(item: InputFile, reading: Reading, split_size: int, first_index: int) -> list[Split]:
    service = service_from_uri(item.uri)
    return [
        Split(
            index=first_index + i,
            uri=item.uri,
            start=start,
            end=end,
            format=reading.format,
            service=service,
            layout=reading.layout,
        )
        for i, (start, end) in enumerate(split_byte_ranges(item.size, split_size))
    ]


def pack_splits(
    spec: JobSpec, files: Iterable[InputFile], split_size: int, s3_client: Any | None = None
) -> Iterator[Split]:
    """The splits of the inputs, in their order, numbered from 0."""
    files = list(files)
    readings = _samples(spec, files, split_size, s3_client)
    pack, index = _Pack(), 0
    for item in files:
        reading = readings.get(item.uri) if _large(item, split_size) else None
        if reading is not None and not reading.whole:
            for split in _ranges(item, reading, split_size, index):
                yield split
                index += 1
            continue
        if not pack.fits(item, split_size):
            yield pack.split(index, spec.format)
            pack, index = _Pack(), index + 1
        pack.add(item)
    if pack.objects:
        yield pack.split(index, spec.format)
