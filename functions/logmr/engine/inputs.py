"""Resolving job inputs (files, folders, globs, s3:// prefixes) and opening them at an offset."""

from __future__ import annotations

import glob
import os
from pathlib import Path
from typing import Any, BinaryIO

import msgspec

from ..storage import ObjectNotFoundError, S3Store, parse_s3_uri

GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


class InputError(ValueError):
    """An input that does not exist or cannot be read."""


class InputFile(msgspec.Struct, frozen=True):
    uri: str
    size: int


def _s3_inputs(uri: str, s3_client: Any | None) -> list[InputFile]:
    bucket, prefix = parse_s3_uri(uri)
    store = S3Store(f"s3://{bucket}", client=s3_client)
    try:
        objects = store.list(prefix)
    except ObjectNotFoundError as error:
        raise InputError(str(error)) from None
    # A prefix names a "folder" (prefix/...) or exactly one object.
    if prefix and not prefix.endswith("/"):
        objects = [(k, s) for k, s in objects if k == prefix or k.startswith(prefix + "/")]
    found = [InputFile(f"s3://{bucket}/{key}", size) for key, size in objects if not key.endswith("/")]
    if not found:
        raise InputError(f"no objects under {uri}")
    return found


def _folder_files(folder: Path) -> list[Path]:
    """The files under a folder, hidden ones (.name) left out, following links to folders as
    `glob` does (each real folder walked once, so a link loop ends)."""
    files, seen = [], set()
    for root, dirs, names in os.walk(folder, followlinks=True):
        real = os.path.realpath(root)
        if real in seen:
            dirs.clear()
            continue
        seen.add(real)
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        files.extend(Path(root, n) for n in names if not n.startswith(".") and os.path.isfile(os.path.join(root, n)))
    return sorted(files)


def inside_folders(path: str | Path, roots: list[Path]) -> bool:
    """Whether `path`, symlinks resolved, is one of the (resolved) `roots` or lies under one."""
    real = Path(os.path.realpath(os.path.expanduser(path)))
    return any(real == root or root in real.parents for root in roots)


def is_pattern(spec: str) -> bool:
    """Whether a local input spec is a glob pattern (else a file or a folder)."""
    return any(ch in spec for ch in "*?[")


def _local_inputs(spec: str, roots: list[Path] | None) -> list[InputFile]:
    if is_pattern(spec):
        paths = [Path(p) for p in sorted(glob.glob(os.path.expanduser(spec), recursive=True))]
        files = [p for p in paths if p.is_file()]
        if not files:
            raise InputError(f"no files match {spec}")
    else:
        path = Path(spec).expanduser()
        if path.is_dir():
            files = _folder_files(path)
            if not files:
                raise InputError(f"no files in folder {spec}")
        elif path.is_file():
            files = [path]
        else:
            raise InputError(f"input not found: {spec}")
    resolved = []
    for file in files:
        real = Path(os.path.realpath(file))
        # A symlink inside an allowed folder may point anywhere: what counts is where it leads.
        if roots is not None and not inside_folders(real, roots):
            raise InputError(f"input {file} links outside the folders this server may read")
        if not os.access(real, os.R_OK):
            raise InputError(f"input not readable: {file}")
        resolved.append(InputFile(str(real), real.stat().st_size))
    return resolved


def check_allowed_buckets(specs: list[str], allowed: list[str]) -> None:
    """Every input must be an s3:// URI in one of the allowed buckets, named exactly: no name is a
    wildcard (`*` allows no bucket but one called `*`, and S3 has none)."""
    for spec in specs:
        if not spec.startswith("s3://"):
            raise InputError(f"input {spec!r} must be an s3:// URI")
        bucket = spec[5:].split("/", 1)[0]
        if bucket not in allowed:
            names = ", ".join(allowed) or "none"
            raise InputError(f"input bucket {bucket!r} is not allowed here (allowed: {names})")


def resolve_inputs(
    specs: list[str], s3_client: Any | None = None, allowed_folders: list[str] | None = None
) -> list[InputFile]:
    """Every file the input specs name, in a stable order, each once. With `allowed_folders`,
    every local file (after resolving symlinks) must lie inside one of them."""
    if not specs:
        raise InputError("no inputs given")
    roots = None if allowed_folders is None else [Path(os.path.realpath(f)) for f in allowed_folders]
    seen: dict[str, InputFile] = {}
    for spec in specs:
        found = _s3_inputs(spec, s3_client) if spec.startswith("s3://") else _local_inputs(spec, roots)
        for item in found:
            seen.setdefault(item.uri, item)
    return list(seen.values())


def open_input(uri: str, offset: int = 0, s3_client: Any | None = None) -> BinaryIO:
    """A stream of the input from `offset` to its end."""
    if uri.startswith("s3://"):
        bucket, key = parse_s3_uri(uri)
        return S3Store(f"s3://{bucket}", client=s3_client).open_read(key, offset)
    try:
        stream = open(uri, "rb")  # noqa: SIM115 - the caller closes it
    except OSError as error:
        raise InputError(f"cannot read {uri}: {error.strerror}") from None
    stream.seek(offset)
    return stream


def sniff_compression(head: bytes) -> str | None:
    """'gzip' or 'zstd' from a file's first bytes, 'utf-16' for a text that opens with UTF-16's byte
    order mark and a character of the first 256 (not UTF-32's mark), None for plain text (UTF-8, its
    byte order mark or not)."""
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    if head.startswith(ZSTD_MAGIC):
        return "zstd"
    little, big = head[:2] == b"\xff\xfe", head[:2] == b"\xfe\xff"
    # (its mark, then a character of the first 256, as a log opens with: UTF-8 text after FF FE has none)
    if (little and head[2:3] != b"\x00" and head[3:4] == b"\x00") or (big and head[2:3] == b"\x00"):
        return "utf-16"
    return None
