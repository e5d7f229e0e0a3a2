#!/usr/bin/python3
"""Compose, from the tools' documentation, the logs of tools that cannot run here (session 37a).

Each writer below names its sources. The records describe the same traffic as work/net37a.pcap (the capture
Suricata, tcpdump and tshark read), as the documented formats would carry it. Usage: compose.py OUTDIR
"""
import json
import sys
from pathlib import Path

OUT = Path(sys.argv[1])
T0 = 1796425800  # 2026-12-04T23:10:00Z, the capture's start


def write(name, text):
    (OUT / name).write_bytes(text.encode("utf-8"))


# ------------------------------------------------------------------------------------------------
# Zeek (not packaged for Debian 12). TSV layout, header lines and field lists as in the Zeek manual
# "Zeek Log Formats and Inspection" (https://docs.zeek.org/en/master/log-formats.html; source
# zeek/zeek-docs log-formats.rst): #separator \x09, #set_separator, #empty_field (empty), #unset_field -,
# #path, #open, #fields, #types, rows, #close. LogAscii::enable_utf_8 = T (the default in
# base/frameworks/logging/writers/ascii.zeek) lets raw UTF-8 through. conn.log rows are written when a
# connection is removed, so they are not in ts order.
# ------------------------------------------------------------------------------------------------

def tsv(path, fields, types, rows, opened, closed):
    head = ["#separator \\x09", "#set_separator\t,", "#empty_field\t(empty)", "#unset_field\t-",
            f"#path\t{path}", f"#open\t{opened}", "#fields\t" + "\t".join(fields), "#types\t" + "\t".join(types)]
    body = ["\t".join(str(v) for v in r) for r in rows]
    return "\n".join(head + body + [f"#close\t{closed}"]) + "\n"


CONN_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "proto", "service", "duration",
               "orig_bytes", "resp_bytes", "conn_state", "local_orig", "local_resp", "missed_bytes", "history",
               "orig_pkts", "orig_ip_bytes", "resp_pkts", "resp_ip_bytes", "tunnel_parents"]
CONN_TYPES = ["time", "string", "addr", "port", "addr", "port", "enum", "string", "interval", "count", "count",
              "string", "bool", "bool", "count", "string", "count", "count", "count", "count", "set[string]"]

UIDS = ["CazOhH2qDUiJTWMCY1", "CLqEx41jYPOdfHF586", "C5bLoe2Mvxqhawzqqd", "CMdzit1AMNsmfAIiQc",
        "CHhAvVGS1DHFjwGM9", "ClEkJM2Vm5giqnMf4h", "C4J4Th3PJpwUYZZ6gc", "CtPZjS20MLrsMUOJi2",
        "CUM0KZ3MLUfNB0cl11", "CmES5u32sYpV7JYN", "CP5puj4I8PtEU4qzYg", "C37jN32gN3y3AZzyf6",
        "C0LAHyvtKSQHyJxIl", "CFLRIC3zaTU1loLGxh", "C9rXSW3KSpTYvPrlI1", "Ck51lg1bScffFj34Ri",
        "CykQaM33ztNt0csB9a", "CtxTCR2Yer0FR1tIBg", "CpmdRlaUoJLN3uIRa", "C1Xkzz2MaGtLrc1Tla"]


