import time
def app(environ, start_response):
    path = environ["PATH_INFO"]
    if path == "/boom":
        raise RuntimeError('order 100236 could not be saved: "db-1" refused connection')
    if path == "/slow":
        time.sleep(5)
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"ok\n"]
