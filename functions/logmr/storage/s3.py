"""An object store under an S3 prefix (AWS, or any endpoint set with AWS_ENDPOINT_URL)."""

from __future__ import annotations

import io
import os
from functools import cache
from typing import Any, BinaryIO

from .base import InvalidUriError, ObjectNotFoundError

_NOT_FOUND = {"NoSuchKey", "404", "NotFound", "NoSuchBucket"}


def client_error() -> type[Exception]:
    """botocore's ClientError, imported when an S3 call fails (a local run never loads botocore)."""
    from botocore.exceptions import ClientError

    return ClientError


@cache
def default_s3_client() -> Any:
    """One S3 client per process, with adaptive retries (boto3 reads AWS_ENDPOINT_URL itself).

    LOGMR_S3_ADDRESSING_STYLE=path suits endpoints without virtual-host buckets (MinIO, moto).
    """
    import boto3  # imported on first use: it costs a tenth of a second at every start
    from botocore.config import Config

    style = os.environ.get("LOGMR_S3_ADDRESSING_STYLE", "auto")
    config = Config(retries={"max_attempts": 8, "mode": "adaptive"}, s3={"addressing_style": style})
    return boto3.client("s3", config=config)


def parse_s3_uri(uri: str) -> tuple[str, str]:
    """('bucket', 'key/prefix') of an s3:// URI."""
    if not uri.startswith("s3://"):
        raise InvalidUriError(f"not an s3:// URI: {uri}")
    bucket, _, key = uri[5:].partition("/")
    if not bucket:
        raise InvalidUriError(f"no bucket in {uri}")
    return bucket, key


class S3Store:
    """Objects under s3://bucket/prefix/."""

    def __init__(self, uri: str, client: Any | None = None) -> None:
        self.bucket, prefix = parse_s3_uri(uri)
        self.prefix = prefix.strip("/") + "/" if prefix.strip("/") else ""
        self.uri = f"s3://{self.bucket}/{self.prefix}"
        self.client = client or default_s3_client()

    def _key(self, key: str) -> str:
        return self.prefix + key

    def _call(self, method: str, key: str, **kwargs: Any) -> Any:
        try:
            return getattr(self.client, method)(Bucket=self.bucket, Key=self._key(key), **kwargs)
        except client_error() as error:
            if error.response.get("Error", {}).get("Code") in _NOT_FOUND:
                raise ObjectNotFoundError(f"no such object: s3://{self.bucket}/{self._key(key)}") from None
            raise

    def put_bytes(self, key: str, data: bytes) -> None:
        self._call("put_object", key, Body=data)

    def put_file(self, key: str, path: str) -> None:
        self.client.upload_file(path, self.bucket, self._key(key))

    def open_read(self, key: str, offset: int = 0) -> BinaryIO:
        extra = {"Range": f"bytes={offset}-"} if offset else {}
        try:
            return self._call("get_object", key, **extra)["Body"]
        except client_error() as error:
            if error.response.get("Error", {}).get("Code") == "InvalidRange":
                return io.BytesIO(b"")
            raise

    def get_bytes(self, key: str) -> bytes:
        return self._call("get_object", key)["Body"].read()

    def _get_ranged(self, key: str, byte_range: str) -> bytes:
        try:
            return self._call("get_object", key, Range=byte_range)["Body"].read()
        except client_error() as error:  # S3 answers 416 for a range starting past the end, or bytes=-0
            if error.response.get("Error", {}).get("Code") == "InvalidRange":
                return b""
            raise

    def get_range(self, key: str, start: int, end: int) -> bytes:
        if end <= start:
            return b""
        return self._get_ranged(key, f"bytes={start}-{end - 1}")

    def get_suffix(self, key: str, length: int) -> bytes:
        return self._get_ranged(key, f"bytes=-{length}")

    def size(self, key: str) -> int:
        return self._call("head_object", key)["ContentLength"]

    def list(self, prefix: str) -> list[tuple[str, int]]:
        found = []
        paginator = self.client.get_paginator("list_objects_v2")
        try:
            for page in paginator.paginate(Bucket=self.bucket, Prefix=self._key(prefix)):
                for item in page.get("Contents", []):
                    found.append((item["Key"][len(self.prefix) :], item["Size"]))
        except client_error() as error:
            if error.response.get("Error", {}).get("Code") in _NOT_FOUND:
                raise ObjectNotFoundError(f"no such bucket: {self.bucket}") from None
            raise
        return sorted(found)

    def delete_prefix(self, prefix: str) -> None:
        keys = [self._key(key) for key, _ in self.list(prefix)]
        for start in range(0, len(keys), 1000):
            chunk = [{"Key": key} for key in keys[start : start + 1000]]
            self.client.delete_objects(Bucket=self.bucket, Delete={"Objects": chunk, "Quiet": True})
