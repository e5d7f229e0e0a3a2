"""CherryPy app (run_cherrypy.sh): the engine's own log (screen, i.e. cherrypy.log.error to stderr) and the access log (to stdout), defaults."""
import sys
import cherrypy

class Shop:
    @cherrypy.expose
    def index(self):
        return "Grüße aus Köln"

    @cherrypy.expose
    def order(self, oid="1"):
        cherrypy.log("order %s looked up" % oid, context="SHOP")
        return "order " + oid

    @cherrypy.expose
    def boom(self):
        return {"sku": 7}["price"]

cherrypy.config.update({"server.socket_host": "127.0.0.1", "server.socket_port": int(sys.argv[1]), "engine.autoreload.on": False,
                        "log.screen": True, "environment": None})
cherrypy.quickstart(Shop(), "/")
