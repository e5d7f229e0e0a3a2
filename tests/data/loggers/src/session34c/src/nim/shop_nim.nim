# std/logging (Nim 1.6): one made-up shop's activity through a ConsoleLogger with the module's
# verboseFmtStr ("$levelid, [$datetime] -- $appname: "), the format its documentation shows.
import std/[logging, os, strutils]

var console = newConsoleLogger(fmtStr = verboseFmtStr, useStderr = true)
addHandler(console)

info("shop-api starting on 127.0.0.1:8080 (pid ", getCurrentProcessId(), ")")
info("config loaded: workers=4 db=postgres://shop@localhost/shop")
debug("cache warm: 128 entries")
notice("listening for orders")
for (id, status, c) in [(1001, 200, "Café Zoë in 東京"), (1002, 200, "O'Brien \"Bob\""), (1003, 200, "tab\there"),
                        (1004, 404, "Łódź ½ ☃"), (1005, 200, "back\\slash")]:
  if status == 404:
    warn("GET /orders/$1 $2 customer=$3" % [$id, $status, c])
  else:
    info("GET /orders/$1 $2 customer=$3" % [$id, $status, c])
warn("disk almost full on C:\\shop\\orders (91% used)")
try:
  raise newException(IOError, "payment gateway timeout after 30s")
except IOError as e:
  error("POST /checkout failed: ", e.msg)
  error(e.getStackTrace().strip())
info("multi-line report:\nline two\n\tline three")
fatal("database connection lost")
notice("shop-api stopped")
