"""A tiny WSGI app for waitress: fast, slow, failing and UTF-8 routes."""
import time


def app(environ, start_response):
    path = environ.get("PATH_INFO", "/")
    if path == "/boom":
        raise RuntimeError("Datenbankfehler in Köln: Verbindung verloren (日本)")
    if path == "/langsam":
        time.sleep(1.5)
    if path == "/halb":
        start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8")])
        return halb()  # fails after the headers went out
    body = "Grüße aus Köln — 日本\n".encode()
    start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body)))])
    return [body]


def halb():
    yield b"erster Teil\n"
    raise ValueError("Abbruch mitten in der Antwort: Zeichen 'ß' ungültig")
