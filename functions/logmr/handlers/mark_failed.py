"""Lambda: record a failed job's error (the Catch target of every state)."""

from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from ..runners.stepfunctions import mark_failed
from .runtime import job_store, logger, metrics, tracer


@logger.inject_lambda_context(correlation_id_path="job_id")
@tracer.capture_lambda_handler
@metrics.log_metrics
def handler(event: dict, context: LambdaContext) -> dict:
    logger.append_keys(job_id=event.get("job_id"))
    result = mark_failed(event, job_store())
    metrics.add_metric(name="JobsFailed", unit=MetricUnit.Count, value=1)
    return result
