import socket, struct, json, time
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("127.0.0.1", 10099)); s.listen(5); s.settimeout(8)
try:
    while True:
        c, _ = s.accept(); c.recv(65536)
        d = json.dumps({"response": "failed", "info": "host [web-01.example] not found — hôte inconnu"}, ensure_ascii=False).encode()
        c.sendall(b"ZBXD\x01" + struct.pack("<II", len(d), 0) + d); c.close()
except socket.timeout:
    pass
