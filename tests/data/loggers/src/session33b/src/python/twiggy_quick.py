"""Twiggy 0.5.1: twiggy.quick_setup(min_level=DEBUG, file=PATH) with the default line format
(twiggy.formats.line_format: ISO time, level, name, message, then |fields). Run:
python twiggy_quick.py twiggy.log"""
import os
import sys

import twiggy
from twiggy import levels, log

path = sys.argv[1]
twiggy.quick_setup(min_level=levels.DEBUG, file=path)
main = log.name("shop")
http = log.name("shop.http")
db = log.name("shop.db")
main.info("shop-api starting, pid {}", os.getpid())
main.debug("config loaded from {}", "/etc/shop/config.yml")
http.notice("listening on 127.0.0.1:{port}", port=8080)
for oid, who, total in [(1001, "Café Zoë in 東京", 12.5), (1002, "O'Brien \"Bob\"", 3), (1003, "tab\there", 0),
                        (1004, "Łódź ½ ☃", 7), (1005, "back\\slash", 0)]:
    http.fields(order=oid, status=200).info("GET /orders/{} customer={}", oid, who)
    db.debug("SELECT * FROM orders WHERE id = {}", oid)
    if total == 0:
        main.warning("order {} has total 0, path C:\\shop\\orders", oid)
try:
    raise ValueError("payment gateway refused: card declined")
except ValueError:
    http.trace("error").error("POST /checkout failed")
http.error("multi-line report:\nline two\n\tline three")
db.fields(ms=1520).warning("slow query: note = 'naïve'")
main.info("Übersicht: Grüße aus Köln")
db.critical("database connection lost, shutting down")
main.notice("shop-api stopped")
