"""OpenTelemetry Python SDK: the logging bridge (LoggingHandler) and ConsoleLogRecordExporter.

usage: gen_otel.py pretty|compact|otlpfile [PATH]
  pretty:   ConsoleLogRecordExporter's default formatter (ReadableLogRecord.to_json(), indent=4: a record over many lines)
  compact:  ConsoleLogRecordExporter(formatter=lambda r: r.to_json(indent=None) + os.linesep) (one record a line)
  otlpfile: opentelemetry-exporter-otlp-json-file's FileLogExporter(PATH) behind a BatchLogRecordProcessor
            (OTLP/JSON ExportLogsServiceRequest, one export a line), flushed after startup and after the requests
Resource from the documented environment: OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES.
"""
import logging
import os
import sys

from opentelemetry import trace
from opentelemetry._logs import set_logger_provider
from opentelemetry.sdk._logs import LoggerProvider, LoggingHandler
from opentelemetry.sdk._logs.export import BatchLogRecordProcessor, ConsoleLogRecordExporter, SimpleLogRecordProcessor
from opentelemetry.sdk.trace import TracerProvider

mode = sys.argv[1]
provider = LoggerProvider()
if mode == "pretty":
    provider.add_log_record_processor(SimpleLogRecordProcessor(ConsoleLogRecordExporter()))
elif mode == "compact":
    exporter = ConsoleLogRecordExporter(formatter=lambda r: r.to_json(indent=None) + os.linesep)
    provider.add_log_record_processor(SimpleLogRecordProcessor(exporter))
else:
    # the docstring of the package names the logs exporter at this (private, logs are not yet stable) path
    from opentelemetry.exporter.otlp.json.file._log_exporter import FileLogExporter

    provider.add_log_record_processor(BatchLogRecordProcessor(FileLogExporter(sys.argv[2])))
set_logger_provider(provider)
trace.set_tracer_provider(TracerProvider())
tracer = trace.get_tracer("shop.api")

root = logging.getLogger()
root.setLevel(logging.DEBUG)
root.addHandler(LoggingHandler(level=logging.DEBUG, logger_provider=provider))

log = logging.getLogger("shop.api")
log.info("shop-api 2.3.1 starting on 127.0.0.1:8080 (workers=4)")
log.debug("config loaded from %s", "/etc/shop/api.toml")
provider.force_flush()
with tracer.start_as_current_span("GET /orders/{id}"):
    log.info("GET /orders/1 200 512 bytes 12 ms", extra={"http.status_code": 200, "order.id": 1})
    log.info("customer Café Zoë in 東京 placed order 43")
provider.force_flush()
log.warning("slow query: 1532 ms for SELECT * FROM orders WHERE id = 7")
log.error('payment gateway refused order 42: HTTP 502 "Bad Gateway"')
logging.getLogger("shop.input").error('bad input: qty="-1"\tpath=C:\\temp\\orders.csv')
try:
    1 / 0
except ZeroDivisionError:
    log.exception("unhandled exception in worker 3")
log.warning("config reloaded:\n  workers=4 -> 8\n  timeout=5s")
log.critical("database connection pool exhausted (max=20)")
log.info("shop-api stopping (signal TERM)")
provider.shutdown()
