#!/usr/bin/python3
"""Craft the packet capture that Suricata, tcpdump, tshark and arpwatch read (session 37a).

Run with Debian's python3 (python3-scapy 2.5.0): /usr/bin/python3 src/gen_pcap.py OUT.pcap
Packets carry documentation addresses (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) and are
only written to a file, never sent. Packet times start at 2026-12-04 23:10:00 UTC.
"""
import os
import subprocess
import sys
import tempfile
from datetime import datetime, timezone

from scapy.all import (ARP, DNS, DNSQR, DNSRR, ICMP, IP, IPv6, TCP, UDP, Ether, Raw, wrpcap)
from scapy.layers.tls.all import (TLS, TLSClientHello, TLSServerHello, TLSCertificate, TLS_Ext_ServerName,
                                  ServerName, TLSServerHelloDone, TLS_Ext_SupportedGroups)
from scapy.layers.tls.cert import Cert

T0 = datetime(2026, 12, 4, 23, 10, 0, tzinfo=timezone.utc).timestamp()
PKTS = []
CLOCK = [T0]

MAC_CLI = "52:54:00:12:34:56"
MAC_GW = "52:54:00:ab:cd:ef"
MAC_SRV = "52:54:00:00:00:20"
MAC_SCAN = "02:42:ac:11:00:66"
CLI, SRV, DNS_SRV, SCAN = "192.0.2.10", "198.51.100.20", "192.0.2.53", "203.0.113.66"


def emit(pkt, dt=0.000731):
    CLOCK[0] += dt
    pkt.time = CLOCK[0]
    PKTS.append(pkt)


def at(seconds):
    """Jump the packet clock to T0 + seconds."""
    CLOCK[0] = T0 + seconds


class Conn:
    """A TCP connection between two hosts with correct sequence numbers."""

    def __init__(self, c, s, cport, sport, cmac=MAC_CLI, smac=MAC_GW, v6=False):
        self.c, self.s, self.cp, self.sp, self.cmac, self.smac, self.v6 = c, s, cport, sport, cmac, smac, v6
        self.cseq, self.sseq = 1000 + cport * 7, 500000 + sport * 13

    def _ip(self, from_client):
        L3 = IPv6 if self.v6 else IP
        if from_client:
            return Ether(src=self.cmac, dst=self.smac) / L3(src=self.c, dst=self.s)
        return Ether(src=self.smac, dst=self.cmac) / L3(src=self.s, dst=self.c)

    def handshake(self):
        emit(self._ip(True) / TCP(sport=self.cp, dport=self.sp, flags="S", seq=self.cseq, window=64240))
        emit(self._ip(False) / TCP(sport=self.sp, dport=self.cp, flags="SA", seq=self.sseq, ack=self.cseq + 1,
                                   window=65160), 0.0213)
        self.cseq += 1
        self.sseq += 1
        emit(self._ip(True) / TCP(sport=self.cp, dport=self.sp, flags="A", seq=self.cseq, ack=self.sseq,
                                  window=64240), 0.0002)

    def send(self, from_client, data, dt=0.0011):
        data = bytes(data)
        if from_client:
            emit(self._ip(True) / TCP(sport=self.cp, dport=self.sp, flags="PA", seq=self.cseq, ack=self.sseq,
                                      window=64240) / Raw(data), dt)
            self.cseq += len(data)
            emit(self._ip(False) / TCP(sport=self.sp, dport=self.cp, flags="A", seq=self.sseq, ack=self.cseq,
                                       window=65160), 0.0004)
        else:
            emit(self._ip(False) / TCP(sport=self.sp, dport=self.cp, flags="PA", seq=self.sseq, ack=self.cseq,
                                       window=65160) / Raw(data), dt)
            self.sseq += len(data)
            emit(self._ip(True) / TCP(sport=self.cp, dport=self.sp, flags="A", seq=self.cseq, ack=self.sseq,
                                      window=64240), 0.0003)

    def close(self):
        emit(self._ip(True) / TCP(sport=self.cp, dport=self.sp, flags="FA", seq=self.cseq, ack=self.sseq,
                                  window=64240), 0.0101)
        emit(self._ip(False) / TCP(sport=self.sp, dport=self.cp, flags="FA", seq=self.sseq, ack=self.cseq + 1,
                                   window=65160), 0.0005)
        self.cseq += 1
        self.sseq += 1
        emit(self._ip(True) / TCP(sport=self.cp, dport=self.sp, flags="A", seq=self.cseq, ack=self.sseq,
                                  window=64240), 0.0002)


