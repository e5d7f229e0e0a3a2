"""The object store interface the engine writes splits, shuffle data and outputs through."""

from __future__ import annotations

from typing import BinaryIO, Protocol


class ObjectNotFoundError(FileNotFoundError):
    """A key or input that does not exist."""


class InvalidUriError(ValueError):
    """A storage URI that cannot name anything (such as `s3://` without a bucket)."""


class ObjectStore(Protocol):
    """A flat key space of immutable byte objects (a local folder or an S3 prefix)."""

    uri: str

    def put_bytes(self, key: str, data: bytes) -> None:
        """Write an object whole (replacing any object under the key)."""

    def put_file(self, key: str, path: str) -> None:
        """Upload a local file as the object (the file is not written to after: a local store may link it)."""

    def get_bytes(self, key: str) -> bytes:
        """Read an object whole."""

    def get_range(self, key: str, start: int, end: int) -> bytes:
        """Bytes [start, end) of an object."""

    def get_suffix(self, key: str, length: int) -> bytes:
        """The last `length` bytes of an object (all of it when shorter)."""

    def open_read(self, key: str, offset: int = 0) -> BinaryIO:
        """A stream of the object from `offset` to its end."""

    def size(self, key: str) -> int:
        """The object's size in bytes."""

    def list(self, prefix: str) -> list[tuple[str, int]]:
        """(key, size) of every object under `prefix`, sorted by key."""

    def delete_prefix(self, prefix: str) -> None:
        """Delete every object under `prefix`."""
