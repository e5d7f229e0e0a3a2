"""aiohttp web server as its docs show logging: logging.basicConfig(level=logging.DEBUG) (default '%(levelname)s:%(name)s:%(message)s'),
the default access log format '%a %t "%r" %s %b "%{Referer}i" "%{User-Agent}i"' on logger aiohttp.access, a handler that raises
(aiohttp.server logs the traceback), an app logger, a client request to a closed port."""
import asyncio, logging, subprocess, sys
from aiohttp import web, ClientSession

logging.basicConfig(level=logging.DEBUG, filename=sys.argv[1], filemode="w", encoding="utf-8")
log = logging.getLogger("shop.api")

async def index(request):
    log.info("index for %s", request.headers.get("User-Agent"))
    return web.Response(text="ok")
async def boom(request):
    raise KeyError("basket «42»")
async def cart(request):
    data = await request.post()
    log.warning("cart update rejected: %r", dict(data))
    return web.json_response({"error": "sold out"}, status=409)

async def main():
    app = web.Application()
    app.add_routes([web.get("/", index), web.get("/boom", boom), web.post("/cart", cart)])
    runner = web.AppRunner(app); await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 5374); await site.start()
    loop = asyncio.get_running_loop()
    def curl(*a):
        subprocess.run(["curl", "-s", "-o", "/dev/null", *a])
    for args in (["http://127.0.0.1:5374/"], ["http://127.0.0.1:5374/missing"], ["http://127.0.0.1:5374/boom"],
                 ["-X", "POST", "-d", "sku=42&name=M%C3%BCsli", "http://127.0.0.1:5374/cart"],
                 ["-e", "https://ref.shop.test/", "-A", 'Mozilla/5.0 "quoted"', "http://127.0.0.1:5374/?q=caf%C3%A9"],
                 ["-I", "http://127.0.0.1:5374/"]):
        await loop.run_in_executor(None, curl, *args)
    try:
        async with ClientSession() as s:
            await s.get("http://127.0.0.1:5399/")
    except Exception as e:
        log.error("inventory service unreachable: %s", e)
    log.critical("shutting down after fatal config error\nsee /etc/shop/api.yaml line 3")
    await runner.cleanup()

asyncio.run(main())
