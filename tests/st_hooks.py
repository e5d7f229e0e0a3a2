"""schemathesis hooks (SCHEMATHESIS_HOOKS=st_hooks) for test_serve's fuzzing of `logmr serve`.

The OpenAPI document describes good requests; these hooks mix in what it cannot express and a
schema-driven generator seldom draws: NUL bytes and lone surrogates in every string, options
nested past the bound, numbers past 64 bits, floats and booleans where whole numbers go, paths and
modules as analysis names, long strings. The `json_error_bodies` check asks every error for a JSON
`{"message": ...}` body.
"""

from __future__ import annotations

import json
import os

import schemathesis
from hypothesis import strategies as st

DATA = os.environ.get("LOGMR_ST_DATA", "/nonexistent")
HOSTILE = [
    "\x00",
    "a\x00b",
    "\ud800",
    "../../etc/passwd",
    "/etc/shadow:X",
    "/etc/passwd",
    f"{DATA}/../../etc/passwd",
    "os:system",
    "tests/jobs/user_jobs.py:ErrorsPerHost",
    "x" * 5000,
    "",
    " ",
    "\n",
    "s3://logs/x",
    "%00",
]
URL_TEXT = st.text(max_size=30) | st.sampled_from([h for h in HOSTILE if h != "\ud800"])
TEXT = st.text(max_size=30) | st.sampled_from(HOSTILE)
NUMBERS = st.one_of(
    st.integers(),
    st.integers(min_value=2**63 - 2, max_value=2**64 + 2),
    st.just(10**400),
    st.just(-(10**400)),
    st.floats(allow_nan=False, allow_infinity=False),
    st.just(1e308),
    st.booleans(),
)
JSONISH = st.recursive(
    st.none() | st.booleans() | NUMBERS | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=8,
)


def _nested(levels: int) -> dict:
    value: object = 1
    for _ in range(levels):
        value = {"a": [value]}
    return value  # type: ignore[return-value]


OPTIONS = st.dictionaries(TEXT, JSONISH, max_size=4) | st.integers(10, 200).map(_nested)
BODIES = st.fixed_dictionaries(
    {
        "analysis": st.sampled_from(["services", "wordcount", "ErrorsPerHost"]) | TEXT,
        "inputs": st.lists(st.sampled_from([DATA, f"{DATA}/small.log", "/etc", "/nonexistent"]) | TEXT, max_size=4),
    },
    optional={"options": OPTIONS, "partitions": NUMBERS, "split_size": NUMBERS | TEXT, "format": TEXT},
)


def _is(context: schemathesis.HookContext, method: str, path: str) -> bool:
    operation = context.operation
    return operation is not None and operation.method.upper() == method and operation.path == path


@schemathesis.hook
def before_generate_body(context: schemathesis.HookContext, strategy: st.SearchStrategy) -> st.SearchStrategy:
    return strategy | BODIES if _is(context, "POST", "/jobs") else strategy


@schemathesis.hook
def before_generate_query(context: schemathesis.HookContext, strategy: st.SearchStrategy) -> st.SearchStrategy:
    if not _is(context, "GET", "/jobs"):
        return strategy
    hostile = st.fixed_dictionaries({}, optional={"limit": URL_TEXT | NUMBERS.map(str), "before": URL_TEXT})
    return strategy | hostile


@schemathesis.hook
def before_generate_path_parameters(
    context: schemathesis.HookContext, strategy: st.SearchStrategy
) -> st.SearchStrategy:
    operation = context.operation
    if operation is None or "{job_id}" not in operation.path:
        return strategy
    return strategy | URL_TEXT.filter(lambda text: text not in ("", ".", "..")).map(lambda text: {"job_id": text})


@schemathesis.check
def json_error_bodies(ctx, response, case) -> bool | None:
    """An error answer is a JSON object with a message."""
    if response.status_code < 400:
        return None
    try:
        body = json.loads(response.content)
    except ValueError:
        raise AssertionError(f"{response.status_code} answer is not JSON: {response.content[:200]!r}") from None
    if not (isinstance(body, dict) and isinstance(body.get("message"), str)):
        raise AssertionError(f"{response.status_code} answer has no message: {body!r}"[:300])
    return None
