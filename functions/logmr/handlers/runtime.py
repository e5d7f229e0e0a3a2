"""What every Lambda handler shares, built once per container: powertools and the stores."""

from __future__ import annotations

import os
import re
from functools import cache

import msgspec
from aws_lambda_powertools import Logger, Metrics, Tracer

from ..engine.sizes import parse_size
from ..jobstate import DynamoJobStore, JobStore
from ..storage import S3Store

logger = Logger(service="logmr")
tracer = Tracer(service="logmr")
metrics = Metrics(namespace="logmr", service="logmr")


@cache
def work_store() -> S3Store:
    """The work bucket (splits, shuffle, outputs), from WORK_BUCKET."""
    return S3Store(f"s3://{os.environ['WORK_BUCKET']}/")


@cache
def job_store() -> JobStore:
    """The jobs table, from JOBS_TABLE."""
    return DynamoJobStore(os.environ["JOBS_TABLE"])


# What S3 accepts as a bucket name (3-63 lowercase letters, digits, dots, hyphens); the template's
# AllowedInputBuckets pattern is the same.
_BUCKET_NAME = re.compile(r"(?!.*\.\.)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")


def allowed_buckets() -> list[str]:
    """Buckets jobs may read (ALLOWED_BUCKETS, comma-separated bucket names). Anything else in the
    list (`*`, an ARN) is dropped: it never widens what a job may read."""
    names = (b.strip() for b in os.environ.get("ALLOWED_BUCKETS", "").split(","))
    return [name for name in names if _BUCKET_NAME.fullmatch(name)]


def concurrency() -> tuple[int, int]:
    """(map, reduce) tasks at once, from MAP_CONCURRENCY and REDUCE_CONCURRENCY."""
    return int(os.environ.get("MAP_CONCURRENCY", "100")), int(os.environ.get("REDUCE_CONCURRENCY", "40"))


def default_split_size() -> int | None:
    """DEFAULT_SPLIT_SIZE as bytes; None when it is `auto` (or unset): chosen for each job's input."""
    text = os.environ.get("DEFAULT_SPLIT_SIZE", "auto").strip()
    return None if text.lower() in ("", "auto") else parse_size(text)


def job_defaults() -> dict[str, object]:
    """The triggered job: TRIGGER_ANALYSIS, TRIGGER_WHERE (a JSON list of --where conditions),
    DEFAULT_SPLIT_SIZE and DEFAULT_PARTITIONS."""
    return {
        "analysis": os.environ.get("TRIGGER_ANALYSIS", "services"),
        "where": msgspec.json.decode(os.environ.get("TRIGGER_WHERE") or "[]", type=list[str]),
        "split_size": default_split_size(),
        "partitions": int(os.environ.get("DEFAULT_PARTITIONS", "16")),
    }
