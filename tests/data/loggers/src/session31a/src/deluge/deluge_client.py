#!/usr/bin/python3
"""Drive deluged over its RPC on 127.0.0.1:58846 (Debian's python3-deluge): add, fail, remove, shut down."""
import base64
import sys

from deluge.ui.client import client
from twisted.internet import defer, reactor

W = sys.argv[1]
USER, PW = open(W + "/conf/auth").read().split("\n")[0].split(":")[:2]


def show(what, result):
    print(what, "->", result)


@defer.inlineCallbacks
def run():
    try:
        yield client.connect("127.0.0.1", 58846, "jürgen", "falsch")
    except Exception as e:  # wrong user: the daemon logs the failed login
        show("bad login", type(e).__name__)
    yield client.connect("127.0.0.1", 58846, USER, PW)
    torrent = open(W + "/koeln.torrent", "rb").read()
    for name, data in (("Grüße aus Köln.torrent", torrent), ("kaputt.torrent", b"kein torrent")):
        try:
            show(name, (yield client.core.add_torrent_file(name, base64.b64encode(data), {"download_location": W + "/seed"})))
        except Exception as e:
            show(name, repr(e)[:200])
    try:
        show("again", (yield client.core.add_torrent_file("nochmal.torrent", base64.b64encode(torrent), {})))
    except Exception as e:
        show("again", repr(e)[:200])
    mag = "magnet:?xt=urn:btih:0123456789abcdef0123456789abcdef01234567&dn=%E6%97%A5%E6%9C%AC"
    show("magnet", (yield client.core.add_torrent_magnet(mag, {"download_location": W + "/dl"})))
    try:
        show("plugin", (yield client.core.enable_plugin("Gibtsnicht")))
    except Exception as e:
        show("plugin", repr(e)[:200])
    yield client.core.set_config({"download_location": "/proc/kein/ort"})
    yield client.core.set_config({"listen_ports": [6890, 6890]})
    try:
        yield client.core.move_storage(["0123456789abcdef0123456789abcdef01234567"], "/proc/kein/ort")
    except Exception as e:
        show("move", repr(e)[:200])
    yield client.core.force_recheck(["0123456789abcdef0123456789abcdef01234567"])
    yield client.core.remove_torrent("0123456789abcdef0123456789abcdef01234567", False)
    try:
        yield client.core.remove_torrent("ffffffffffffffffffffffffffffffffffffffff", False)
    except Exception as e:
        show("remove", repr(e)[:200])
    yield client.daemon.shutdown()
    reactor.callLater(1, reactor.stop)


reactor.callWhenRunning(run)
reactor.run()
