"""Storage: where inputs are read from and where a job's splits, shuffle data and outputs live."""

from __future__ import annotations

from typing import Any

from .base import InvalidUriError, ObjectNotFoundError, ObjectStore
from .local import LocalStore
from .s3 import S3Store, parse_s3_uri


def open_store(uri: str, s3_client: Any | None = None) -> ObjectStore:
    """The store rooted at `uri`: an s3:// prefix or a local folder."""
    if uri.startswith("s3://"):
        return S3Store(uri, client=s3_client)
    return LocalStore(uri)


__all__ = [
    "InvalidUriError",
    "LocalStore",
    "ObjectNotFoundError",
    "ObjectStore",
    "S3Store",
    "open_store",
    "parse_s3_uri",
]
