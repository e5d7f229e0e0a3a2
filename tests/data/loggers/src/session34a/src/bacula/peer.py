"""Speak the first lines of Bacula's Director-to-FD protocol (length-prefixed packets) to 127.0.0.1:19102."""
import socket
import struct
import sys


def talk(*msgs):
    s = socket.create_connection(("127.0.0.1", 19102), timeout=5)
    for m in msgs:
        b = m.encode()
        s.sendall(struct.pack(">i", len(b)) + b)
    try:
        while s.recv(4096):
            pass
    except OSError:
        pass
    s.close()


which = sys.argv[1]
if which == "unknown":
    talk("Hello Director shop-x calling\n")
elif which == "badpass":
    # right name; then a wrong CRAM-MD5 answer
    talk("Hello Director shop-dir calling\n", "AAAAAAAAAAAAAAAAAAAAAA\n")
elif which == "monitor":
    # the monitor Director's name with a wrong answer
    talk("Hello Director shop-mon calling\n", "Café Zoë\n")
elif which == "short":
    talk("Hi\n")
