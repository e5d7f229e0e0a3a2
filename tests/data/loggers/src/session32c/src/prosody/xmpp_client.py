#!/usr/bin/env python3
"""Raw XMPP on 127.0.0.1:5222/5269: STARTTLS + SASL PLAIN (good, wrong password, unknown user), bind a non-ASCII
resource, messages to a local and a remote JID, an unknown host, bad XML, an s2s stream from a stranger."""
import base64
import os
import re
import socket
import ssl
import sys
import time

PW = os.environ["XMPP_PW"]
HDR = ("<?xml version='1.0'?><stream:stream to='{}' xmlns='jabber:client' "
       "xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>")


def rd(s, wait=1.0):
    s.settimeout(wait)
    out = b""
    try:
        while True:
            d = s.recv(65536)
            if not d:
                break
            out += d
    except (socket.timeout, ssl.SSLError, ConnectionError):
        pass
    txt = out.decode("utf-8", "replace")
    print("<<", txt[:300])
    return txt


def wr(s, txt):
    print(">>", txt[:300])
    s.sendall(txt.encode("utf-8"))


def tls_stream(host="localhost"):
    s = socket.create_connection(("127.0.0.1", 5222))
    wr(s, HDR.format(host))
    f = rd(s)
    if "starttls" not in f:
        return s, f
    wr(s, "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>")
    rd(s)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    t = ctx.wrap_socket(s, server_hostname=host)
    wr(t, HDR.format(host))
    return t, rd(t)


def auth(user, pw):
    t, _ = tls_stream()
    cred = base64.b64encode(f"\0{user}\0{pw}".encode("utf-8")).decode()
    wr(t, f"<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>{cred}</auth>")
    r = rd(t)
    return t, "<success" in r


t, ok = auth("anna", PW)
if ok:
    wr(t, HDR.format("localhost"))
    rd(t)
    wr(t, "<iq type='set' id='b1'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><resource>Köln 東京</resource>"
          "</bind></iq>")
    r = rd(t)
    m = re.search(r"<jid>([^<]+)</jid>", r)
    print("bound", m and m.group(1))
    wr(t, "<presence/>")
    wr(t, "<message to='東京@localhost' type='chat'><body>Grüße aus Köln, é</body></message>")
    wr(t, "<message to='jemand@nirgendwo.invalid' type='chat'><body>hallo</body></message>")
    wr(t, "<iq type='get' id='v1' to='localhost'><query xmlns='jabber:iq:version'/></iq>")
    wr(t, "<iq type='set' id='r1'><query xmlns='jabber:iq:register'><username>neu</username>"
          "<password>x</password></query></iq>")
    rd(t, 3)
    wr(t, "<message><body>unclosed <b></message>")   # not well-formed
    rd(t)
t.close()
for user, pw in (("anna", "falsch"), ("jürgen", "egal")):
    t, ok = auth(user, pw)
    t.close()
s = socket.create_connection(("127.0.0.1", 5222))
wr(s, HDR.format("köln.example"))
rd(s)
s.close()
s = socket.create_connection(("127.0.0.1", 5222))
wr(s, "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
rd(s)
s.close()
s = socket.create_connection(("127.0.0.1", 5269))
wr(s, "<?xml version='1.0'?><stream:stream to='localhost' from='fremd.example' xmlns='jabber:server' "
      "xmlns:db='jabber:server:dialback' xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>")
rd(s)
wr(s, "<db:result from='fremd.example' to='localhost'>abc</db:result>")
rd(s, 3)
s.close()
time.sleep(1)
sys.stdout.flush()
