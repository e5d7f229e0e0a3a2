"""The shop API on Falcon (WSGI), served by gunicorn's sync workers."""
import json
import logging
import time

import falcon

log = logging.getLogger("gunicorn.error")  # the common idiom: log through gunicorn's error logger


class Index:
    def on_get(self, req, resp):
        resp.media = {"ok": True}


class Boom:
    def on_get(self, req, resp):
        raise RuntimeError("boom: Café Zoë in 東京 failed")


class Orders:
    def on_post(self, req, resp):
        body = json.load(req.bounded_stream)
        log.info("order from %s: note=%r", body["customer"], body["note"])
        resp.media = {"customer": body["customer"]}


class Slow:
    def on_get(self, req, resp):
        time.sleep(1.2)
        resp.media = {"slow": True}


class Search:
    def on_get(self, req, resp):
        resp.media = {"q": req.get_param("q"), "tag": req.get_param("tag")}


app = falcon.App()
app.add_route("/", Index())
app.add_route("/boom", Boom())
app.add_route("/orders", Orders())
app.add_route("/slow", Slow())
app.add_route("/search", Search())
