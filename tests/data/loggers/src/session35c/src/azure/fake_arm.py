"""A tiny local HTTP server for `az rest`: 200 with JSON on /orders, 500 on /fail, 404 otherwise."""
import json
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer


class H(BaseHTTPRequestHandler):
    def _send(self, code, body):
        data = json.dumps(body, ensure_ascii=False).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path.startswith("/orders"):
            self._send(200, {"value": [{"id": 1, "customer": "Café Zoë in 東京"}]})
        elif self.path.startswith("/fail"):
            self._send(500, {"error": {"code": "InternalError", "message": "relation \"orders\" does not exist"}})
        else:
            self._send(404, {"error": {"code": "NotFound", "message": "no such resource"}})

    def log_message(self, *a):
        pass


HTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
