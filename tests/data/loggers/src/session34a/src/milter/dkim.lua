-- miltertest script: three messages through opendkim (MTA side of the milter protocol)
local function msg(conn, qid, host, ip, from, hdrs, body)
  -- each step returns nil on success; stop at the first reply that is not "continue"
  assert(mt.conninfo(conn, host, ip) == nil)
  assert(mt.macro(conn, SMFIC_MAIL, "i", qid) == nil)
  assert(mt.mailfrom(conn, from) == nil)
  assert(mt.rcptto(conn, "<orders@shop.example>") == nil)
  for _, h in ipairs(hdrs) do assert(mt.header(conn, h[1], h[2]) == nil) end
  assert(mt.eoh(conn) == nil)
  if mt.getreply(conn) == SMFIR_CONTINUE then
    assert(mt.bodystring(conn, body) == nil)
    assert(mt.eom(conn) == nil)
  end
  mt.echo(qid .. " reply " .. string.char(mt.getreply(conn)))
end

local sock = "inet:18891@127.0.0.1"
-- 1: from the shop itself: signed
local c = mt.connect(sock, 20, 0.25)
assert(c, "no connection")
msg(c, "4Xk9QzT1", "localhost", "127.0.0.1", "<shop@shop.example>",
    {{"From", "Café Zoë <shop@shop.example>"}, {"To", "orders@shop.example"},
     {"Subject", "Order 1001 for Café Zoë in 東京"}, {"Date", "Fri, 04 Dec 2026 18:00:00 +0000"},
     {"Message-ID", "<1001@shop.example>"}},
    "Your order 1001 has shipped.\r\n")
mt.disconnect(c)
-- 2: from outside with a DKIM-Signature whose key cannot be fetched
c = mt.connect(sock, 20, 0.25)
msg(c, "4Xk9QzT2", "mail.example.org", "192.0.2.7", "<bob@example.org>",
    {{"DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.org; s=sel1; h=from:to:subject; bh=frcCV1k9oG9oKj3dpUqdJg1PxRT2RSN/XKdLCPjaYaY=; b=QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo="},
     {"From", "\"O'Brien, Bob\" <bob@example.org>"}, {"To", "orders@shop.example"},
     {"Subject", "Re: order 1002"}, {"Date", "Fri, 04 Dec 2026 18:01:00 +0000"}},
    "Where is my order?\r\n")
mt.disconnect(c)
-- 3: no From header at all
c = mt.connect(sock, 20, 0.25)
msg(c, "4Xk9QzT3", "mail.example.org", "192.0.2.7", "<>",
    {{"To", "orders@shop.example"}, {"Subject", "C:\\shop\\orders"}},
    "no sender\r\n")
mt.disconnect(c)
-- 4: a DKIM-Signature that does not parse (no b= tag)
c = mt.connect(sock, 20, 0.25)
msg(c, "4Xk9QzT4", "mx.example.net", "198.51.100.9", "<news@example.net>",
    {{"DKIM-Signature", "v=1; a=rsa-sha256; d=example.net; s=\"bad\"; h=from"},
     {"From", "news@example.net"}, {"To", "orders@shop.example"},
     {"Subject", "Łódź ½ ☃"}, {"Date", "Fri, 04 Dec 2026 18:02:00 +0000"}},
    "tab\there\r\n")
mt.disconnect(c)
-- 5: from 127.0.0.1 for a domain the shop does not sign for
c = mt.connect(sock, 20, 0.25)
msg(c, "4Xk9QzT5", "localhost", "127.0.0.1", "<bob@example.org>",
    {{"From", "bob@example.org"}, {"To", "orders@shop.example"},
     {"Subject", "relay"}, {"Date", "Fri, 04 Dec 2026 18:03:00 +0000"}},
    "relayed\r\n")
mt.disconnect(c)
