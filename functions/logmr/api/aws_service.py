"""The job API's backend on AWS: jobs start the stack's state machine, their records are in
DynamoDB and their results in the work bucket (links presigned for an hour)."""

from __future__ import annotations

from typing import Any

from ..engine.estimate import Capacity
from ..engine.inputs import check_allowed_buckets
from ..jobstate import DynamoJobStore, JobRecord
from ..runners.aws import Deployment, JobConflictError, default_client, submit
from ..storage import ObjectStore, S3Store
from .operations import URL_SECONDS, Conflict, JobServiceBase, build_spec, job_document, parse_request


class AwsJobService(JobServiceBase):
    """The job API over a deployed stack."""

    link_seconds = URL_SECONDS

    def __init__(
        self,
        deployment: Deployment,
        allowed_buckets: list[str],
        defaults: dict[str, Any],
        clients: dict[str, Any] | None = None,
    ) -> None:
        self.deployment = deployment
        self.allowed_buckets = allowed_buckets
        self.defaults = defaults
        self.clients = clients or {name: default_client(name) for name in ("dynamodb", "stepfunctions", "s3")}
        self.jobs = DynamoJobStore(deployment.jobs_table, self.clients["dynamodb"])
        self.capacity = Capacity.from_environment()

    def _check_inputs(self, inputs: list[str]) -> None:
        check_allowed_buckets(inputs, self.allowed_buckets)

    def submit(self, body: bytes | str | None) -> dict[str, Any]:
        request = parse_request(body)
        spec = build_spec(request, self.defaults, self._check_inputs)
        if request.dry_run:
            return self._dry_run(spec)  # inputs read with the engine's own S3 client, as the plan task does
        try:
            return job_document(submit(spec, self.deployment, self.clients))
        except JobConflictError as error:
            raise Conflict(str(error)) from None

    def _link(self, key: str) -> str:
        return self.clients["s3"].generate_presigned_url(
            "get_object", Params={"Bucket": self.deployment.work_bucket, "Key": key}, ExpiresIn=URL_SECONDS
        )

    def _results(self) -> ObjectStore:
        return S3Store(f"s3://{self.deployment.work_bucket}", client=self.clients["s3"])

    def _stop(self, job: JobRecord) -> None:
        if job.execution_arn:
            self.clients["stepfunctions"].stop_execution(executionArn=job.execution_arn, cause="cancelled by API")
