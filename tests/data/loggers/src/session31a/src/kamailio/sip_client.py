#!/usr/bin/env python3
"""Send a few SIP requests over UDP to kamailio on 127.0.0.1:5060 and print the replies."""
import socket
import time
import uuid

S = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
S.bind(("127.0.0.1", 5070))
S.settimeout(1.0)


def req(method, ruri, to, frm_name="Jürgen Müller", maxfwd=70, extra="", body=""):
    cid = uuid.uuid4().hex[:12] + "@köln.example"
    msg = (f"{method} {ruri} SIP/2.0\r\n"
           f"Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK{uuid.uuid4().hex[:10]};rport\r\n"
           f"Max-Forwards: {maxfwd}\r\n"
           f"From: \"{frm_name}\" <sip:juergen@example.org>;tag={uuid.uuid4().hex[:8]}\r\n"
           f"To: <{to}>\r\n"
           f"Call-ID: {cid}\r\n"
           f"CSeq: 1 {method}\r\n"
           f"Contact: <sip:juergen@127.0.0.1:5070>\r\n"
           f"{extra}"
           f"Content-Length: {len(body.encode())}\r\n\r\n{body}")
    return msg.encode()


def send(data):
    S.sendto(data, ("127.0.0.1", 5060))
    try:
        print(S.recv(65535).decode(errors="replace").split("\r\n")[0])
    except socket.timeout:
        print("(no reply)")


send(req("OPTIONS", "sip:127.0.0.1", "sip:127.0.0.1"))
send(req("REGISTER", "sip:example.org", "sip:juergen@example.org", frm_name="日本 太郎"))
send(req("INVITE", "sip:fehler@127.0.0.1", "sip:fehler@127.0.0.1"))
send(req("MESSAGE", "sip:anna@127.0.0.9:5099", "sip:anna@127.0.0.9", maxfwd=0))
send(req("MESSAGE", "sip:anna@nirgendwo.invalid", "sip:anna@nirgendwo.invalid", body="Grüße aus Köln"))
send(req("MESSAGE", "sip:anna@127.0.0.1:5099", "sip:anna@127.0.0.1", body="x" * 600))
send(b"INVITE sip:kaputt SIP/2.0\r\nVia: kaputt\r\nCSeq: zwei\r\n\r\n")
send(b"\x00\x01 not sip at all \xc3\xa4\r\n\r\n")
send(req("OPTIONS", "sip:127.0.0.1", "sip:127.0.0.1", extra="Content-Length: 5\r\n"))
for _ in range(20):  # a burst from one address: pike blocks it
    S.sendto(req("OPTIONS", "sip:127.0.0.1", "sip:127.0.0.1"), ("127.0.0.1", 5060))
time.sleep(1)
