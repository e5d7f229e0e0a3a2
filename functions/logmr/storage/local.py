"""An object store in a local folder; keys are relative paths below it."""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from pathlib import Path
from typing import BinaryIO

from .base import ObjectNotFoundError


class LocalStore:
    """Objects as files under `root`. Writes are atomic (temp file + rename)."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root).resolve()
        self.uri = str(self.root)

    def _path(self, key: str) -> Path:
        path = (self.root / key).resolve()
        if path != self.root and self.root not in path.parents:
            raise ValueError(f"key {key!r} escapes the store")
        return path

    def _write_atomically(self, key: str, write) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as out:
                write(out)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def put_bytes(self, key: str, data: bytes) -> None:
        self._write_atomically(key, lambda out: out.write(data))

    def put_file(self, key: str, path: str) -> None:
        """The file linked under the key where it is on the store's file system (a part or shuffle
        file of gigabytes is not copied), else copied."""
        target = self._path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        link = target.parent / f".tmp-link-{os.getpid()}-{threading.get_ident()}-{target.name}"
        try:
            os.link(path, link)
            os.replace(link, target)
            return
        except OSError:  # (another file system, or one without hard links)
            link.unlink(missing_ok=True)

        def copy(out: BinaryIO) -> None:
            with open(path, "rb") as src:
                shutil.copyfileobj(src, out, 1 << 20)

        self._write_atomically(key, copy)

    def open_read(self, key: str, offset: int = 0) -> BinaryIO:
        try:
            stream = open(self._path(key), "rb")  # noqa: SIM115 - the caller closes it
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            raise ObjectNotFoundError(f"no such object: {self.root / key}") from None
        if offset:
            stream.seek(offset)
        return stream

    def get_bytes(self, key: str) -> bytes:
        with self.open_read(key) as stream:
            return stream.read()

    def get_range(self, key: str, start: int, end: int) -> bytes:
        with self.open_read(key, start) as stream:
            return stream.read(max(0, end - start))

    def get_suffix(self, key: str, length: int) -> bytes:
        with self.open_read(key) as stream:
            stream.seek(0, os.SEEK_END)
            stream.seek(max(0, stream.tell() - length))
            return stream.read()

    def size(self, key: str) -> int:
        path = self._path(key)
        try:
            if path.is_file():
                return path.stat().st_size
        except FileNotFoundError:
            pass
        raise ObjectNotFoundError(f"no such object: {self.root / key}")

    def list(self, prefix: str) -> list[tuple[str, int]]:
        # A prefix of keys, as on S3 ("a" lists "a/1" and "ab"): walk the folder the prefix ends in.
        folder = self._path(prefix) if not prefix or prefix.endswith("/") else self._path(prefix).parent
        if not folder.is_dir():
            return []
        found = []
        for path in folder.rglob("*"):
            if path.is_file() and not path.name.startswith(".tmp-"):
                key = path.relative_to(self.root).as_posix()
                if key.startswith(prefix):
                    found.append((key, path.stat().st_size))
        return sorted(found)

    def delete(self, key: str) -> None:
        """The object under `key` gone (none there: nothing done)."""
        self._path(key).unlink(missing_ok=True)

    def delete_prefix(self, prefix: str) -> None:
        target = self._path(prefix)
        if (not prefix or prefix.endswith("/")) and target.is_dir():
            shutil.rmtree(target, ignore_errors=True)
        else:
            for key, _ in self.list(prefix):
                self._path(key).unlink(missing_ok=True)
