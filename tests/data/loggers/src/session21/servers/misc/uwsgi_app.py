import sys
def application(env, start_response):
    p = env.get("PATH_INFO", "/")
    if p == "/boom":
        raise ValueError('bad "quoted" value: naïve café')
    if p == "/print":
        print("app says: héllo «stdout»", flush=True)
        sys.stderr.write("app warns on stderr\n")
    if p == "/missing":
        start_response("404 Not Found", [("Content-Type", "text/plain")]); return [b"nope"]
    start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8")])
    return ["héllo wörld\n".encode()]
