#!/usr/bin/env python3
"""A minimal XMPP client: STARTTLS, SASL PLAIN, bind, a message, on 127.0.0.1:5222.

Usage: xmpp_client.py USER DOMAIN PASSWORD_ENV_VAR_OR_LITERAL  (the password is given at run time, not stored)
"""
import base64
import os
import socket
import ssl
import sys
import time

user, domain, pw = sys.argv[1], sys.argv[2], os.environ.get(sys.argv[3], sys.argv[3])
HDR = (f"<?xml version='1.0'?><stream:stream to='{domain}' xmlns='jabber:client' "
       "xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>")


def until(sock, marks, limit=5.0):
    buf, end = b"", time.time() + limit
    sock.settimeout(0.5)
    while time.time() < end:
        try:
            chunk = sock.recv(65536)
        except (socket.timeout, ssl.SSLWantReadError):
            continue
        if not chunk:
            break
        buf += chunk
        if any(m.encode() in buf for m in marks):
            break
    text = buf.decode(errors="replace")
    print(text[:300])
    return text


s = socket.create_connection(("127.0.0.1", 5222))
s.sendall(HDR.encode())
if "starttls" not in until(s, ["</stream:features>", "</stream:stream>"]):
    sys.exit(0)
s.sendall(b"<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>")
until(s, ["<proceed"])
ctx = ssl.create_default_context()
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
s = ctx.wrap_socket(s, server_hostname="localhost")
s.sendall(HDR.encode())
until(s, ["</stream:features>"])
token = base64.b64encode(f"\0{user}\0{pw}".encode()).decode()
s.sendall(f"<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>{token}</auth>".encode())
if "<success" not in until(s, ["<success", "</failure>"]):
    s.sendall(b"</stream:stream>")
    s.close()
    sys.exit(0)
s.sendall(HDR.encode())
until(s, ["</stream:features>"])
s.sendall("<iq type='set' id='b1'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
          "<resource>Büro-Laptop</resource></bind></iq>".encode())
until(s, ["</iq>"])
s.sendall(b"<presence/>")
s.sendall(f"<message to='bob@{domain}' type='chat'><body>Grüße aus Köln — 日本</body></message>".encode())
s.sendall(f"<message to='niemand@nirgendwo.invalid' type='chat'><body>hallo</body></message>".encode())
s.sendall(b"<iq type='get' id='v1' to='localhost'><query xmlns='jabber:iq:version'/></iq>")
until(s, ["</iq>"], 3)
s.sendall(b"<iq type='get' id='kaputt'><unbekannt xmlns='urn:example:nichts'/></iq>")
until(s, ["</iq>"], 3)
time.sleep(1)
s.sendall(b"</stream:stream>")
s.close()