def zeek_conn():
    rows = []
    u = iter(UIDS + [f"Cs{n:02d}k3Hq9UvZa2LmXr" for n in range(40)])
    # HTTP / TLS / SSH sessions (closed: logged shortly after the FIN)
    rows.append([f"{T0 + 4.000731:.6f}", next(u), "192.0.2.10", 51000, "198.51.100.20", 80, "tcp", "http",
                 "0.076800", 148, 145, "SF", "-", "-", 0, "ShADadFf", 6, 472, 4, 361, "-"])
    rows.append([f"{T0 + 9.000731:.6f}", next(u), "192.0.2.10", 51002, "198.51.100.20", 80, "tcp", "http",
                 "0.076800", 129, 47, "SF", "-", "-", 0, "ShADadFf", 6, 453, 4, 263, "-"])
    rows.append([f"{T0 + 13.000731:.6f}", next(u), "192.0.2.10", 51004, "198.51.100.20", 80, "tcp", "http",
                 "0.076800", 152, 51, "SF", "-", "-", 0, "ShADadFf", 6, 476, 4, 267, "-"])
    rows.append([f"{T0 + 17.000731:.6f}", next(u), "192.0.2.10", 51006, "198.51.100.20", 8080, "tcp", "http",
                 "0.076800", 512, 82, "SF", "-", "-", 0, "ShADadFf", 6, 836, 4, 298, "-"])
    rows.append([f"{T0 + 22.000731:.6f}", next(u), "192.0.2.10", 51010, "198.51.100.20", 443, "tcp", "ssl",
                 "0.086100", 97, 655, "SF", "-", "-", 0, "ShADadFf", 6, 421, 4, 871, "-"])
    rows.append([f"{T0 + 27.000731:.6f}", next(u), "192.0.2.10", 51012, "198.51.100.20", 22, "tcp", "ssh",
                 "0.053800", 22, 40, "SF", "-", "-", 0, "ShAdDaFf", 6, 346, 5, 304, "-"])
    # the SYN scan: rejected ports (REJ), the open one answered then reset by the scanner (RSTOS0-like)
    ports = [21, 22, 23, 25, 53, 80, 110, 111, 135, 139, 143, 443, 445, 993, 995, 1723, 3306, 3389, 5900, 8080]
    t = T0 + 40.000731
    for p in ports:
        t += 0.0021
        if p == 22:
            rows.append([f"{t:.6f}", next(u), "203.0.113.66", 61234, "198.51.100.20", 22, "tcp", "-", "0.000700",
                         0, 0, "RSTO", "-", "-", 0, "ShR", 2, 80, 1, 44, "-"])
            t += 0.0007
        else:
            rows.append([f"{t:.6f}", next(u), "203.0.113.66", 61234, "198.51.100.20", p, "tcp", "-", "0.000400",
                         0, 0, "REJ", "-", "-", 0, "Sr", 1, 40, 1, 40, "-"])
            t += 0.0004
    # DNS (UDP: removed after the inactivity timeout, so written after the TCP sessions above)
    for ts, sp, rb, v6 in [(1.81, 41000, 49, False), (2.1382, 41001, 61, False), (2.4666, 41002, 38, False),
                           (2.794600, 41003, 49, False), (3.122799, 41004, 98, False), (3.450999, 41005, 62, True)]:
        src, dst = ("2001:db8::10", "2001:db8::53") if v6 else ("192.0.2.10", "192.0.2.53")
        ob = 34 if v6 else 33
        rows.append([f"{T0 + ts:.6f}", next(u), src, sp, dst, 53, "udp", "dns", "0.018200", ob, rb, "SF", "-", "-",
                     0, "Dd", 1, ob + (48 if v6 else 28), 1, rb + (48 if v6 else 28), "-"])
    rows.append([f"{T0 + 51.000000:.6f}", next(u), "192.0.2.10", 8, "198.51.100.20", 0, "icmp", "-", "2.001800",
                 96, 96, "OTH", "-", "-", 0, "-", 3, 180, 3, 180, "-"])
    rows.append([f"{T0 + 53.501800:.6f}", next(u), "192.0.2.10", 45000, "198.51.100.20", 33434, "udp", "-", "-", "-",
                 "-", "S0", "-", "-", 0, "D", 1, 33, 0, 0, "-"])
    # still open when the capture ends: written at shutdown
    rows.append([f"{T0 + 80.000731:.6f}", next(u), "192.0.2.10", 51020, "198.51.100.20", 6667, "tcp", "irc",
                 "0.223300", 55, 40, "S1", "-", "-", 0, "ShADad", 4, 271, 3, 204, "-"])
    return tsv("conn", CONN_FIELDS, CONN_TYPES, rows, "2026-12-05-02-40-12", "2026-12-05-02-40-13")


