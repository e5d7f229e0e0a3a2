"""Lambda: the HTTP job API (API Gateway HTTP API, payload format 2.0)."""

from functools import cache

from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from ..api.app import app, configure_default
from ..api.aws_service import AwsJobService
from ..runners.aws import Deployment
from .runtime import allowed_buckets, job_defaults, logger, metrics, tracer


@cache
def _service() -> AwsJobService:
    return AwsJobService(Deployment.from_environment(), allowed_buckets(), job_defaults())


configure_default(_service)


@logger.inject_lambda_context(correlation_id_path="requestContext.requestId")
@tracer.capture_lambda_handler
@metrics.log_metrics
def handler(event: dict, context: LambdaContext) -> dict:
    answer = app.resolve(event, context)
    metrics.add_metric(name=f"ApiResponses{answer['statusCode'] // 100}xx", unit=MetricUnit.Count, value=1)
    return answer
