"""The job API's operations, independent of HTTP: validate a request, start, list, show, cancel.

`AwsJobService` runs jobs on the stack's state machine with state in DynamoDB; `LocalJobService`
(server/local_service.py, behind `logmr serve`) provides the same operations over the local runtime.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Annotated, Any

import msgspec

from ..engine.diff import diff_jobs
from ..engine.estimate import Capacity, dry_run
from ..engine.filters import job_filter
from ..engine.finalize import iter_results
from ..engine.inputs import InputError
from ..engine.sizes import parse_size
from ..engine.spec import (
    JOB_ID,
    MAX_PARTITIONS,
    OUTPUT_FORMATS,
    JobLimitError,
    JobSpec,
    check_split_size,
    new_job_id,
    output_key,
    result_key,
)
from ..engine.steps import part_count
from ..formats import AUTO, FORMAT_NAMES
from ..job import JobOptionsError, UnknownAnalysisError, load_api_job
from ..jobstate import CANCELLED, SUCCEEDED, TERMINAL, JobRecord, JobRecordNotFoundError, JobStore
from ..storage import ObjectStore
from .limits import (
    MAX_CONDITIONS,
    MAX_DEPTH,
    MAX_INPUT_LENGTH,
    MAX_INPUTS,
    MAX_NAME_LENGTH,
    LimitError,
    check_body_size,
    check_text,
    check_value,
)

PAGE_SIZE, MAX_PAGE_SIZE = 25, 100
URL_SECONDS = 3600


class ApiError(Exception):
    """An answer other than success: an HTTP status and a message that says what to fix."""

    status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BadRequest(ApiError):
    status = 400


class NotFound(ApiError):
    status = 404


class Conflict(ApiError):
    status = 409


class PayloadTooLarge(ApiError):
    status = 413


class UnsupportedMediaType(ApiError):
    status = 415


Name = Annotated[str, msgspec.Meta(max_length=MAX_NAME_LENGTH)]
Condition = Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_INPUT_LENGTH)]
Input = Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_INPUT_LENGTH)]


class SubmitRequest(msgspec.Struct, forbid_unknown_fields=True):
    """The body of POST /jobs."""

    analysis: Name
    inputs: Annotated[list[Input], msgspec.Meta(max_length=MAX_INPUTS)]
    options: dict[str, Any] = {}
    format: Name = AUTO
    split_size: int | Name | None = None
    partitions: int | None = None
    skip_corrupt: bool = False
    where: Annotated[list[Condition], msgspec.Meta(max_length=MAX_CONDITIONS)] = []
    since: Name | None = None
    until: Name | None = None
    output_format: Name = "jsonl"
    dry_run: bool = False  # plan and estimate only: nothing is recorded or started


def parse_request(body: bytes | str | None) -> SubmitRequest:
    """The request in a body, within api/limits.py's bounds; BadRequest or PayloadTooLarge if not."""
    if not body:
        raise BadRequest("the body must be a JSON object with at least `analysis` and `inputs`")
    try:
        check_body_size(body)
        request = msgspec.json.decode(body, type=SubmitRequest)
        texts = {"analysis": request.analysis, "format": request.format}
        texts |= {f"inputs[{i}]": text for i, text in enumerate(request.inputs)}
        texts |= {f"where[{i}]": text for i, text in enumerate(request.where)}
        texts |= {name: text for name, text in (("since", request.since), ("until", request.until)) if text}
        if isinstance(request.split_size, str):
            texts["split_size"] = request.split_size
        for where, text in texts.items():
            check_text(text, where)
        check_value(request.options, "options")
    except LimitError as error:
        raise (PayloadTooLarge if error.too_large else BadRequest)(str(error)) from None
    except msgspec.ValidationError as error:
        raise BadRequest(f"invalid job request: {error}") from None
    except (msgspec.DecodeError, UnicodeError) as error:
        raise BadRequest(f"the body is not valid JSON in UTF-8: {error}") from None
    except RecursionError:
        raise BadRequest(f"the body nests deeper than {MAX_DEPTH} levels") from None
    return request


def build_spec(request: SubmitRequest, defaults: dict[str, Any], check_inputs: Callable[[list[str]], None]) -> JobSpec:
    """A JobSpec from a request, every part checked; BadRequest names what is wrong.
    `check_inputs` raises InputError for inputs this backend may not read."""
    if not request.inputs:
        raise BadRequest("`inputs` must list at least one input")
    try:
        check_inputs(request.inputs)
        load_api_job(request.analysis, request.options)
        where, since, until = job_filter(request.where, request.since, request.until)
    except (InputError, UnknownAnalysisError, JobOptionsError) as error:
        raise BadRequest(str(error)) from None
    if request.format != AUTO and request.format not in FORMAT_NAMES:
        raise BadRequest(f"unknown format {request.format!r}; choose one of: auto, {', '.join(FORMAT_NAMES)}")
    try:
        split_size = defaults["split_size"] if request.split_size is None else request.split_size
        if split_size is not None:  # None: chosen for the input when it is planned
            split_size = parse_size(split_size) if isinstance(split_size, str) else int(split_size)
            check_split_size(split_size)
    except (ValueError, OverflowError) as error:
        raise BadRequest(f"`split_size`: {error}") from None
    if request.output_format not in OUTPUT_FORMATS:
        raise BadRequest(f"unknown output format {request.output_format!r}; choose one of: {', '.join(OUTPUT_FORMATS)}")
    partitions = defaults["partitions"] if request.partitions is None else request.partitions
    if not 1 <= partitions <= MAX_PARTITIONS:
        raise BadRequest(f"`partitions` must be between 1 and {MAX_PARTITIONS}")
    return JobSpec(
        job_id=new_job_id(request.analysis),
        analysis=request.analysis,
        inputs=request.inputs,
        options=request.options,
        format=request.format,
        split_size=split_size,
        partitions=partitions,
        skip_corrupt=request.skip_corrupt,
        where=where,
        since=since,
        until=until,
        output_format=request.output_format,
    )