HTTP_FIELDS = ["ts", "uid", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "trans_depth", "method", "host",
               "uri", "referrer", "version", "user_agent", "origin", "request_body_len", "response_body_len",
               "status_code", "status_msg", "info_code", "info_msg", "tags", "username", "password", "proxied",
               "orig_fuids", "orig_filenames", "orig_mime_types", "resp_fuids", "resp_filenames", "resp_mime_types"]
HTTP_TYPES = ["time", "string", "addr", "port", "addr", "port", "count", "string", "string", "string", "string",
              "string", "string", "string", "count", "count", "count", "string", "count", "string", "set[enum]",
              "string", "string", "set[string]", "vector[string]", "vector[string]", "vector[string]",
              "vector[string]", "vector[string]", "vector[string]"]


def zeek_http():
    # same requests as the capture's; the request with a backslash in its User-Agent is carried without it
    # (how Zeek's ASCII writer escapes a backslash could not be checked here)
    rows = [
        [f"{T0 + 4.023331:.6f}", UIDS[0], "192.0.2.10", 51000, "198.51.100.20", 80, 1, "GET", "www.example.org",
         "/index.html", "-", "1.1", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0", "-", 0,
         44, 200, "OK", "-", "-", "(empty)", "-", "-", "-", "-", "-", "-", "FEEsZS1w0Z0VJIb5x4", "-", "text/html"],
        [f"{T0 + 9.023331:.6f}", UIDS[1], "192.0.2.10", 51002, "198.51.100.20", 80, 1, "GET", "www.example.org",
         "/admin/login.php?user=admin'--&pw=x", "-", "1.1", "sqlmap/1.7.2#stable (https://sqlmap.org)", "-", 0, 10,
         403, "Forbidden", "-", "-", "(empty)", "-", "-", "-", "-", "-", "-", "FmFp351N5nhsMCR3Sj", "-", "text/plain"],
        [f"{T0 + 13.023331:.6f}", UIDS[2], "192.0.2.10", 51004, "198.51.100.20", 80, 1, "GET", "www.example.org",
         "/caf\u00e9/men\u00fc.html?q=\"x\"", "http://www.example.org/k\u00f6ln", "1.1", "curl/7.88.1 \"quoted\"", "-",
         0, 10, 404, "Not Found", "-", "-", "(empty)", "-", "-", "-", "-", "-", "-", "F2xow8TIkvHG4Zz41", "-",
         "text/plain"],
        [f"{T0 + 17.023331:.6f}", UIDS[3], "192.0.2.10", 51006, "198.51.100.20", 8080, 1, "POST",
         "files.example.org", "/upload", "-", "1.1", "python-requests/2.28.1", "-", 317, 22, 500,
         "Internal Server Error", "-", "-", "(empty)", "-", "-", "-", "FhFy7W3d9RNJnMUQb5", "invoice.exe",
         "application/x-dosexec", "FY5Wz41zg3rTYxy1Ug", "-", "text/plain"],
    ]
    return tsv("http", HTTP_FIELDS, HTTP_TYPES, rows, "2026-12-05-02-40-12", "2026-12-05-02-40-13")


