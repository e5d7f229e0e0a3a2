"""Twisted (legacy twisted.python.log.startLogging to a file: '%Y-%m-%d %H:%M:%S%z [system] message'), a twisted.web
Site logging its access lines through the log (combinedLogFormatter), a resource that raises, log.err, twisted.logger."""
import os, sys
from twisted.python import log
from twisted.logger import Logger
from twisted.internet import reactor, protocol
from twisted.web import server, resource, client

log.startLogging(open(sys.argv[1], "w", encoding="utf-8"), setStdout=False)
tlog = Logger(namespace="shop.checkout")

class Root(resource.Resource):
    isLeaf = True
    def render_GET(self, request):
        if request.path == b"/boom":
            raise RuntimeError("Warenkorb «leer» – cannot render")
        if request.path == b"/missing":
            request.setResponseCode(404); return b"no"
        tlog.info("rendering {path} for {ua!r}", path=request.path.decode(), ua=request.getHeader("user-agent"))
        return b"hello"
    def render_POST(self, request):
        tlog.warn("POST with {n} bytes refused", n=len(request.content.read()))
        request.setResponseCode(405); return b""

site = server.Site(Root())
reactor.listenTCP(5373, site, interface="127.0.0.1")

def run():
    import subprocess
    for args in (["/"], ["/missing"], ["/boom"], ["-X", "POST", "-d", "x=1", "/cart"], ["-A", 'Mozilla/5.0 "quoted"', "/?q=caf%C3%A9"]):
        path = args[-1]; extra = args[:-1]
        subprocess.run(["curl", "-s", "-o", "/dev/null", *extra, "http://127.0.0.1:5373" + path])
    log.msg("multi-line message\nsecond line")
    try:
        1 / 0
    except ZeroDivisionError:
        log.err(None, "while computing discount")
    tlog.error("payment provider answered {code}", code=503)
    tlog.critical("ledger out of balance by {amount} €", amount="12.30")
    tlog.debug("debug events are written too: {x}", x=1)
    reactor.stop()

def later():
    from twisted.internet import threads
    threads.deferToThread(run)
reactor.callWhenRunning(later)
reactor.run()
