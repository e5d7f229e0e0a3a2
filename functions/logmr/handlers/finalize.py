"""Lambda: write the job's result.json and mark it SUCCEEDED."""

from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from ..runners.stepfunctions import Usage, finalize_and_record
from .runtime import job_store, logger, metrics, tracer, work_store


@logger.inject_lambda_context(correlation_id_path="job_id")
@tracer.capture_lambda_handler
@metrics.log_metrics
def handler(event: dict, context: LambdaContext) -> dict:
    logger.append_keys(job_id=event.get("job_id"))
    result = finalize_and_record(event, Usage(work_store(), context.memory_limit_in_mb), job_store())
    metrics.add_metric(name="JobsSucceeded", unit=MetricUnit.Count, value=1)
    return result