def zeek_dns_json():
    # JSON form (LogAscii::use_json=T): one object a line, unset fields left out, ts in epoch seconds
    # (LogAscii::json_timestamps default JSON::TS_EPOCH), as in the manual's JSON dns.log example
    base = {"proto": "udp", "qclass": 1, "qclass_name": "C_INTERNET"}
    recs = [
        (1.81, "CtPZjS20MLrsMUOJi2", 41000, 6699, 0.0182, "www.example.org", 1, "A", 0, "NOERROR", ["198.51.100.20"],
         [3600.0]),
        (2.1382, "CUM0KZ3MLUfNB0cl11", 41001, 6700, 0.0182, "www.example.org", 28, "AAAA", 0, "NOERROR",
         ["2001:db8::20"], [3600.0]),
        (2.4666, "CmES5u32sYpV7JYN", 41002, 11068, 0.0182, "no-such-host.example", 1, "A", 3, "NXDOMAIN", None,
         None),
        (2.7946, "CP5puj4I8PtEU4qzYg", 41003, 15437, 0.018199, "b\u00fccher.example", 1, "A", 0, "NOERROR",
         ["198.51.100.21"], [60.0]),
        (3.122799, "C37jN32gN3y3AZzyf6", 41004, 19806, 0.0182, "_dmarc.example.org", 16, "TXT", 0, "NOERROR",
         ["TXT 44 v=DMARC1; p=reject; rua=\"mailto:d@example.org\""], [300.0]),
        (3.450999, "C0LAHyvtKSQHyJxIl", 41005, 24175, 0.0182, "ipv6.example.org", 28, "AAAA", 0, "NOERROR",
         ["2001:db8::6"], [120.0]),
    ]
    lines = []
    for ts, uid, sp, tid, rtt, q, qt, qtn, rc, rcn, ans, ttls in recs:
        v6 = sp == 41005
        o = {"ts": round(T0 + ts, 6), "uid": uid, "id.orig_h": "2001:db8::10" if v6 else "192.0.2.10",
             "id.orig_p": sp, "id.resp_h": "2001:db8::53" if v6 else "192.0.2.53", "id.resp_p": 53}
        o["proto"] = base["proto"]
        o.update({"trans_id": tid, "rtt": rtt, "query": q})
        o.update({"qclass": 1, "qclass_name": "C_INTERNET", "qtype": qt, "qtype_name": qtn, "rcode": rc,
                  "rcode_name": rcn, "AA": False, "TC": False, "RD": True, "RA": True, "Z": 0})
        if ans:
            o["answers"] = ans
            o["TTLs"] = ttls
        o["rejected"] = False
        lines.append(json.dumps(o, ensure_ascii=False, separators=(",", ":")))
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------------------------
# Snort 2.9 alert_full (Snort is no longer in Debian). Layout from the Snort 2.9 manual ("Understanding
# Standard Alert Output", output modules: https://docs.huihoo.com/snort/2.9/node21.html) and its source
# (GitHub mirror redBorder/snort, (src/output-plugins/spo_alert_full.c and src/log_text.c: "[**] [gid:sid:rev] msg [**]",
# "[Classification: %s] [Priority: %d] ", the ts_print stamp MM/DD-hh:mm:ss.uuuuuu without a year (config
# show_year off), "%s TTL:%u TOS:0x%X ID:%u IpLen:%u DgmLen:%u", "Seq: 0x%lX  Ack: 0x%lX  Win: 0x%X  TcpLen: %d",
# "Len: %d", "Type:%d  Code:%d  ID:%d   Seq:%d  ECHO", "[Xref => url]", an empty line after each alert).
# ------------------------------------------------------------------------------------------------

