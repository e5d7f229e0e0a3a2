#!/usr/bin/env python3
"""Queries to dnsdist on 127.0.0.1:5300: good, NXDOMAIN, refused, dropped, a UTF-8 label, garbage, TCP."""
import socket

import dns.message
import dns.name
import dns.query

S = "127.0.0.1"


def q(name, rtype="A", tcp=False):
    m = dns.message.make_query(name, rtype)
    try:
        r = (dns.query.tcp if tcp else dns.query.udp)(m, S, port=5300, timeout=2)
        print(name, rtype, dns.rcode.to_text(r.rcode()))
    except Exception as e:
        print(name, rtype, type(e).__name__, e)


q("www.example.")
q("www.example.", "AAAA")
q("gibtsnicht.nx.example.")
q("blocked.example.")
q("drop.example.")
q(dns.name.Name([b"\xe6\x9d\xb1\xe4\xba\xac", b"caf\xc3\xa9", b"example", b""]))
q("tcp.example.", tcp=True)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.sendto(b"\x00\x01garbage", (S, 5300))
u.sendto(b"\x12", (S, 5300))
t = socket.create_connection((S, 5300))
t.sendall(b"\x00\x05abcde")
t.close()
