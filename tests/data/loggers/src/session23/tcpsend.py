"""tcpsend.py HOST PORT [WAIT]: sends stdin's bytes to HOST:PORT, reads what comes back for WAIT seconds (default 1), prints nothing.
A stand-in for `nc -q1` (not installed here)."""
import socket, sys, time
s = socket.create_connection((sys.argv[1], int(sys.argv[2])), timeout=3)
wait = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
data = sys.stdin.buffer.read()
s.sendall(data)
end = time.time() + wait
s.settimeout(0.3)
while time.time() < end:
    try:
        if not s.recv(65536):
            break
    except socket.timeout:
        pass
    except OSError:
        break
s.close()