def snort_full():
    A = []

    def alert(gsr, msg, cls, prio, stamp, addrs, ip, l4, xrefs=()):
        s = f"[**] [{gsr}] {msg} [**]\n"
        s += (f"[Classification: {cls}] " if cls else "") + f"[Priority: {prio}] \n"
        s += f"{stamp} {addrs}\n{ip}\n"
        if l4:
            s += l4 + "\n"
        if xrefs:
            s += "".join(f"[Xref => {x}]" for x in xrefs) + "\n"
        A.append(s + "\n")

    alert("1:1000009:1", "LOCAL DNS query for a non-ASCII name", "Potentially Bad Traffic", 2,
          "12/04-23:10:02.794600", "192.0.2.10:41003 -> 192.0.2.53:53",
          "UDP TTL:64 TOS:0x0 ID:1 IpLen:20 DgmLen:61", "Len: 33")
    alert("1:1000001:2", "LOCAL WEB SQL injection attempt in URI (admin'--)", "Web Application Attack", 1,
          "12/04-23:10:09.023331", "192.0.2.10:51002 -> 198.51.100.20:80",
          "TCP TTL:64 TOS:0x0 ID:1 IpLen:20 DgmLen:169",
          "***AP*** Seq: 0x5767F  Ack: 0x7A5A1  Win: 0xFAF0  TcpLen: 20")
    alert("1:1000002:1", "LOCAL WEB sqlmap User-Agent", "Attempted Information Leak", 2,
          "12/04-23:10:09.023331", "192.0.2.10:51002 -> 198.51.100.20:80",
          "TCP TTL:64 TOS:0x0 ID:1 IpLen:20 DgmLen:169",
          "***AP*** Seq: 0x5767F  Ack: 0x7A5A1  Win: 0xFAF0  TcpLen: 20", ["http://sqlmap.org"])
    alert("1:1000003:1", "LOCAL WEB Anfrage f\u00fcr Men\u00fc-Seite mit \"quoted\" User-Agent ; Pr\u00fcfung",
          "Misc activity", 3, "12/04-23:10:13.023331", "192.0.2.10:51004 -> 198.51.100.20:80",
          "TCP TTL:64 TOS:0x0 ID:1 IpLen:20 DgmLen:209",
          "***AP*** Seq: 0x576B5  Ack: 0x7A5A1  Win: 0xFAF0  TcpLen: 20")
    alert("1:1000011:1", "LOCAL WEB server error 500", "Unknown Traffic", 1, "12/04-23:10:17.066331",
          "198.51.100.20:8080 -> 192.0.2.10:51006", "TCP TTL:64 TOS:0x0 ID:1 IpLen:20 DgmLen:122",
          "***AP*** Seq: 0x7CB01  Ack: 0x5791A  Win: 0xFE88  TcpLen: 20")
    alert("1:1000006:1", "LOCAL SSH outdated libssh client", "Misc Attack", 2, "12/04-23:10:27.043731",
          "192.0.2.10:51012 -> 198.51.100.20:22", "TCP TTL:64 TOS:0x0 ID:1 IpLen:20 DgmLen:62",
          "***AP*** Seq: 0x576F9  Ack: 0x7A577  Win: 0xFAF0  TcpLen: 20")
    # sfPortscan (gid 122) alerts carry no ports and are IP-protocol 255 ("PROTO:255")
    alert("122:1:1", "(portscan) TCP Portscan", None, 3, "12/04-23:10:40.024900", "203.0.113.66 -> 198.51.100.20",
          "PROTO:255 TTL:0 TOS:0x0 ID:0 IpLen:20 DgmLen:158", None)
    for s, t in enumerate(["12/04-23:10:51.000000", "12/04-23:10:52.000900", "12/04-23:10:53.001800"], 1):
        alert("1:1000008:1", "LOCAL ICMP echo request", "Generic ICMP event", 3, t, "192.0.2.10 -> 198.51.100.20",
              "ICMP TTL:64 TOS:0x0 ID:1 IpLen:20 DgmLen:60", f"Type:8  Code:0  ID:16962   Seq:{s}  ECHO")
    # decoder alert (gid 116) for the packet with a 12-byte IP header: the IP header is not valid, so
    # alert_full writes no classification line and no headers, only the stamp
    A.append("[**] [116:1:1] (snort_decoder) WARNING: Not IPv4 datagram [**]\n12/04-23:11:00.000731 \n\n")
    alert("1:1000010:1", "LOCAL IRC NICK on port 6667", "A TCP connection was detected", 4,
          "12/04-23:11:20.001831", "192.0.2.10:51020 -> 198.51.100.20:6667",
          "TCP TTL:64 TOS:0x0 ID:1 IpLen:20 DgmLen:95",
          "***AP*** Seq: 0x5AA91  Ack: 0x7A611  Win: 0xFAF0  TcpLen: 20")
    return "".join(A)


# ------------------------------------------------------------------------------------------------
# pfSense filterlog, the raw filter log (https://docs.netgate.com/pfsense/en/latest/monitoring/raw-filter-log-format.html):
# "<Timestamp> <Hostname> filterlog: <CSV>" in the BSD syslog layout; CSV = rule, sub rule, anchor, tracker,
# interface, reason, action, direction, IP version, then IPv4 (TOS, ECN, TTL, ID, offset, flags, proto id,
# proto text) or IPv6 (class, flow label, hop limit, proto text, proto id), length, src, dst, then per protocol:
# TCP src port, dst port, data length, TCP flags, seq, ack, window, urg, options; UDP src port, dst port,
# data length; ICMP type text and its fields.
# ------------------------------------------------------------------------------------------------

