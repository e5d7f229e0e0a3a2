#!/usr/bin/env python3
"""Tiny origin server used behind Squid for the squid_native.log capture.

Path /status/NNN answers with HTTP status NNN; /slow/MS sleeps MS milliseconds;
anything else answers 200 with a body whose size depends on the path.
Usage: origin_server.py PORT
"""
import sys, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class H(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _answer(self, with_body=True):
        path = self.path
        if "://" in path:  # absolute-form from a proxy
            path = "/" + path.split("://", 1)[1].split("/", 1)[-1]
        code = 200
        if path.startswith("/status/"):
            try:
                code = int(path.split("/")[2].split("?")[0])
            except ValueError:
                code = 400
        if path.startswith("/slow/"):
            try:
                time.sleep(int(path.split("/")[2].split("?")[0]) / 1000.0)
            except ValueError:
                pass
        n = self.headers.get("Content-Length")
        if n:
            self.rfile.read(int(n))
        body = b"" if code in (204, 304) else (("x" * (37 * (len(path) % 23 + 1))) + "\n").encode()
        self.send_response(code)
        if code in (301, 302):
            self.send_header("Location", "/moved/here")
        ctype = "application/json" if "json" in path or "api" in path else "text/html"
        if path.endswith(".png"):
            ctype = "image/png"
        self.send_header("Content-Type", ctype)
        if code not in (204, 304):
            self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=60" if "static" in path else "no-store")
        self.send_header("Last-Modified", "Tue, 01 Dec 2026 10:00:00 GMT")
        self.end_headers()
        if with_body and code not in (204, 304):
            self.wfile.write(body)

    def do_GET(self):
        self._answer()

    def do_HEAD(self):
        self._answer(with_body=False)

    do_POST = do_PUT = do_DELETE = do_OPTIONS = do_PATCH = do_GET

    def log_message(self, *a):
        pass


class Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # clients that abort on purpose (the proxy test) are not errors


if __name__ == "__main__":
    Server(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
