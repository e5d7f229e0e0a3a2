#!/usr/bin/env python3
"""A tiny UDP DNS backend on 127.0.0.1:5301 (dnspython): A 192.0.2.1 for everything, NXDOMAIN for *.nx.example."""
import socket

import dns.message
import dns.rcode
import dns.rrset

s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 5301))
while True:
    data, peer = s.recvfrom(4096)
    try:
        q = dns.message.from_wire(data)
    except Exception:
        continue
    r = dns.message.make_response(q)
    name = q.question[0].name
    if name.to_text().endswith("nx.example."):
        r.set_rcode(dns.rcode.NXDOMAIN)
    else:
        r.answer.append(dns.rrset.from_text(name, 60, "IN", "A", "192.0.2.1"))
    s.sendto(r.to_wire(), peer)
