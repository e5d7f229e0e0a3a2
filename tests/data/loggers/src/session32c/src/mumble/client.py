#!/usr/bin/env python3
"""Mumble clients on 127.0.0.1:64738 (pymumble): a user with a non-ASCII name, a text message, a channel
it may not create, a name with a space, a duplicate name, a reserved name (SuperUser without password), plus raw garbage."""
import socket
import ssl
import sys
import time

import pymumble_py3 as pymumble

HOST, PORT = "127.0.0.1", 64738


def client(name):
    m = pymumble.Mumble(HOST, name, port=PORT, reconnect=False)
    m.set_application_string("logmr-corpus")
    m.start()
    m.is_ready()
    return m


x = client("Jürgen 東京")         # a space: not allowed by the default username regex
time.sleep(1)
a = client("Jürgen_東京")
time.sleep(1)
try:
    a.channels[0].send_text_message("Grüße aus Köln, é")
    a.channels.new_channel(0, "Köln-Kanal")
except Exception as e:
    print("a:", e, file=sys.stderr)
time.sleep(1)
b = client("Jürgen_東京")          # same name: rejected
time.sleep(2)
c = client("SuperUser")            # reserved, no password
time.sleep(2)
# plain TCP garbage, then TLS and an immediate close
s = socket.create_connection((HOST, PORT))
s.sendall(b"GET / HTTP/1.1\r\nHost: k\xc3\xb6ln\r\n\r\n")
time.sleep(1)
s.close()
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
t = ctx.wrap_socket(socket.create_connection((HOST, PORT)))
t.sendall(b"\x00\x00\x00\x00\x00\x10nonsense")
time.sleep(1)
t.close()
for m in (x, a, b, c):
    try:
        m.stop()
    except Exception as e:
        print("stop:", e, file=sys.stderr)
time.sleep(2)
