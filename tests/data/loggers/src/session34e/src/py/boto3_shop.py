"""boto3 with boto3.set_stream_logger('') (its documented debugging switch) against a closed local port."""
import logging
import sys

import boto3
from botocore.config import Config

boto3.set_stream_logger("", logging.DEBUG, format_string=None)
log = logging.getLogger("shop")
log.info("shop starting: Café Zoë in 東京")
s3 = boto3.client("s3", region_name="eu-west-1", endpoint_url="http://127.0.0.1:9",
                  aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="secret",
                  config=Config(retries={"max_attempts": 1}, connect_timeout=1))
try:
    s3.list_objects_v2(Bucket="orders", Prefix="C:\\shop\\orders")
except Exception:
    log.exception("listing orders failed:\n\tsecond line")
log.critical("stop")
sys.exit(0)
