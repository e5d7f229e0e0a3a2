"""Lambda: run one reduce task over one partition."""

from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from ..runners.stepfunctions import Usage, reduce_task_and_record
from .runtime import job_store, logger, metrics, tracer, work_store


@logger.inject_lambda_context(correlation_id_path="job_id")
@tracer.capture_lambda_handler
@metrics.log_metrics
def handler(event: dict, context: LambdaContext) -> dict:
    logger.append_keys(job_id=event.get("job_id"), partition=event.get("partition"))
    result = reduce_task_and_record(event, Usage(work_store(), context.memory_limit_in_mb), job_store())
    metrics.add_metric(name="RowsReduced", unit=MetricUnit.Count, value=result["rows"])
    return result