def pfsense():
    H = "Dec  4 23:{} pfsense filterlog: {}"
    L = [
        ("10:40", "5,,,1000000103,igb0,match,block,in,4,0x0,,44,54321,0,none,6,tcp,40,203.0.113.66,198.51.100.20,"
                  "61234,21,0,S,1234568,,1024,,"),
        ("10:40", "5,,,1000000103,igb0,match,block,in,4,0x0,,44,54322,0,none,6,tcp,40,203.0.113.66,198.51.100.20,"
                  "61234,23,0,S,1234570,,1024,,"),
        ("10:40", "72,,,1764598201,igb0,match,pass,in,4,0x0,,44,54330,0,none,6,tcp,40,203.0.113.66,198.51.100.20,"
                  "61234,22,0,S,1234569,,1024,,"),
        ("10:04", "78,,,1764598233,igb1,match,pass,out,4,0x0,,63,0,0,DF,6,tcp,60,192.0.2.10,198.51.100.20,51000,"
                  "80,0,S,358000,,64240,,mss;sackOK;TS;nop;wscale"),
        ("10:01", "79,,,1764598234,igb1,match,pass,in,4,0x0,,64,1,0,none,17,udp,61,192.0.2.10,192.0.2.53,41000,53,"
                  "33"),
        ("10:03", "80,,,1764598235,igb1,match,pass,in,6,0x00,0x00000,64,udp,17,42,2001:db8::10,2001:db8::53,41005,"
                  "53,34"),
        ("10:51", "81,,,1764598236,igb1,match,pass,in,4,0x0,,64,1,0,none,1,icmp,60,192.0.2.10,198.51.100.20,"
                  "request,16962,1"),
        ("10:53", "82,,,1764598237,igb0,match,block,out,4,0x0,,64,1,0,none,1,icmp,61,198.51.100.20,192.0.2.10,"
                  "unreachport,198.51.100.20,udp,33434"),
        ("11:05", "9,,,1000000047,igb0,match,block,in,4,0x0,,128,4021,0,none,17,udp,229,198.51.100.77,"
                  "255.255.255.255,138,138,201"),
        ("11:20", "83,,,1764598238,igb1,match,pass,in,4,0x0,,64,1,0,none,6,tcp,60,192.0.2.10,198.51.100.20,51020,"
                  "6667,0,S,409080,,64240,,mss;nop;wscale;sackOK;TS"),
        ("11:21", "7,,,1000000105,igb0,state-mismatch,block,in,4,0x0,,52,0,0,DF,6,tcp,52,203.0.113.9,"
                  "198.51.100.20,443,50512,0,FA,2918321455,2001023,501,,nop;nop;TS"),
        ("11:22", "84,,,1764598239,ovpns1,match,pass,in,4,0x0,,64,38110,0,DF,6,tcp,60,10.8.0.6,198.51.100.20,"
                  "53002,443,0,S,1750293746,,64240,,mss;sackOK;TS;nop;wscale"),
    ]
    return "".join(H.format(t, c) + "\n" for t, c in L)


# ------------------------------------------------------------------------------------------------
# Cisco ASA syslog messages, as the ASA sends them with `logging timestamp` (default format
# "mmm dd yyyy hh:mm:ss") and `logging device-id hostname`, written as received by a collector that keeps the
# message as sent (after the <PRI>). Message texts from "Cisco ASA Series Syslog Messages"
# (https://www.cisco.com/c/en/us/td/docs/security/asa/syslog/b_syslog.html): 302013/302014 (TCP built/teardown),
# 302015/302016 (UDP), 106023 (deny by access-group), 106015 (no connection), 710003, 313001, 733100, 111008,
# 605005, 113004, 104001, 105005, 419002, 609001.
# ------------------------------------------------------------------------------------------------

