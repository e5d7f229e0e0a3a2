"""Lambda: plan one step of a job (split manifest in S3; small plan back to Step Functions)."""

from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from ..runners.stepfunctions import Usage, plan_and_record
from .runtime import allowed_buckets, concurrency, job_store, logger, metrics, tracer, work_store


@logger.inject_lambda_context(correlation_id_path="job_id")
@tracer.capture_lambda_handler
@metrics.log_metrics
def handler(event: dict, context: LambdaContext) -> dict:
    logger.append_keys(job_id=event.get("job_id"))
    result = plan_and_record(
        event, Usage(work_store(), context.memory_limit_in_mb), job_store(), allowed_buckets(), concurrency()
    )
    metrics.add_metric(name="SplitsPlanned", unit=MetricUnit.Count, value=result["maps"])
    return result
