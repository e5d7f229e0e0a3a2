"""A TCP listener that is not a Kafka broker: it answers whatever arrives with an HTTP error, then closes."""
import socket
import sys
import threading

srv = socket.create_server(("127.0.0.1", int(sys.argv[1])))


def serve(c):
    try:
        c.recv(4096)
        c.sendall(b"HTTP/1.0 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
    finally:
        c.close()


while True:
    conn, _ = srv.accept()
    threading.Thread(target=serve, args=(conn,), daemon=True).start()
