"""The shop API on Pyramid, run by `pserve development.ini` (waitress), as pyramid-cookiecutter-starter sets it up."""
import logging
import time

from pyramid.config import Configurator
from pyramid.view import view_config

log = logging.getLogger(__name__)


@view_config(route_name="index", renderer="json")
def index(request):
    log.debug("index hit from %s", request.client_addr)
    return {"ok": True}


@view_config(route_name="boom", renderer="json")
def boom(request):
    raise RuntimeError("boom: Café Zoë in 東京 failed")


@view_config(route_name="orders", renderer="json", request_method="POST")
def orders(request):
    body = request.json_body
    log.info("order from %s: note=%r", body["customer"], body["note"])
    return {"customer": body["customer"]}


@view_config(route_name="slow", renderer="json")
def slow(request):
    time.sleep(1.2)
    log.warning("slow request took %.1f s", 1.2)
    return {"slow": True}


@view_config(route_name="search", renderer="json")
def search(request):
    return {"q": request.params.get("q"), "tag": request.params.get("tag")}


def main(global_config, **settings):
    with Configurator(settings=settings) as config:
        for name, path in [("index", "/"), ("boom", "/boom"), ("orders", "/orders"), ("slow", "/slow"),
                           ("search", "/search")]:
            config.add_route(name, path)
        config.scan(__name__)
        return config.make_wsgi_app()
