"""A minimal XMPP server side of the component protocol (XEP-0114) for biboumi: accept the handshake,
send a few stanzas from a user, print what biboumi sends, close after a while. Standard library only."""
import socket
import sys
import time

port, seconds = int(sys.argv[1]), float(sys.argv[2])
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", port))
srv.listen(1)
conn, _ = srv.accept()
conn.settimeout(0.5)


def drain():
    try:
        while True:
            data = conn.recv(65536)
            if not data:
                return
            sys.stdout.write(data.decode("utf-8", "replace") + "\n")
    except TimeoutError:
        pass


drain()  # <stream:stream ...>
conn.sendall(b"<?xml version='1.0'?><stream:stream xmlns:stream='http://etherx.jabber.org/streams' "
             b"xmlns='jabber:component:accept' from='irc.shop.test' id='shop1'>")
drain()  # <handshake>...</handshake>
conn.sendall(b"<handshake/>")
drain()
user = "zo\u00eb@shop.test/phone"
stanzas = [
    f"<presence from='{user}' to='#orders%127.0.0.1@irc.shop.test/zoe'><x xmlns='http://jabber.org/protocol/muc'/></presence>",
    f"<message from='{user}' to='#orders%127.0.0.1@irc.shop.test' type='groupchat'><body>Caf\u00e9 Zo\u00eb in \u6771\u4eac: O'Brien &quot;Bob&quot; C:\\shop\\orders</body></message>",
    f"<iq from='{user}' to='irc.shop.test' type='get' id='v1'><query xmlns='jabber:iq:version'/></iq>",
    f"<iq from='{user}' to='irc.shop.test' type='get' id='bad1'><nonsense xmlns='urn:shop:unknown'/></iq>",
    "<this is not xml",
]
for s in stanzas:
    conn.sendall(s.encode())
    time.sleep(0.7)
    drain()
end = time.time() + seconds
while time.time() < end:
    drain()
conn.close()
