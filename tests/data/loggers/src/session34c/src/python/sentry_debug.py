"""sentry-sdk with debug=True: the SDK's own diagnostic lines (" [sentry] LEVEL: ...") on stderr.

The DSN points at a stand-in ingest endpoint that this script runs on 127.0.0.1 (an ephemeral port): it
accepts the first envelope (200), rate-limits the second (429 with X-Sentry-Rate-Limits) and rejects the
rest (400). Only the integrations a plain script uses are enabled (default_integrations=False plus
logging, atexit, dedupe and excepthook), so the setup lines stay few. The made-up shop captures a
message, an exception and a logged error, then flushes and shuts down.
"""

import logging
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import sentry_sdk
from sentry_sdk.integrations.atexit import AtexitIntegration
from sentry_sdk.integrations.dedupe import DedupeIntegration
from sentry_sdk.integrations.excepthook import ExcepthookIntegration
from sentry_sdk.integrations.logging import LoggingIntegration

seen = []


class Ingest(BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        seen.append(self.path)
        if len(seen) == 1:
            self.send_response(200)
            body = b'{"id":"00000000000000000000000000000001"}'
        elif len(seen) == 2:
            self.send_response(429)
            self.send_header("Retry-After", "60")
            self.send_header("X-Sentry-Rate-Limits", "60:error:organization")
            body = b""
        else:
            self.send_response(400)
            body = b'{"detail":"invalid event envelope"}'
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Ingest)
threading.Thread(target=server.serve_forever, daemon=True).start()

sentry_sdk.init(
    dsn=f"http://0123456789abcdef0123456789abcdef@127.0.0.1:{server.server_port}/42",
    debug=True,
    release="shop-api@1.4.2",
    environment="staging",
    server_name="web-1",
    default_integrations=False,
    integrations=[LoggingIntegration(), AtexitIntegration(), DedupeIntegration(), ExcepthookIntegration()],
)
log = logging.getLogger("shop")
log.addHandler(logging.NullHandler())
log.propagate = False
log.info("GET /orders/1001 200 customer=Café Zoë in 東京")
sentry_sdk.capture_message(f"shop-api started (pid {os.getpid()})")
sentry_sdk.flush(timeout=2)
try:
    raise TimeoutError("payment gateway timeout after 30s")
except TimeoutError:
    sentry_sdk.capture_exception()
sentry_sdk.flush(timeout=2)
sentry_sdk.capture_message("payment retried")
sentry_sdk.flush(timeout=2)
sentry_sdk.set_tag("order", "1004")
sentry_sdk.capture_message("disk almost full on C:\\shop\\orders (91% used)", level="warning")
sentry_sdk.flush(timeout=2)
server.shutdown()
