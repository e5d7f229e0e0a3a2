-- lualogging 1.3.0 (Debian lua-logging) under Lua 5.1: logging.console with its default
-- pattern "%date %level %message\n", where %date is os.date() (the C locale's "%c").
-- Level DEBUG so all five levels show. Run: lua5.1 lualogging.lua > lualogging_console.log
require "logging.console"
local log = logging.console()
log:setLevel(logging.DEBUG)
log:info("shop-api starting on %s", _VERSION)
log:debug("config loaded from /etc/shop/config.yml")
log:info("listening on 127.0.0.1:8080")
local orders = { {1001, "Café Zoë in 東京", 12.5}, {1002, "O'Brien \"Bob\"", 3}, {1003, "tab\there", 0}, {1004, "Łódź ½ ☃", 7}, {1005, "back\\slash", 0} }
for _, o in ipairs(orders) do
  log:info("GET /orders/%d 200 customer=%s", o[1], o[2])
  log:debug("SELECT * FROM orders WHERE id = %d", o[1])
  if o[3] == 0 then log:warn("order %d has total 0, path C:\\shop\\orders", o[1]) end
end
local ok, err = pcall(function() error("payment gateway refused: card declined") end)
log:error("POST /checkout failed: %s", err)
log:error("multi-line report:\nline two\n\tline three")
log:error(debug.traceback("traceback follows:"))
log:warn("slow query 1.52 s: note = 'naïve'")
log:info({ event = "stats", hits = 42 })
log:info("Übersicht: Grüße aus Köln")
log:fatal("database connection lost, shutting down")
log:info("shop-api stopped")
