# Minimal MQTT 3.1.1 clients (no library): a good login that publishes, a bad password, a garbage packet.
import socket, struct, time
def s(b): b = b.encode(); return struct.pack("!H", len(b)) + b
def rl(n):
    out = b""
    while True:
        d, n = n % 128, n // 128
        out += bytes([d | (0x80 if n else 0)])
        if not n: return out
def connect(cid, user, pw):
    vh = s("MQTT") + bytes([4, 0xC2]) + struct.pack("!H", 30)
    pl = s(cid) + s(user) + s(pw)
    return bytes([0x10]) + rl(len(vh + pl)) + vh + pl
def conn(): return socket.create_connection(("127.0.0.1", 19883))
c = conn(); c.sendall(connect("shop-sensor-1", "zoë", "sécret")); c.recv(4)
topic, msg = s("shop/ünïcode/\"temp\""), "21.5 °C".encode()
c.sendall(bytes([0x30]) + rl(len(topic + msg)) + topic + msg)
sub = struct.pack("!H", 1) + s("shop/#") + b"\x00"; c.sendall(bytes([0x82]) + rl(len(sub)) + sub); time.sleep(0.3); c.recv(100)
c.sendall(b"\xe0\x00"); c.close(); time.sleep(0.3)
c = conn(); c.sendall(connect("intruder", "zoë", "wrong")); c.recv(4); c.close(); time.sleep(0.3)
c = conn(); c.sendall(b"\xff\xff\xff\xff"); time.sleep(0.3); c.close()
c = conn(); c.sendall(connect("dropper", "zoë", "sécret")); c.recv(4); c.close(); time.sleep(0.5)
