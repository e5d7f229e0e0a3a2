"""The shop API on web.py 0.76, its built-in development server (`python webpy_app.py PORT`)."""
import json
import time

import web

urls = ("/", "Index", "/boom", "Boom", "/orders", "Orders", "/slow", "Slow", "/search", "Search")


class Index:
    def GET(self):
        return json.dumps({"ok": True})


class Boom:
    def GET(self):
        raise RuntimeError("boom: Café Zoë in 東京 failed")


class Orders:
    def POST(self):
        body = json.loads(web.data())
        web.debug("order from %s: note=%r" % (body["customer"], body["note"]))
        return json.dumps({"customer": body["customer"]})


class Slow:
    def GET(self):
        time.sleep(1.2)
        return json.dumps({"slow": True})


class Search:
    def GET(self):
        i = web.input(q="", tag="")
        return json.dumps({"q": i.q, "tag": i.tag})


web.config.debug = False  # what a deployment sets; the default (True) also reloads modules
app = web.application(urls, globals())

if __name__ == "__main__":
    app.run()