def http(conn, request, status_line, headers, body):
    conn.handshake()
    conn.send(True, request)
    hdr = status_line + b"\r\n" + b"".join(h + b"\r\n" for h in headers) + \
        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n"
    conn.send(False, hdr + body, 0.0427)
    conn.close()


def dns(qid, name, qtype, answers=None, rcode=0, src=CLI, sport=41000, v6=False, dt=0.31):
    L3 = IPv6 if v6 else IP
    dst = "2001:db8::53" if v6 else DNS_SRV
    q = Ether(src=MAC_CLI, dst=MAC_GW) / L3(src=src, dst=dst) / UDP(sport=sport, dport=53) / \
        DNS(id=qid, rd=1, qd=DNSQR(qname=name, qtype=qtype))
    emit(q, dt)
    an = None
    for rr in answers or []:
        an = rr if an is None else an / rr
    r = Ether(src=MAC_GW, dst=MAC_CLI) / L3(src=dst, dst=src) / UDP(sport=53, dport=sport) / \
        DNS(id=qid, qr=1, rd=1, ra=1, rcode=rcode, qd=DNSQR(qname=name, qtype=qtype), an=an)
    emit(r, 0.0182)


def main(out):
    # --- ARP: the client and the gateway learn each other; later the gateway's IP answers from a new MAC
    at(0)
    emit(Ether(src=MAC_CLI, dst="ff:ff:ff:ff:ff:ff") / ARP(op=1, hwsrc=MAC_CLI, psrc=CLI, pdst="192.0.2.1"))
    emit(Ether(src=MAC_GW, dst=MAC_CLI) / ARP(op=2, hwsrc=MAC_GW, psrc="192.0.2.1", hwdst=MAC_CLI, pdst=CLI))
    emit(Ether(src="52:54:00:77:88:99", dst="ff:ff:ff:ff:ff:ff") /
         ARP(op=1, hwsrc="52:54:00:77:88:99", psrc="192.0.2.77", pdst="192.0.2.1"), 0.9)

    # --- DNS (names with a raw UTF-8 label, NXDOMAIN, AAAA over IPv6, TXT with quotes)
    at(1.5)
    dns(0x1a2b, "www.example.org.", "A", [DNSRR(rrname="www.example.org.", type="A", ttl=3600,
                                                rdata="198.51.100.20")])
    dns(0x1a2c, "www.example.org.", "AAAA", [DNSRR(rrname="www.example.org.", type="AAAA", ttl=3600,
                                                   rdata="2001:db8::20")], sport=41001)
    dns(0x2b3c, "no-such-host.example.", "A", rcode=3, sport=41002)
    dns(0x3c4d, "b\u00fccher.example.".encode(), "A", [DNSRR(rrname="b\u00fccher.example.".encode(), type="A",
                                                              ttl=60, rdata="198.51.100.21")], sport=41003)
    dns(0x4d5e, "_dmarc.example.org.", "TXT", [DNSRR(rrname="_dmarc.example.org.", type="TXT", ttl=300,
                                                     rdata=['v=DMARC1; p=reject; rua="mailto:d@example.org"'])],
        sport=41004)
    dns(0x5e6f, "ipv6.example.org.", "AAAA", [DNSRR(rrname="ipv6.example.org.", type="AAAA", ttl=120,
                                                    rdata="2001:db8::6")], src="2001:db8::10", sport=41005,
        v6=True)

    # --- HTTP
    at(4)
    http(Conn(CLI, SRV, 51000, 80),
         b"GET /index.html HTTP/1.1\r\nHost: www.example.org\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64; "
         b"rv:128.0) Gecko/20100101 Firefox/128.0\r\nAccept: */*\r\n\r\n",
         b"HTTP/1.1 200 OK", [b"Server: nginx/1.22.1", b"Content-Type: text/html; charset=utf-8"],
         "<html><body>Gr\u00fc\u00dfe aus K\u00f6ln</body></html>\n".encode())
    at(9)
    http(Conn(CLI, SRV, 51002, 80),
         b"GET /admin/login.php?user=admin'--&pw=x HTTP/1.1\r\nHost: www.example.org\r\n"
         b"User-Agent: sqlmap/1.7.2#stable (https://sqlmap.org)\r\n\r\n",
         b"HTTP/1.1 403 Forbidden", [b"Server: nginx/1.22.1"], b"forbidden\n")
    at(13)
    http(Conn(CLI, SRV, 51004, 80),
         "GET /caf\u00e9/men\u00fc.html?q=\"x\"\\y HTTP/1.1\r\nHost: www.example.org\r\n"
         "User-Agent: curl/7.88.1 \"quoted\" \\back\r\nReferer: http://www.example.org/k\u00f6ln\r\n\r\n".encode(),
         b"HTTP/1.1 404 Not Found", [b"Server: nginx/1.22.1"], b"not found\n")
    at(17)
    body = b"--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"invoice.exe\"\r\n" \
           b"Content-Type: application/octet-stream\r\n\r\nMZ\x90\x00\x03\x00\x00\x00" + b"A" * 200 + \
           b"\r\n--XyZ--\r\n"
    http(Conn(CLI, SRV, 51006, 8080),
         b"POST /upload HTTP/1.1\r\nHost: files.example.org:8080\r\nUser-Agent: python-requests/2.28.1\r\n"
         b"Content-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: " + str(len(body)).encode() +
         b"\r\n\r\n" + body,
         b"HTTP/1.1 500 Internal Server Error", [b"Server: gunicorn"], b"Internal Server Error\n")

    # --- TLS ClientHello / ServerHello / Certificate
    at(22)
    with tempfile.TemporaryDirectory() as d:
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:1024", "-nodes", "-keyout", d + "/k.pem",
                        "-out", d + "/c.pem", "-days", "400", "-subj",
                        "/C=DE/O=Beispiel GmbH/CN=secure.example.net", "-set_serial", "4660"],
                       check=True, capture_output=True)
        cert = Cert(d + "/c.pem")
    c = Conn(CLI, SRV, 51010, 443)
    c.handshake()
    ch = TLS(msg=[TLSClientHello(gmt_unix_time=int(T0), ciphers=[0x1301, 0xc02f, 0x009c],
                                 ext=[TLS_Ext_ServerName(servernames=[ServerName(servername=b"secure.example.net")]),
                                      TLS_Ext_SupportedGroups(groups=[29, 23])])])
    c.send(True, bytes(ch))
    sh = TLS(msg=[TLSServerHello(gmt_unix_time=int(T0), cipher=0xc02f), TLSCertificate(certs=[cert]),
                  TLSServerHelloDone()])
    c.send(False, bytes(sh), 0.031)
    c.close()

    # --- SSH banners (an old libssh client)
    at(27)
    c = Conn(CLI, SRV, 51012, 22)
    c.handshake()
    c.send(False, b"SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n", 0.02)
    c.send(True, b"SSH-2.0-libssh_0.9.6\r\n")
    c.close()

    # --- a SYN scan from 203.0.113.66: RSTs, one open port
    at(40)
    for i, port in enumerate([21, 22, 23, 25, 53, 80, 110, 111, 135, 139, 143, 443, 445, 993, 995, 1723, 3306,
                              3389, 5900, 8080]):
        emit(Ether(src=MAC_SCAN, dst=MAC_GW) / IP(src=SCAN, dst=SRV, ttl=44) /
             TCP(sport=61234, dport=port, flags="S", seq=1234567 + i, window=1024), 0.0021)
        if port == 22:
            emit(Ether(src=MAC_GW, dst=MAC_SCAN) / IP(src=SRV, dst=SCAN) /
                 TCP(sport=22, dport=61234, flags="SA", seq=777, ack=1234567 + i + 1, window=65160), 0.0004)
            emit(Ether(src=MAC_SCAN, dst=MAC_GW) / IP(src=SCAN, dst=SRV, ttl=44) /
                 TCP(sport=61234, dport=22, flags="R", seq=1234567 + i + 1), 0.0003)
        else:
            emit(Ether(src=MAC_GW, dst=MAC_SCAN) / IP(src=SRV, dst=SCAN) /
                 TCP(sport=port, dport=61234, flags="RA", seq=0, ack=1234567 + i + 1, window=0), 0.0004)

    # --- ICMP echo, and an unreachable
    at(50)
    for s in range(3):
        emit(Ether(src=MAC_CLI, dst=MAC_GW) / IP(src=CLI, dst=SRV) / ICMP(type=8, id=0x4242, seq=s + 1) /
             Raw(b"abcdefghijklmnopqrstuvwabcdefghi"), 1.0)
        emit(Ether(src=MAC_GW, dst=MAC_CLI) / IP(src=SRV, dst=CLI) / ICMP(type=0, id=0x4242, seq=s + 1) /
             Raw(b"abcdefghijklmnopqrstuvwabcdefghi"), 0.0009)
    emit(Ether(src=MAC_CLI, dst=MAC_GW) / IP(src=CLI, dst=SRV) / UDP(sport=45000, dport=33434) / Raw(b"probe"),
         0.5)
    emit(Ether(src=MAC_GW, dst=MAC_CLI) / IP(src=SRV, dst=CLI) / ICMP(type=3, code=3) /
         IP(src=CLI, dst=SRV) / UDP(sport=45000, dport=33434) / Raw(b"probe"), 0.0011)

    # --- a malformed IPv4 packet (header length 3 words) and a truncated TCP header: decoder events
    at(60)
    bad = Ether(src=MAC_SCAN, dst=MAC_GW) / IP(src=SCAN, dst=SRV, ihl=3) / Raw(b"\x00" * 24)
    emit(bad)
    emit(Ether(src=MAC_SCAN, dst=MAC_GW) / IP(src=SCAN, dst=SRV, proto=6) / Raw(b"\x04\xd2\x00"), 0.2)

    # --- ARP flip-flop: 192.0.2.1 answered by another MAC (arpwatch), then back
    at(70)
    emit(Ether(src=MAC_SCAN, dst=MAC_CLI) / ARP(op=2, hwsrc=MAC_SCAN, psrc="192.0.2.1", hwdst=MAC_CLI, pdst=CLI))
    emit(Ether(src=MAC_GW, dst=MAC_CLI) / ARP(op=2, hwsrc=MAC_GW, psrc="192.0.2.1", hwdst=MAC_CLI, pdst=CLI), 2.0)

    # --- a long-lived connection still open at the end of the capture (flow timeout at shutdown)
    at(80)
    c = Conn(CLI, SRV, 51020, 6667)
    c.handshake()
    c.send(True, "NICK j\u00fcrgen\r\nUSER j 0 * :J\u00fcrgen M\u00fcller\r\n".encode())
    c.send(False, b":irc.example.org 001 j\xc3\xbcrgen :Welcome\r\n", 0.2)

    PKTS.sort(key=lambda p: p.time)
    wrpcap(out, PKTS)
    print(f"{len(PKTS)} packets -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
