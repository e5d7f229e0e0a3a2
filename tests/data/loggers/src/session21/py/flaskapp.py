# Flask dev server (werkzeug) with app.logger's default handler: `python flaskapp.py`
import logging
from flask import Flask, abort
app = Flask("shop")
app.logger.setLevel(logging.DEBUG)

@app.route("/")
def index():
    app.logger.debug("rendering index for user %s", "zoë")
    app.logger.info('cart "total" computed: 12.50 €')
    return "ok"

@app.route("/warn")
def warn():
    app.logger.warning("stock low for item %s\tcount=%d", "café-au-lait", 2)
    return "warned", 202

@app.route("/boom")
def boom():
    raise RuntimeError("payment gateway said: «declined»")

@app.route("/crit")
def crit():
    app.logger.critical("database unreachable\nretrying in 5s")
    abort(503)

@app.route("/missing")
def missing():
    abort(404)

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=18082)