def asa():
    H = "Dec 04 2026 {} asa-fw01 : %ASA-{}: {}"
    L = [
        ("23:09:58", "5-111008", "User 'enable_15' executed the 'access-list OUTSIDE_IN extended permit tcp any host "
                                 "198.51.100.20 eq www' command."),
        ("23:10:01", "6-302015", "Built outbound UDP connection 4117 for outside:192.0.2.53/53 (192.0.2.53/53) to "
                                 "inside:192.0.2.10/41000 (203.0.113.5/41000)"),
        ("23:10:04", "6-302013", "Built inbound TCP connection 4121 for outside:192.0.2.10/51000 (192.0.2.10/51000) "
                                 "to dmz:198.51.100.20/80 (198.51.100.20/80)"),
        ("23:10:04", "6-302014", "Teardown TCP connection 4121 for outside:192.0.2.10/51000 to dmz:198.51.100.20/80 "
                                 "duration 0:00:00 bytes 293 TCP FINs from outside"),
        ("23:10:09", "4-106023", "Deny tcp src outside:192.0.2.10/51002 dst dmz:198.51.100.20/8443 by access-group "
                                 "\"OUTSIDE_IN\" [0x8ed66b60, 0xf8852875]"),
        ("23:10:40", "4-106023", "Deny tcp src outside:203.0.113.66/61234 dst dmz:198.51.100.20/23 by access-group "
                                 "\"OUTSIDE_IN\" [0x0, 0x0]"),
        ("23:10:40", "4-733100", "[ Scanning] drop rate-1 exceeded. Current burst rate is 10 per second, max "
                                 "configured rate is 10; Current average rate is 5 per second, max configured rate "
                                 "is 5; Cumulative total count is 2049"),
        ("23:10:51", "3-313001", "Denied ICMP type=8, code=0 from 192.0.2.10 on interface outside"),
        ("23:10:53", "6-302016", "Teardown UDP connection 4117 for outside:192.0.2.53/53 to inside:192.0.2.10/41000 "
                                 "duration 0:02:01 bytes 82"),
        ("23:11:00", "6-106015", "Deny TCP (no connection) from 203.0.113.66/61234 to 198.51.100.20/443 flags RST  "
                                 "on interface outside"),
        ("23:11:02", "4-419002", "Received duplicate TCP SYN from outside:203.0.113.66/61234 to dmz:198.51.100.20/22 "
                                 "with different initial sequence number."),
        ("23:11:05", "7-710005", "UDP request discarded from 198.51.100.77/138 to outside:255.255.255.255/138"),
        ("23:11:07", "3-710003", "TCP access denied by ACL from 203.0.113.66/61300 to outside:203.0.113.5/ssh"),
        ("23:11:10", "6-605005", "Login permitted from 192.0.2.44/50022 to inside:192.0.2.1/https for user "
                                 "\"j\u00fcrgen.m\u00fcller\""),
        ("23:11:10", "6-113004", "AAA user authentication Successful : server =  192.0.2.30 : user = "
                                 "j\u00fcrgen.m\u00fcller"),
        ("23:11:15", "7-609001", "Built local-host dmz:198.51.100.20"),
        ("23:11:30", "1-105005", "(Primary) Lost Failover communications with mate on interface folink"),
        ("23:11:31", "1-104001", "(Primary) Switching to ACTIVE - Other unit wants me Active. Secondary unit "
                                 "switch reason: Service card in other unit has failed."),
        ("23:11:31", "2-106001", "Inbound TCP connection denied from 203.0.113.66/61234 to 198.51.100.20/3389 flags "
                                 "SYN  on interface outside"),
    ]
    return "".join(H.format(t, lv, m) + "\n" for t, lv, m in L)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    write("zeek_conn.log", zeek_conn())
    write("zeek_http.log", zeek_http())
    write("zeek_dns.jsonl", zeek_dns_json())
    write("snort_alert_full.log", snort_full())
    write("pfsense_filterlog.log", pfsense())
    write("cisco_asa.log", asa())
