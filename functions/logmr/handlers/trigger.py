"""Lambda: start the default job for a log object that landed in the input bucket (EventBridge)."""

from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from ..runners.aws import Deployment
from ..runners.stepfunctions import start_default_job
from .runtime import job_defaults, logger, metrics, tracer


@logger.inject_lambda_context
@tracer.capture_lambda_handler
@metrics.log_metrics
def handler(event: dict, context: LambdaContext) -> dict:
    result = start_default_job(event, Deployment.from_environment(), job_defaults())
    logger.append_keys(job_id=result["job_id"])
    logger.info("started a job for a new log object", extra={"input": result["input"]})
    metrics.add_metric(name="JobsTriggered", unit=MetricUnit.Count, value=1)
    return result
