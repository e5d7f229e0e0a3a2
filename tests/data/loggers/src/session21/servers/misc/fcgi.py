# Tiny FastCGI client: python3 fcgi.py SCRIPT QUERY
import socket, struct, sys
def rec(t, rid, content):
    return struct.pack("!BBHHBx", 1, t, rid, len(content), 0) + content
def nv(k, v):
    k, v = k.encode(), v.encode()
    return bytes([len(k)]) + bytes([len(v)]) + k + v if len(v) < 128 else bytes([len(k)]) + struct.pack("!I", len(v) | 0x80000000) + k + v
params = {"SCRIPT_FILENAME": sys.argv[1], "QUERY_STRING": sys.argv[2], "REQUEST_METHOD": "GET",
          "SCRIPT_NAME": "/app.php", "REQUEST_URI": "/app.php?" + sys.argv[2], "SERVER_PROTOCOL": "HTTP/1.1", "GATEWAY_INTERFACE": "CGI/1.1"}
s = socket.create_connection(("127.0.0.1", 19000)); s.settimeout(10)
body = b"".join(nv(k, v) for k, v in params.items())
s.sendall(rec(1, 1, struct.pack("!HB5x", 1, 0)) + rec(4, 1, body) + rec(4, 1, b"") + rec(5, 1, b""))
out = b""
try:
    while True:
        d = s.recv(65536)
        if not d: break
        out += d
except socket.timeout: pass
sys.stdout.buffer.write(out)
