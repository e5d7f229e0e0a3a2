-- miltertest script: five messages through opendmarc
local function msg(conn, qid, host, ip, from, hdrs)
  assert(mt.conninfo(conn, host, ip) == nil)
  assert(mt.macro(conn, SMFIC_MAIL, "i", qid) == nil)
  assert(mt.mailfrom(conn, from) == nil)
  assert(mt.rcptto(conn, "<orders@shop.example>") == nil)
  assert(mt.macro(conn, SMFIC_RCPT, "i", qid) == nil)
  for _, h in ipairs(hdrs) do assert(mt.header(conn, h[1], h[2]) == nil) end
  assert(mt.eoh(conn) == nil)
  -- opendmarc declines the body step (miltertest's bodystring then fails): straight to EOM
  if mt.getreply(conn) == SMFIR_CONTINUE then
    assert(mt.eom(conn) == nil)
  end
  mt.echo(qid .. " reply " .. string.char(mt.getreply(conn)))
end

local sock = "inet:18893@127.0.0.1"
local date = {"Date", "Fri, 04 Dec 2026 18:00:00 +0000"}
-- 1: SPF and DKIM pass for example.org, as the shop's MX recorded them
local c = mt.connect(sock, 20, 0.25)
assert(c, "no connection")
msg(c, "5Dm1QzA1", "mail.example.org", "192.0.2.7", "<bob@example.org>",
    {{"Authentication-Results", "mx.shop.example; spf=pass smtp.mailfrom=bob@example.org; dkim=pass header.d=example.org"},
     {"From", "\"O'Brien, Bob\" <bob@example.org>"}, {"To", "orders@shop.example"}, {"Subject", "Order 1002"}, date})
mt.disconnect(c)
-- 2: SPF fails, no DKIM
c = mt.connect(sock, 20, 0.25)
msg(c, "5Dm1QzA2", "unknown", "203.0.113.66", "<billing@example.com>",
    {{"Authentication-Results", "mx.shop.example; spf=fail smtp.mailfrom=billing@example.com"},
     {"From", "billing@example.com"}, {"To", "orders@shop.example"}, {"Subject", "Invoice"}, date})
mt.disconnect(c)
-- 3: two From addresses
c = mt.connect(sock, 20, 0.25)
msg(c, "5Dm1QzA3", "mail.example.net", "198.51.100.9", "<a@example.net>",
    {{"From", "a@example.net, b@example.org"}, {"To", "orders@shop.example"}, {"Subject", "two"}, date})
mt.disconnect(c)
-- 4: no From header (RequiredHeaders)
c = mt.connect(sock, 20, 0.25)
msg(c, "5Dm1QzA4", "mail.example.net", "198.51.100.9", "<>",
    {{"To", "orders@shop.example"}, {"Subject", "C:\\shop\\orders"}, date})
mt.disconnect(c)
-- 5: Authentication-Results from an authserv-id we do not trust
c = mt.connect(sock, 20, 0.25)
msg(c, "5Dm1QzA5", "mail.example.net", "198.51.100.9", "<news@example.net>",
    {{"Authentication-Results", "evil.example; dkim=pass header.d=example.net"},
     {"From", "news@example.net"}, {"To", "orders@shop.example"}, {"Subject", "Łódź ½ ☃"}, date})
mt.disconnect(c)
