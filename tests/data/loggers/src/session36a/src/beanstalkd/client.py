"""Drive beanstalkd over its text protocol: jobs put, reserved, buried, kicked; bad commands; a client killed."""
import socket
import sys
import time

port = int(sys.argv[1])


def conn():
    return socket.create_connection(("127.0.0.1", port))


def talk(s, data, wait=0.2):
    s.sendall(data)
    time.sleep(wait)
    s.settimeout(0.5)
    try:
        print(repr(s.recv(4096)))
    except OSError as e:
        print(e)


body = "Café Zoë in 東京".encode()
a = conn()
talk(a, b"use orders\r\n")
talk(a, b"put 100 0 60 %d\r\n%s\r\n" % (len(body), body))
talk(a, b'put 10 0 60 9\r\n"quoted"\t\r\n')
talk(a, b"put 0 0 60 3\r\nabcdef\r\n")  # body longer than announced
talk(a, b"use caf\xc3\xa9\r\n")  # tube names are ASCII only
talk(a, b"frobnicate 1 2\r\n")
talk(a, b"stats-job 999\r\n")
b = conn()
talk(b, b"watch orders\r\n")
talk(b, b"reserve-with-timeout 1\r\n")
talk(b, b"bury 1 0\r\n")
talk(b, b"reserve-with-timeout 0\r\n")
b.close()  # a worker dies holding reserved job 2: it is released
time.sleep(0.3)
talk(a, b"kick 5\r\n")
talk(a, b"pause-tube orders 1\r\n")
talk(a, b"delete 1\r\n")
talk(a, b"quit\r\n")
a.close()
c = conn()
c.sendall(b"put 0 0 60 1000\r\npartial")  # killed mid-body
c.close()
time.sleep(0.3)
