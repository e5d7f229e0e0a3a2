#!/usr/bin/env python3
"""Exercise an IRC server on 127.0.0.1:PORT: good clients, bad commands, non-ASCII names/text."""
import os
import socket
import sys
import time

PORT = int(sys.argv[1])
WAIT = float(os.environ.get("IRC_WAIT", "0"))  # for servers that resolve the client's host name first


def conn():
    s = socket.create_connection(("127.0.0.1", PORT), timeout=3)
    s.settimeout(1.5)
    return s


def send(s, *lines):
    for line in lines:
        s.sendall(line.encode("utf-8") + b"\r\n")
        time.sleep(0.2)


def quit_(s, msg):
    """QUIT, then read until the server closes (it applies command penalties: do not close early)."""
    send(s, msg)
    s.settimeout(30)
    try:
        while s.recv(65536):
            pass
    except (socket.timeout, ConnectionError):
        pass
    s.close()


def drain(s):
    out = b""
    try:
        while True:
            d = s.recv(65536)
            if not d:
                break
            out += d
    except (socket.timeout, ConnectionError):
        pass
    sys.stdout.write(out.decode("utf-8", "replace"))


a = conn()
send(a, "NICK alice", "USER alice 0 * :Alice aus Köln")
time.sleep(WAIT)
drain(a)
send(a, "JOIN #köln", "TOPIC #köln :Treffen in 東京 um 10 Uhr", "PRIVMSG #köln :Grüße aus 東京 é")
drain(a)
b = conn()
send(b, "NICK alice", "NICK b0b", "USER bob 0 * :Bob")  # nick in use, then ok
time.sleep(WAIT)
drain(b)
send(b, "JOIN #köln", "PRIVMSG alice :hallo é", "FROBNICATE x", "OPER root wrong-password-here",
     "MODE #köln +o nobody", "KICK #köln alice :raus")
drain(b)
c = conn()
send(c, "USER x")  # incomplete registration, then drop the socket
c.close()
d = conn()
d.sendall(b"\xff\xfe\x00garbage\r\n" + b"A" * 600 + b"\r\n")
time.sleep(0.5)
drain(d)
d.close()
quit_(b, "QUIT :tschüss")
send(a, "PART #köln :bis später")
quit_(a, "QUIT")
