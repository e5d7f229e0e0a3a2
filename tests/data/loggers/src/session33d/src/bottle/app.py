# bottle.run() defaults: WSGIRefServer, its request lines and bottle's own banner and tracebacks on stderr
import sys
import time

import bottle


@bottle.route("/")
@bottle.route("/hallo")
def hallo():
    return "Hallo %s\n" % bottle.request.query.getunicode("name", "Köln")


@bottle.post("/post")
def post():
    return "angelegt\n"


@bottle.route("/fehler")
def fehler():
    raise RuntimeError("Kaputt: Grüße aus 東京")


@bottle.route("/redirect")
def redirect():
    bottle.redirect("/hallo")


@bottle.route("/langsam")
def langsam():
    time.sleep(0.25)
    print("langsam: 250 ms gewartet", file=sys.stderr)
    return "ok\n"


bottle.run(host="127.0.0.1", port=8002)
