"""python-logstash 0.4.8: TCPLogstashHandler(version=1), the JSON events a Logstash `tcp` input (json_lines) reads.

A local TCP listener stands in for Logstash and writes the bytes it receives, unchanged, to OUT.
usage: gen_logstash.py OUT
"""
import logging
import socket
import sys
import threading

import logstash

out_path = sys.argv[1]
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(1)
port = srv.getsockname()[1]


def receive():
    with open(out_path, "wb") as out:
        while True:
            conn, _ = srv.accept()
            with conn:
                while data := conn.recv(65536):
                    out.write(data)
                    out.flush()


threading.Thread(target=receive, daemon=True).start()

log = logging.getLogger("shop.api")
log.setLevel(logging.DEBUG)
handler = logstash.TCPLogstashHandler("127.0.0.1", port, version=1)
log.addHandler(handler)

log.info("shop-api 2.3.1 starting on 127.0.0.1:8080 (workers=4)")
log.debug("config loaded from %s", "/etc/shop/api.toml")
log.info("GET /orders/1 200 512 bytes 12 ms", extra={"status": 200, "order_id": 1})
log.info("customer Café Zoë in 東京 placed order 43")
log.warning("slow query: 1532 ms for SELECT * FROM orders WHERE id = 7")
log.error('payment gateway refused order 42: HTTP 502 "Bad Gateway"')
logging.getLogger("shop.input").addHandler(handler)
logging.getLogger("shop.input").error('bad input: qty="-1"\tpath=C:\\temp\\orders.csv')
try:
    1 / 0
except ZeroDivisionError:
    log.exception("unhandled exception in worker 3")
log.warning("config reloaded:\n  workers=4 -> 8\n  timeout=5s")
log.critical("database connection pool exhausted (max=20)")
log.info("shop-api stopping (signal TERM)")
handler.close()
import time  # noqa: E402

time.sleep(0.5)
