# Tornado with parse_command_line() (its default pretty logging): `python tornadoapp.py --logging=debug`
import logging
import tornado.ioloop, tornado.web, tornado.options

gen_log = logging.getLogger("tornado.general")
app_log = logging.getLogger("tornado.application")

class Main(tornado.web.RequestHandler):
    def get(self):
        app_log.debug("serving index for %s", "jürgen")
        self.write("ok")

class Boom(tornado.web.RequestHandler):
    def get(self):
        raise KeyError('missing "sku" ünïcode')

class Warn(tornado.web.RequestHandler):
    def get(self):
        app_log.warning("slow upstream: 1.2s > 1s budget ⏱")
        raise tornado.web.HTTPError(429, "too many")

class Crit(tornado.web.RequestHandler):
    def get(self):
        app_log.critical("disk full on /var/lib/app\nsecond line of the message")
        self.set_status(503); self.write("down")

if __name__ == "__main__":
    tornado.options.parse_command_line()
    app = tornado.web.Application([(r"/", Main), (r"/boom", Boom), (r"/warn", Warn), (r"/crit", Crit)])
    app.listen(18083, "127.0.0.1")
    app_log.info("listening on 127.0.0.1:%d", 18083)
    tornado.ioloop.IOLoop.current().start()