def job_id_of(value: str) -> str:
    """A job id from a URL: letters, digits, '.', '_', '-' (whole string: no trailing newline)."""
    if not (JOB_ID.fullmatch(value) and ".." not in value):
        shown = value if len(value) <= 140 else value[:140] + "..."
        raise BadRequest(f"invalid job id {shown!r}: use 1-128 letters, digits, '.', '_' or '-'")
    return value


CURSOR = re.compile(r"[0-9A-Za-z:.+-]{1,40}#[A-Za-z0-9][A-Za-z0-9._-]{0,127}")


def cursor_of(value: str | None) -> str | None:
    """The `before` cursor of GET /jobs (created_at#job_id, as a page's `next` gives it)."""
    if value is None:
        return None
    if not CURSOR.fullmatch(value):
        raise BadRequest("`before` must be the `next` cursor of a previous page")
    return value


def job_document(job: JobRecord) -> dict[str, Any]:
    """A job as the API shows it (and the WebSocket pushes it), with its links."""
    document = msgspec.to_builtins(job)
    document.pop("execution_arn", None)
    links = {"self": f"/jobs/{job.job_id}"}
    if job.status == SUCCEEDED:
        links["result"] = f"/jobs/{job.job_id}/result"
    document["links"] = links
    return document


class JobServiceBase:
    """What every backend shares: listing, showing, results and cancelling over a JobStore.
    Backends say how a result file is linked (`_link`) and how a running job is stopped (`_stop`)."""

    jobs: JobStore
    link_seconds: int | None = None
    capacity: Capacity = Capacity()  # what a dry run's estimate assumes of the stack

    def _dry_run(self, spec: JobSpec, s3_client: Any | None = None) -> dict[str, Any]:
        """POST /jobs with `dry_run`: the job listed, planned and estimated, nothing started."""
        try:
            return dry_run(spec, self.capacity, s3_client)
        except (InputError, JobLimitError) as error:
            raise BadRequest(str(error)) from None

    def _link(self, key: str) -> str:
        raise NotImplementedError

    def _stop(self, job: JobRecord) -> None:
        raise NotImplementedError

    def list(self, limit: int, before: str | None) -> dict[str, Any]:
        limit = max(1, min(limit, MAX_PAGE_SIZE))
        jobs = self.jobs.list(limit=limit, before=before)
        cursor = f"{jobs[-1].created_at}#{jobs[-1].job_id}" if len(jobs) == limit else None
        return {"jobs": [job_document(job) for job in jobs], "next": cursor}

    def _job(self, job_id: str) -> JobRecord:
        try:
            return self.jobs.get(job_id_of(job_id))
        except JobRecordNotFoundError:
            raise NotFound(f"no job {job_id!r}") from None

    def get(self, job_id: str) -> dict[str, Any]:
        return job_document(self._job(job_id))

    def result(self, job_id: str) -> dict[str, Any]:
        job = self._job(job_id)
        if job.status != SUCCEEDED:
            raise Conflict(f"job {job.job_id} is {job.status}: results exist once it has SUCCEEDED")
        parts = _parts(job)
        return {
            "job_id": job.job_id,
            "summary": job.summary,
            "counters": job.counters,
            "timings": job.timings,
            "cost": job.cost,
            "result_json": self._link(result_key(job.job_id)),
            "outputs": [self._link(output_key(job.job_id, 0, p, True, job.output_format)) for p in range(parts)],
            "expires_in": self.link_seconds,
        }

    def _results(self) -> ObjectStore:
        """The store the jobs' outputs are in."""
        raise NotImplementedError

    def diff(self, job_id: str, baseline: str | None) -> dict[str, Any]:
        """What changed from the job `baseline` to this one (engine/diff.py)."""
        if not baseline:
            raise BadRequest("name the job to compare with: ?baseline=JOB_ID")
        after, before = self._job(job_id), self._job(baseline)
        for job in (before, after):
            if job.status != SUCCEEDED:
                raise Conflict(f"job {job.job_id} is {job.status}: jobs compare once they have SUCCEEDED")
        if before.analysis != after.analysis:
            raise BadRequest(f"{before.job_id} is {before.analysis} and {after.job_id} is {after.analysis}")
        rows = [
            iter_results(
                self._results(), job.job_id, 0, _parts(job), load_api_job(job.analysis, job.options), job.output_format
            )
            for job in (before, after)
        ]
        return {
            "analysis": after.analysis,
            "baseline": before.job_id,
            "job": after.job_id,
            **diff_jobs(after.analysis, *rows),
        }

    def cancel(self, job_id: str) -> dict[str, Any]:
        job = self._job(job_id)
        if job.status in TERMINAL:
            raise Conflict(f"job {job.job_id} already ended ({job.status})")
        self._stop(job)
        self.jobs.finish(job.job_id, CANCELLED, error="cancelled by request")
        return job_document(self.jobs.get(job.job_id))


def _parts(job: JobRecord) -> int:
    """A finished job's part files: one per partition, or per split of a map-only last step (parse)."""
    steps, counters = load_api_job(job.analysis, job.options).steps(), job.counters
    return part_count(steps, len(steps) - 1, counters.get("partitions_total", 0), counters.get("splits_total", 0))
