"""Send a few lookups to nslcd's socket (its nslcd-prot protocol: int32 version, int32 action, string)."""
import socket
import struct
import sys

SOCK = "/run/nslcd/socket"
PASSWD_BYNAME, GROUP_BYNAME, HOST_BYNAME = 0x00080001, 0x00040001, 0x00050001


def ask(action, name):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.settimeout(15)
    s.connect(SOCK)
    data = name.encode()
    s.sendall(struct.pack("!iii", 2, action, len(data)) + data)
    try:
        print(action, name, s.recv(4096)[:16], file=sys.stderr)
    except OSError as e:
        print(action, name, e, file=sys.stderr)
    s.close()


ask(PASSWD_BYNAME, "zoe")
ask(GROUP_BYNAME, "Café Zoë in 東京")
ask(0x7777, "bogus")
