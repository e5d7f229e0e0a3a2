#!/usr/bin/env python3
"""Writes the composed (not captured) log files of the corpus.

Each file starts with the documentation's own example lines, copied verbatim
(joined onto one line where the docs wrap them "only to make them easier to
read"), followed by generated lines that follow the documented field list.
Deterministic: running it again writes byte-identical files.

Usage: python3 src/generate.py   (writes into the folder above src/)
"""
import datetime as dt
import os

OUT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # tests/data/loggers
UTC = dt.timezone.utc
BASE = dt.datetime(2026, 12, 2, 8, 10, 0, 123000, tzinfo=UTC)

UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "curl/8.11.1",
    "python-requests/2.32.3",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Go-http-client/2.0",
    None,  # no User-Agent header
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
]

# (method, path-with-query as sent by the client, status, body bytes, latency ms, ua index)
SPECS = [
    ("GET", "/", 200, 5321, 12, 0),
    ("GET", "/index.html", 304, 0, 3, 1),
    ("POST", "/api/v1/orders", 201, 412, 87, 3),
    ("PUT", "/api/v1/users/42", 200, 233, 45, 3),
    ("DELETE", "/api/v1/users/42/sessions", 204, 0, 19, 2),
    ("HEAD", "/static/app.3f9c1e.js", 200, 0, 2, 7),
    ("OPTIONS", "/api/v1/orders", 204, 0, 1, 0),
    ("GET", "/old-path", 301, 178, 4, 4),
    ("GET", "/search?q=caf%C3%A9+cr%C3%A8me&lang=fr", 200, 18234, 156, 1),
    ("GET", "/wiki/M%C3%BCnchen", 200, 40960, 230, 7),
    ("GET", "/wiki/München", 404, 1024, 8, 0),
    ("GET", "/%E6%97%A5%E6%9C%AC%E8%AA%9E/%E3%83%9A%E3%83%BC%E3%82%B8", 200, 7700, 61, 1),
    ("POST", "/login?next=%2Faccount%2Fsettings", 400, 95, 6, 5),
    ("GET", "/admin", 403, 548, 2, 6),
    ("GET", "/wp-login.php", 404, 1024, 3, 6),
    ("POST", "/api/v1/payments", 500, 321, 1203, 3),
    ("GET", "/api/v1/inventory", 502, 122, 31, 2),
    ("GET", "/api/v1/reports/annual", 503, 162, 5, 0),
    ("GET", "/api/v1/export?format=csv&from=2026-11-01", 504, 160, 60001, 2),
    ("GET", "/docs/annual%20report%202026.pdf", 200, 1048576, 2048, 7),
    ("PUT", "/files/%D1%84%D0%B0%D0%B9%D0%BB.txt", 201, 0, 330, 3),
    ("DELETE", "/cart/items/7", 404, 64, 9, 1),
    ("GET", "/images/logo.png", 304, 0, 1, 0),
    ("GET", "/health", 200, 2, 0, 5),
    ("GET", "/api/v1/orders?page=2&sort=desc", 200, 9876, 77, 3),
    ("POST", "/graphql", 200, 2211, 143, 0),
]


def at(i, extra_ms=0):
    return BASE + dt.timedelta(seconds=7 * i, milliseconds=37 * i + extra_ms)


def iso6(t):  # 2026-12-02T08:10:00.123456Z
    return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def iso3(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S %z")


def write(name, lines):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        for ln in lines:
            f.write(ln + "\n")


def q(s):
    return '"%s"' % s


# --------------------------------------------------------------------------
# 1. ALB
ALB_DOC = [
    'http 2018-07-02T22:23:00.186641Z app/my-loadbalancer/50dc6c495c0c9188 192.168.131.39:2817 10.0.0.1:80 0.000 0.001 0.000 200 200 34 366 "GET http://www.example.com:80/ HTTP/1.1" "curl/7.46.0" - - arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337262-36d228ad5d99923122bbe354" "-" "-" 0 2018-07-02T22:22:48.364000Z "forward" "-" "-" 10.0.0.1:80 200 "-" "-"',
    'https 2018-07-02T22:23:00.186641Z app/my-loadbalancer/50dc6c495c0c9188 192.168.131.39:2817 10.0.0.1:80 0.086 0.048 0.037 200 200 0 57 "GET https://www.example.com:443/ HTTP/1.1" "curl/7.46.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337281-1d84f3d73c47ec4e58577259" "www.example.com" "arn:aws:acm:us-east-2:123456789012:certificate/12345678-1234-1234-1234-123456789012" 1 2018-07-02T22:22:48.364000Z "authenticate,forward" "-" "-" 10.0.0.1:80 200 "-" "-"',
    'h2 2018-07-02T22:23:00.186641Z app/my-loadbalancer/50dc6c495c0c9188 10.0.1.252:48160 10.0.0.66:9000 0.000 0.002 0.000 200 200 5 257 "GET https://10.0.2.105:773/ HTTP/2.0" "curl/7.46.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337327-72bd00b0343d75b906739c42" "-" "-" 1 2018-07-02T22:22:48.364000Z "redirect" "https://example.com:80/" "-" 10.0.0.66:9000 200 "-" "-"',
    'ws 2018-07-02T22:23:00.186641Z app/my-loadbalancer/50dc6c495c0c9188 10.0.0.140:40914 10.0.1.192:8010 0.001 0.003 0.000 101 101 218 587 "GET http://10.0.0.30:80/ HTTP/1.1" "-" - - arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337364-23a8c76965a2ef7629b185e3" "-" "-" 1 2018-07-02T22:22:48.364000Z "forward" "-" "-" 10.0.1.192:8010 101 "-" "-"',
    'wss 2018-07-02T22:23:00.186641Z app/my-loadbalancer/50dc6c495c0c9188 10.0.0.140:44244 10.0.0.171:8010 0.000 0.001 0.000 101 101 218 786 "GET https://10.0.0.30:443/ HTTP/1.1" "-" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337364-23a8c76965a2ef7629b185e3" "-" "-" 1 2018-07-02T22:22:48.364000Z "forward" "-" "-" 10.0.0.171:8010 101 "-" "-"',
    'http 2018-11-30T22:23:00.186641Z app/my-loadbalancer/50dc6c495c0c9188 192.168.131.39:2817 - 0.000 0.001 0.000 200 200 34 366 "GET http://www.example.com:80/ HTTP/1.1" "curl/7.46.0" - - arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337364-23a8c76965a2ef7629b185e3" "-" "-" 0 2018-11-30T22:22:48.364000Z "forward" "-" "-" "-" "-" "-" "-"',
    'http 2018-11-30T22:23:00.186641Z app/my-loadbalancer/50dc6c495c0c9188 192.168.131.39:2817 - 0.000 0.001 0.000 502 - 34 366 "GET http://www.example.com:80/ HTTP/1.1" "curl/7.46.0" - - arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337364-23a8c76965a2ef7629b185e3" "-" "-" 0 2018-11-30T22:22:48.364000Z "forward" "-" "LambdaInvalidResponse" "-" "-" "-" "-"',
]

ALB_TG = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/0a1b2c3d4e5f6a7b"
ALB_CERT = "arn:aws:acm:us-east-1:123456789012:certificate/8a6f0c2e-3b1d-4c5e-9f7a-1e2d3c4b5a69"


def alb_lines():
    out = list(ALB_DOC)
    elb = "app/shop-prod-alb/5f1e2d3c4b5a6978"
    for i, (m, path, st, nbytes, lat, ua) in enumerate(SPECS):
        t = at(i)
        kind = ["https", "h2", "http"][i % 3]
        scheme, port, ver = ("http", 80, "HTTP/1.1") if kind == "http" else ("https", 443, "HTTP/2.0" if kind == "h2" else "HTTP/1.1")
        host = "shop.example.com" if i % 4 else "api.example.com"
        req = "%s %s://%s:%d%s %s" % (m, scheme, host, port, path, ver)
        client = "203.0.113.%d:%d" % (10 + i, 40000 + 37 * i)
        target = "10.0.%d.%d:8080" % (1 + i % 3, 20 + i)
        tst = str(st)
        tgt_list, tst_list = q(target), q(tst)
        actions, redirect, err = "forward", "-", "-"
        rule = str(1 + i % 5)
        # split latency into the three documented parts (seconds, ms precision)
        rpt, tpt, rspt = 0.001, max(lat - 2, 0) / 1000.0, 0.001
        rpt_s, tpt_s, rspt_s = "%.3f" % rpt, "%.3f" % tpt, "%.3f" % rspt
        if st == 301:
            actions, redirect, target, tgt_list, tst, tst_list = "redirect", "https://shop.example.com:443/new-path", "-", '"-"', "-", '"-"'
            rpt_s, tpt_s, rspt_s = "0.000", "-1", "0.000"
        elif st == 403 and ua == 6:
            actions, target, tgt_list, tst, tst_list = "waf", "-", '"-"', "-", '"-"'
            rpt_s, tpt_s, rspt_s = "-1", "-1", "-1"
        elif st == 503:
            actions, target, tgt_list, tst, tst_list = "forward", "-", '"-"', "-", '"-"'
            rpt_s, tpt_s, rspt_s = "-1", "-1", "-1"
        elif st == 504:
            tst, tst_list = "-", '"-"'
            rpt_s, tpt_s, rspt_s = "0.000", "-1", "-1"
        elif st == 502:
            tst, tst_list = "-", '"-"'
            rpt_s, tpt_s, rspt_s = "0.000", "0.030", "-1"
        elif path == "/health":
            actions, rule = "fixed-response", "7"
            target, tgt_list, tst, tst_list = "-", '"-"', "-", '"-"'
            rpt_s, tpt_s, rspt_s = "0.000", "-1", "0.000"
        t_req = t - dt.timedelta(milliseconds=lat)
        ssl = ("-", "-") if kind == "http" else ("TLS_AES_128_GCM_SHA256", "TLSv1.3") if i % 2 else ("ECDHE-RSA-AES128-GCM-SHA256", "TLSv1.2")
        dom = '"-"' if kind == "http" else q(host)
        cert = '"-"' if kind == "http" else (q("session-reused") if i % 5 == 0 else q(ALB_CERT))
        trace = "Root=1-%08x-%024x" % (int(t.timestamp()), 0x5a17c0de0000 + i * 7919)
        classification, reason = '"-"', '"-"'
        if st == 400:
            classification, reason = '"Acceptable"', '"SpaceInUri"'
        fields = [
            kind, iso6(t), elb, client, target, rpt_s, tpt_s, rspt_s, str(st), tst,
            str(120 + 3 * len(path) + (400 if m in ("POST", "PUT") else 0)), str(nbytes + 250 if nbytes else 180),
            q(req), q(UA[ua] or "-"), ssl[0], ssl[1], ALB_TG, q(trace), dom, cert, rule,
            iso6(t_req), q(actions), q(redirect), q(err), tgt_list, tst_list, classification, reason,
            "TID_%032x" % (0xa1b2c3d4 * (i + 1)),
        ]
        if i % 2 == 0:  # later fields (URL/host rewrite transforms) present on half of the lines
            fields += ['"-"', '"-"', '"-"'] if i % 4 else [q("internal.shop.example.com"), q(path.split("?")[0] or "/"), q("TransformSucceeded")]
        out.append(" ".join(fields))
    # a client that closed the connection before the response (460), and a malformed request
    t = at(len(SPECS))
    out.append(" ".join([
        "https", iso6(t), elb, "198.51.100.23:51514", "-", "-1", "-1", "-1", "460", "-", "1532", "0",
        q("POST https://shop.example.com:443/upload/%E5%86%99%E7%9C%9F.jpg HTTP/1.1"), q(UA[1]),
        "ECDHE-RSA-AES128-GCM-SHA256", "TLSv1.2", ALB_TG, q("Root=1-674d6b10-0f1e2d3c4b5a69788796a5b4"),
        q("shop.example.com"), q(ALB_CERT), "3", iso6(t - dt.timedelta(seconds=30)), q("forward"), '"-"', '"-"',
        '"-"', '"-"', '"-"', '"-"', "TID_0f0e0d0c0b0a09080706050403020100"]))
    t = at(len(SPECS) + 1)
    out.append(" ".join([
        "http", iso6(t), elb, "216.180.246.224:25824", "-", "-1", "-1", "-1", "400", "-", "0", "272",
        q("- http://shop-prod-alb-1234567890.us-east-1.elb.amazonaws.com:80- -"), '"-"', "-", "-", "-",
        '"-"', '"-"', '"-"', "-", iso6(t), '"-"', '"-"', '"-"', '"-"', '"-"', '"-"', '"-"',
        "TID_7d15a1935077a44b91952330c3dc3ed8"]))
    return out


# --------------------------------------------------------------------------
# 2. Classic ELB
CLB_DOC = [
    '2015-05-13T23:39:43.945958Z my-loadbalancer 192.168.131.39:2817 10.0.0.1:80 0.000073 0.001048 0.000057 200 200 0 29 "GET http://www.example.com:80/ HTTP/1.1" "curl/7.38.0" - -',
    '2015-05-13T23:39:43.945958Z my-loadbalancer 192.168.131.39:2817 10.0.0.1:80 0.000086 0.001048 0.001337 200 200 0 57 "GET https://www.example.com:443/ HTTP/1.1" "curl/7.38.0" DHE-RSA-AES128-SHA TLSv1.2',
    '2015-05-13T23:39:43.945958Z my-loadbalancer 192.168.131.39:2817 10.0.0.1:80 0.001069 0.000028 0.000041 - - 82 305 "- - - " "-" - -',
    '2015-05-13T23:39:43.945958Z my-loadbalancer 192.168.131.39:2817 10.0.0.1:80 0.001065 0.000015 0.000023 - - 57 502 "- - - " "-" ECDHE-ECDSA-AES128-GCM-SHA256 TLSv1.2',
]


def clb_lines():
    out = list(CLB_DOC)
    for i, (m, path, st, nbytes, lat, ua) in enumerate(SPECS):
        t = at(i, 411)
        https = i % 2 == 0
        req = "%s %s://www.example.org:%d%s HTTP/1.1" % (m, "https" if https else "http", 443 if https else 80, path)
        backend = "10.0.%d.%d:80" % (i % 2, 11 + i)
        bst = str(st)
        rpt = "%.6f" % (0.000041 + i * 0.000003)
        bpt = "%.6f" % (lat / 1000.0)
        rsp = "%.6f" % (0.000022 + i * 0.000001)
        if st == 504:  # idle timeout: no backend response
            backend, bst, rpt, bpt, rsp = "-", "-", "-1", "-1", "-1"
        elif st == 503 and i % 2:
            backend, bst, rpt, bpt, rsp = "-", "-", "-1", "-1", "-1"
        out.append(" ".join([
            t.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), "legacy-web-elb", "198.51.100.%d:%d" % (40 + i, 50000 + i * 13), backend,
            rpt, bpt, rsp, str(st), bst, str(0 if m in ("GET", "HEAD", "OPTIONS", "DELETE") else 350 + i), str(nbytes),
            q(req), q(UA[ua] or "-"), "ECDHE-RSA-AES128-GCM-SHA256" if https else "-", "TLSv1.2" if https else "-"]))
    # TCP listener (port 5432 -> 5432) and SSL listener lines, and a TCP client that sent nothing
    for j, (ssl, ok) in enumerate([(False, True), (True, True), (False, False)]):
        t = at(len(SPECS) + j, 250)
        out.append(" ".join([
            t.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), "legacy-db-elb", "198.51.100.%d:%d" % (90 + j, 61000 + j),
            "10.0.5.%d:5432" % (7 + j) if ok else "-", "0.000812" if ok else "-1", "0.000311" if ok else "-1",
            "0.000029" if ok else "-1", "-", "-", str(1532 + j) if ok else "0", str(98013 + j) if ok else "0",
            '"- - - "', '"-"', "ECDHE-RSA-AES256-GCM-SHA384" if ssl else "-", "TLSv1.2" if ssl else "-"]))
    return out


# --------------------------------------------------------------------------
# 3. S3 server access log
S3_DOC = [
    '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be awsexamplebucket1 [06/Feb/2019:00:00:38 +0000] 192.0.2.3 79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be 3E57427F3EXAMPLE REST.GET.VERSIONING - "GET /awsexamplebucket1?versioning HTTP/1.1" 200 - 113 - 7 - "-" "S3Console/0.4" - s9lzHYrFp76ZVxRcpX9+5cjAnEH2ROuNkd2BHfIa6UkFVdtjf5mKR3/eTPFvsiP/XV/VLi31234= SigV2 ECDHE-RSA-AES128-GCM-SHA256 AuthHeader awsexamplebucket1.s3.us-west-1.amazonaws.com TLSV1.1',
    '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be awsexamplebucket1 [06/Feb/2019:00:00:38 +0000] 192.0.2.3 79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be 891CE47D2EXAMPLE REST.GET.LOGGING_STATUS - "GET /awsexamplebucket1?logging HTTP/1.1" 200 - 242 - 11 - "-" "S3Console/0.4" - 9vKBE6vMhrNiWHZmb2L0mXOcqPGzQOI5XLnCtZNPxev+Hf+7tpT6sxDwDty4LHBUOZJG96N1234= SigV2 ECDHE-RSA-AES128-GCM-SHA256 AuthHeader awsexamplebucket1.s3.us-west-1.amazonaws.com TLSV1.1',
    '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be awsexamplebucket1 [06/Feb/2019:00:00:38 +0000] 192.0.2.3 79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be A1206F460EXAMPLE REST.GET.BUCKETPOLICY - "GET /awsexamplebucket1?policy HTTP/1.1" 404 NoSuchBucketPolicy 297 - 38 - "-" "S3Console/0.4" - BNaBsXZQQDbssi6xMBdBU2sLt+Yf5kZDmeBUP35sFoKa3sLLeMC78iwEIWxs99CRUrbS4n11234= SigV2 ECDHE-RSA-AES128-GCM-SHA256 AuthHeader awsexamplebucket1.s3.us-west-1.amazonaws.com TLSV1.1',
    '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be awsexamplebucket1 [06/Feb/2019:00:01:00 +0000] 192.0.2.3 79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be 7B4A0FABBEXAMPLE REST.GET.VERSIONING - "GET /awsexamplebucket1?versioning HTTP/1.1" 200 - 113 - 33 - "-" "S3Console/0.4" - Ke1bUcazaN1jWuUlPJaxF64cQVpUEhoZKEG/hmy/gijN/I1DeWqDfFvnpybfEseEME/u7ME1234= SigV2 ECDHE-RSA-AES128-GCM-SHA256 AuthHeader awsexamplebucket1.s3.us-west-1.amazonaws.com TLSV1.1',
    '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be awsexamplebucket1 [06/Feb/2019:00:01:57 +0000] 192.0.2.3 79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be DD6CC733AEXAMPLE REST.PUT.OBJECT s3-dg.pdf "PUT /awsexamplebucket1/s3-dg.pdf HTTP/1.1" 200 - - 4406583 41754 28 "-" "S3Console/0.4" - 10S62Zv81kBW7BB6SX4XJ48o6kpcl6LPwEoizZQQxJd5qDSCTLX0TgS37kYUBKQW3+bPdrg1234= SigV4 ECDHE-RSA-AES128-SHA AuthHeader awsexamplebucket1.s3.us-west-1.amazonaws.com TLSV1.1',
]

S3_OWNER = "b3f4a6e1c0d2e9f87a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f"
# (operation, key, request-uri, status, error, bytes sent, object size, total ms, turnaround ms, referer, ua, version id)
S3_ROWS = [
    ("REST.GET.OBJECT", "photos/2026/12/puppy.jpg", "GET /media-prod/photos/2026/12/puppy.jpg?x-user=johndoe HTTP/1.1", "200", "-", "2662992", "3462992", "70", "10", "https://www.example.com/gallery", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "-"),
    ("REST.GET.OBJECT", "photos/M%C3%BCnchen/marienplatz.jpg", "GET /photos/M%C3%BCnchen/marienplatz.jpg HTTP/1.1", "304", "-", "-", "845123", "4", "3", "-", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1", "-"),
    ("REST.PUT.OBJECT", "uploads/%E6%97%A5%E6%9C%AC%E8%AA%9E.txt", "PUT /media-prod/uploads/%E6%97%A5%E6%9C%AC%E8%AA%9E.txt HTTP/1.1", "200", "-", "-", "1532", "48", "21", "-", "aws-cli/2.22.10 md/awscrt#0.22.0 ua/2.0 os/linux#6.8.0 md/arch#x86_64 lang/python#3.12.6 md/pyimpl#CPython cfg/retry-mode#standard md/installer#exe md/distrib#ubuntu.24 md/prompt#off md/command#s3.cp", "3HL4kqtJvjVBH40Nrjfkd"),
    ("REST.HEAD.OBJECT", "reports/annual%20report%202026.pdf", "HEAD /media-prod/reports/annual%20report%202026.pdf HTTP/1.1", "200", "-", "-", "1048576", "5", "4", "-", "Boto3/1.35.80 md/Botocore#1.35.80 ua/2.0 os/linux#6.1 md/arch#x86_64 lang/python#3.11.7 md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.35.80", "-"),
    ("REST.DELETE.OBJECT", "tmp/session-42.json", "DELETE /media-prod/tmp/session-42.json HTTP/1.1", "204", "-", "-", "-", "12", "11", "-", "aws-sdk-go-v2/1.32.6 os/linux lang/go#1.23.4 md/GOOS#linux md/GOARCH#amd64 api/s3#1.71.0", "-"),
    ("REST.GET.OBJECT", "private/payroll.csv", "GET /media-prod/private/payroll.csv HTTP/1.1", "403", "AccessDenied", "243", "-", "9", "-", "-", "curl/8.11.1", "-"),
    ("REST.GET.OBJECT", "missing/file.bin", "GET /missing/file.bin HTTP/1.1", "404", "NoSuchKey", "352", "-", "7", "-", "-", "python-requests/2.32.3", "-"),
    ("REST.GET.BUCKET", "-", "GET /media-prod?list-type=2&prefix=photos%2F2026%2F&max-keys=1000 HTTP/1.1", "200", "-", "15236", "-", "61", "58", "-", "aws-cli/2.22.10 md/awscrt#0.22.0 ua/2.0 os/linux#6.8.0 md/arch#x86_64 lang/python#3.12.6 md/command#s3.ls", "-"),
    ("REST.POST.UPLOADS", "video/launch.mp4", "POST /media-prod/video/launch.mp4?uploads HTTP/1.1", "200", "-", "346", "-", "22", "21", "-", "aws-cli/2.22.10 md/awscrt#0.22.0 ua/2.0 os/linux#6.8.0 md/command#s3.cp", "-"),
    ("REST.PUT.PART", "video/launch.mp4", "PUT /media-prod/video/launch.mp4?partNumber=1&uploadId=VXBsb2FkSWQ HTTP/1.1", "200", "-", "-", "8388608", "1840", "35", "-", "aws-cli/2.22.10 md/awscrt#0.22.0 ua/2.0 os/linux#6.8.0 md/command#s3.cp", "-"),
    ("REST.PUT.PART", "video/launch.mp4", "PUT /media-prod/video/launch.mp4?partNumber=2&uploadId=VXBsb2FkSWQ HTTP/1.1", "503", "SlowDown", "341", "8388608", "13", "-", "-", "aws-cli/2.22.10 md/awscrt#0.22.0 ua/2.0 os/linux#6.8.0 md/command#s3.cp", "-"),
    ("REST.GET.OBJECT", "photos/2026/12/puppy.jpg", "GET /media-prod/photos/2026/12/puppy.jpg HTTP/1.1", "500", "InternalError", "282", "3462992", "5", "-", "-", "Go-http-client/1.1", "-"),
    ("REST.GET.OBJECT", "photos/2026/12/puppy.jpg", "GET /media-prod/photos/2026/12/puppy.jpg HTTP/1.1", "206", "-", "1048576", "3462992", "120", "9", "https://www.example.com/gallery", "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "-"),
    ("REST.GET.OBJECT", "index.html", "GET /index.html HTTP/1.1", "301", "PermanentRedirect", "524", "-", "2", "-", "-", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "-"),
    ("REST.PUT.OBJECT", "bad%2Fkey%3F", "PUT /media-prod/bad%2Fkey%3F HTTP/1.1", "400", "InvalidArgument", "389", "-", "3", "-", "-", "-", "-"),
    ("REST.COPY.OBJECT_GET", "photos/2026/12/puppy.jpg", "PUT /media-prod/archive/puppy.jpg HTTP/1.1", "200", "-", "-", "3462992", "-", "-", "-", "aws-cli/2.22.10 md/awscrt#0.22.0 ua/2.0 os/linux#6.8.0 md/command#s3.cp", "-"),
    ("REST.COPY.OBJECT", "archive/puppy.jpg", "PUT /media-prod/archive/puppy.jpg HTTP/1.1", "200", "-", "234", "3462992", "188", "187", "-", "aws-cli/2.22.10 md/awscrt#0.22.0 ua/2.0 os/linux#6.8.0 md/command#s3.cp", "-"),
    ("REST.OPTIONS.PREFLIGHT", "fonts/inter.woff2", "OPTIONS /fonts/inter.woff2 HTTP/1.1", "200", "-", "-", "-", "1", "-", "https://app.example.com/", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "-"),
    ("WEBSITE.GET.OBJECT", "%D1%84%D0%B0%D0%B9%D0%BB%D1%8B/%D0%BE%D1%82%D1%87%D1%91%D1%82.pdf", "GET /%D1%84%D0%B0%D0%B9%D0%BB%D1%8B/%D0%BE%D1%82%D1%87%D1%91%D1%82.pdf HTTP/1.1", "200", "-", "73422", "73422", "33", "12", "-", "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "-"),
    ("BATCH.DELETE.OBJECT", "tmp/a.json", "POST /media-prod?delete HTTP/1.1", "204", "-", "-", "-", "-", "-", "-", "aws-cli/2.22.10 md/awscrt#0.22.0 ua/2.0 os/linux#6.8.0 md/command#s3.rm", "-"),
    ("S3.EXPIRE.OBJECT", "logs/2026/11/01/app.log.gz", "-", "-", "-", "-", "734211", "-", "-", "-", "-", "-"),
    ("REST.GET.OBJECT", "shared/report.pdf", "GET /media-prod/shared/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20261202%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261202T081000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7 HTTP/1.1", "200", "-", "88412", "88412", "95", "14", "-", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15", "-"),
]


def s3_lines():
    out = list(S3_DOC)
    for i, r in enumerate(S3_ROWS):
        op, key, uri, st, err, sent, size, total, turn, ref, ua, ver = r
        t = at(i, -123).replace(microsecond=0)
        requester = ["arn:aws:iam::123456789012:user/alice", "-", "arn:aws:sts::123456789012:assumed-role/app-role/i-0abc123def4567890", S3_OWNER, "svc:s3.amazonaws.com"][i % 5]
        if op == "S3.EXPIRE.OBJECT":
            requester, ip = "AmazonS3", "-"
        else:
            ip = "203.0.113.%d" % (20 + i) if i % 7 else "2001:db8:85a3::8a2e:370:%x" % (0x7334 + i)
        unauth = requester == "-"
        presigned = "X-Amz-Signature" in uri
        auth = "-" if unauth else ("QueryString" if presigned else "AuthHeader")
        sig = "-" if unauth else "SigV4"
        tls = "-" if i % 6 == 3 else "TLSv1.3" if i % 2 else "TLSv1.2"
        cipher = "-" if tls == "-" else ("TLS_AES_128_GCM_SHA256" if tls == "TLSv1.3" else "ECDHE-RSA-AES128-GCM-SHA256")
        hosthdr = "media-prod.s3.us-east-1.amazonaws.com" if i % 3 else "s3.us-east-1.amazonaws.com"
        if op.startswith("WEBSITE"):
            hosthdr = "media-prod.s3-website-us-east-1.amazonaws.com"
        if op == "S3.EXPIRE.OBJECT":
            auth, sig, tls, cipher, hosthdr = "-", "-", "-", "-", "-"
        hostid = "%s/%sAbCdEf1234567890=" % ("Q9zT" + "x" * (i % 4), "k%02dLmN" % i)
        ap = "arn:aws:s3:us-east-1:123456789012:accesspoint/analytics-ap" if i % 9 == 4 else "-"
        acl = "Yes" if i % 8 == 5 else "-"
        fields = [S3_OWNER, "media-prod", "[%s]" % clf(t), ip, requester, "%016X" % (0x3E57427F33A59F07 + i * 0x1111),
                  op, key, q(uri), st, err, sent, size, total, turn, q(ref), q(ua), ver, hostid, sig, cipher, auth,
                  hosthdr, tls, ap, acl]
        if i % 3 == 0:  # newer trailing field (source region) on some records
            fields.append("us-east-1" if i % 2 else "-")
        out.append(" ".join(fields))
    return out


# --------------------------------------------------------------------------
# 4. CloudFront standard log (legacy)
CF_FIELDS = "date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type x-edge-request-id x-host-header cs-protocol cs-bytes time-taken x-forwarded-for ssl-protocol ssl-cipher x-edge-response-result-type cs-protocol-version fle-status fle-encrypted-fields c-port time-to-first-byte x-edge-detailed-result-type sc-content-type sc-content-len sc-range-start sc-range-end"
CF_DOC = [
    "2019-12-04\t21:02:31\tLAX1\t392\t192.0.2.100\tGET\td111111abcdef8.cloudfront.net\t/index.html\t200\t-\tMozilla/5.0%20(Windows%20NT%2010.0;%20Win64;%20x64)%20AppleWebKit/537.36%20(KHTML,%20like%20Gecko)%20Chrome/78.0.3904.108%20Safari/537.36\t-\t-\tHit\tSOX4xwn4XV6Q4rgb7XiVGOHms_BGlTAC4KyHmureZmBNrjGdRLiNIQ==\td111111abcdef8.cloudfront.net\thttps\t23\t0.001\t-\tTLSv1.2\tECDHE-RSA-AES128-GCM-SHA256\tHit\tHTTP/2.0\t-\t-\t11040\t0.001\tHit\ttext/html\t78\t-\t-",
    "2019-12-04\t21:02:31\tLAX1\t392\t192.0.2.100\tGET\td111111abcdef8.cloudfront.net\t/index.html\t200\t-\tMozilla/5.0%20(Windows%20NT%2010.0;%20Win64;%20x64)%20AppleWebKit/537.36%20(KHTML,%20like%20Gecko)%20Chrome/78.0.3904.108%20Safari/537.36\t-\t-\tHit\tk6WGMNkEzR5BEM_SaF47gjtX9zBDO2m349OY2an0QPEaUum1ZOLrow==\td111111abcdef8.cloudfront.net\thttps\t23\t0.000\t-\tTLSv1.2\tECDHE-RSA-AES128-GCM-SHA256\tHit\tHTTP/2.0\t-\t-\t11040\t0.000\tHit\ttext/html\t78\t-\t-",
    # the docs' third example line ends with a stray TAB; kept as published
    "2019-12-04\t21:02:31\tLAX1\t392\t192.0.2.100\tGET\td111111abcdef8.cloudfront.net\t/index.html\t200\t-\tMozilla/5.0%20(Windows%20NT%2010.0;%20Win64;%20x64)%20AppleWebKit/537.36%20(KHTML,%20like%20Gecko)%20Chrome/78.0.3904.108%20Safari/537.36\t-\t-\tHit\tf37nTMVvnKvV2ZSvEsivup_c2kZ7VXzYdjC-GUQZ5qNs-89BlWazbw==\td111111abcdef8.cloudfront.net\thttps\t23\t0.001\t-\tTLSv1.2\tECDHE-RSA-AES128-GCM-SHA256\tHit\tHTTP/2.0\t-\t-\t11040\t0.001\tHit\ttext/html\t78\t-\t-\t",
    "2019-12-13\t22:36:27\tSEA19-C1\t900\t192.0.2.200\tGET\td111111abcdef8.cloudfront.net\t/favicon.ico\t502\thttp://www.example.com/\tMozilla/5.0%20(Windows%20NT%2010.0;%20Win64;%20x64)%20AppleWebKit/537.36%20(KHTML,%20like%20Gecko)%20Chrome/78.0.3904.108%20Safari/537.36\t-\t-\tError\t1pkpNfBQ39sYMnjjUQjmH2w1wdJnbHYTbag21o_3OfcQgPzdL2RSSQ==\twww.example.com\thttp\t675\t0.102\t-\t-\t-\tError\tHTTP/1.1\t-\t-\t25260\t0.102\tOriginDnsError\ttext/html\t507\t-\t-",
    "2019-12-13\t22:36:26\tSEA19-C1\t900\t192.0.2.200\tGET\td111111abcdef8.cloudfront.net\t/\t502\t-\tMozilla/5.0%20(Windows%20NT%2010.0;%20Win64;%20x64)%20AppleWebKit/537.36%20(KHTML,%20like%20Gecko)%20Chrome/78.0.3904.108%20Safari/537.36\t-\t-\tError\t3AqrZGCnF_g0-5KOvfA7c9XLcf4YGvMFSeFdIetR1N_2y8jSis8Zxg==\twww.example.com\thttp\t735\t0.107\t-\t-\t-\tError\tHTTP/1.1\t-\t-\t3802\t0.107\tOriginDnsError\ttext/html\t507\t-\t-",
    "2019-12-13\t22:37:02\tSEA19-C2\t900\t192.0.2.200\tGET\td111111abcdef8.cloudfront.net\t/\t502\t-\tcurl/7.55.1\t-\t-\tError\tkBkDzGnceVtWHqSCqBUqtA_cEs2T3tFUBbnBNkB9El_uVRhHgcZfcw==\twww.example.com\thttp\t387\t0.103\t-\t-\t-\tError\tHTTP/1.1\t-\t-\t12644\t0.103\tOriginDnsError\ttext/html\t507\t-\t-",
]


def cf_enc(s):
    """CloudFront's documented URL-encoding of field values (RFC 1738 set)."""
    out = []
    for b in s.encode("utf-8"):
        c = chr(b)
        if b <= 32 or b >= 127 or c in '<>"#%{}|\\^~[]`\'':
            out.append("%%%02X" % b)
        else:
            out.append(c)
    return "".join(out)


def cf_lines():
    out = ["#Version: 1.0", "#Fields: " + CF_FIELDS] + list(CF_DOC)
    for i, (m, path, st, nbytes, lat, ua) in enumerate(SPECS):
        t = at(i, -123)
        stem, _, query = path.partition("?")
        # already-percent-encoded paths stay as sent; raw UTF-8 gets encoded
        stem = "".join(ch if ord(ch) < 128 else cf_enc(ch) for ch in stem)
        status = "%03d" % st
        res = {200: "Hit" if i % 2 else "Miss", 304: "RefreshHit", 301: "Redirect"}.get(st, "Miss" if st < 400 else "Error")
        detail = res
        if res == "Error":
            detail = {403: "ClientGeoBlocked", 502: "OriginConnectError", 503: "OriginError", 504: "OriginReadError", 500: "OriginError"}.get(st, "Error")
        https = i % 3 != 2
        ttaken = "%.3f" % (lat / 1000.0)
        ttfb = "%.3f" % (min(lat, 40) / 1000.0)
        ctype = "text/html" if nbytes else "-"
        fields = [t.strftime("%Y-%m-%d"), t.strftime("%H:%M:%S"), ["FRA56-P1", "IAD89-C3", "NRT57-P2", "GRU3-C1"][i % 4],
                  str(nbytes + 412), "203.0.113.%d" % (30 + i) if i % 5 else "2001:db8:4006:812::%x" % (0x200e + i), m,
                  "d111111abcdef8.cloudfront.net", stem, status,
                  "https://www.example.com/start%20page" if i % 4 == 1 else "-", cf_enc(UA[ua]) if UA[ua] else "-",
                  query or "-", "session-id=abc%3D%3D;%20theme=dark" if i % 6 == 0 else "-", res,
                  "%sX%02dQ==" % ("EXAMPLEc2VfR2x1Y2tfVmVyeV9Mb25nX1JlcXVlc3RfSUQ", i),
                  "www.example.com" if i % 2 else "d111111abcdef8.cloudfront.net", "https" if https else "http",
                  str(300 + 11 * i), ttaken, "198.51.100.%d" % i if i % 7 == 3 else "-",
                  "TLSv1.3" if https else "-", "TLS_AES_128_GCM_SHA256" if https else "-", res,
                  "HTTP/2.0" if https else "HTTP/1.1", "-", "-", str(30000 + 97 * i), ttfb, detail, ctype,
                  str(nbytes) if nbytes else "-", "-", "-"]
        out.append("\t".join(fields))
    # viewer closed the connection before the response (000) and a ranged WebSocket/206 record
    t = at(len(SPECS), 5)
    out.append("\t".join([t.strftime("%Y-%m-%d"), t.strftime("%H:%M:%S"), "FRA56-P1", "0", "203.0.113.99", "GET",
                          "d111111abcdef8.cloudfront.net", "/video/intro.mp4", "000", "-", cf_enc(UA[0]), "t=30", "-",
                          "Error", "EXAMPLEclosedX99Q==", "www.example.com", "https", "410", "2.501", "-", "TLSv1.3",
                          "TLS_AES_128_GCM_SHA256", "Error", "HTTP/2.0", "-", "-", "51234", "-", "ClientHungUpRequest",
                          "-", "-", "-", "-"]))
    t = at(len(SPECS) + 1, 5)
    out.append("\t".join([t.strftime("%Y-%m-%d"), t.strftime("%H:%M:%S"), "FRA56-P1", "1049012", "203.0.113.99", "GET",
                          "d111111abcdef8.cloudfront.net", "/video/intro.mp4", "206", "-", cf_enc(UA[0]), "-", "-",
                          "Hit", "EXAMPLErangeX98Q==", "www.example.com", "https", "455", "0.250", "-", "TLSv1.3",
                          "TLS_AES_128_GCM_SHA256", "Hit", "HTTP/2.0", "-", "-", "51236", "0.004", "Hit",
                          "video/mp4", "1048576", "0", "1048575"]))
    t = at(len(SPECS) + 2, 5)
    out.append("\t".join([t.strftime("%Y-%m-%d"), t.strftime("%H:%M:%S"), "IAD89-C3", "18234", "198.51.100.77", "GET",
                          "d111111abcdef8.cloudfront.net", "/ws/chat", "101", "-", cf_enc(UA[7]), "room=general", "-",
                          "Miss", "EXAMPLEwsX97Q==", "www.example.com", "wss", "2311", "312.907", "-", "TLSv1.3",
                          "TLS_AES_128_GCM_SHA256", "Miss", "HTTP/1.1", "-", "-", "49152", "0.021", "Miss",
                          "-", "-", "-", "-"]))
    return out


# --------------------------------------------------------------------------
# 5. IIS W3C
IIS_DEFAULT = "date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken"
IIS_LATER = "date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs-version cs(User-Agent) cs(Referer) cs-host sc-status sc-substatus sc-win32-status sc-bytes cs-bytes time-taken"
IIS6_DOC = [
    "#Software: Microsoft Internet Information Services 6.0",
    "#Version: 1.0",
    "#Date: 2002-05-02 17:42:15",
    "#Fields: date time c-ip cs-username s-ip s-port cs-method cs-uri-stem cs-uri-query sc-status cs(User-Agent)",
    "2002-05-02 17:42:15 172.22.255.255 - 172.30.255.255 80 GET /images/picture.jpg - 200 Mozilla/4.0+(compatible;MSIE+5.5;+Windows+2000+Server)",
]


def plus(s):
    return "-" if not s else s.replace(" ", "+")


def iis_row(i, spec, later=False, shift_s=0):
    m, path, st, nbytes, lat, ua = spec
    t = at(i, -123) + dt.timedelta(seconds=shift_s)
    stem, _, query = path.partition("?")
    sub = {404: "0", 403: "14" if i % 2 else "4", 500: "19", 502: "3", 503: "2", 401: "2"}.get(st, "0")
    w32 = {500: "13", 502: "1236", 503: "0", 504: "121"}.get(st, "0" if st != 200 or i % 9 else "64")
    user = "CONTOSO\\alice" if i % 5 == 2 else "-"
    ref = "https://www.contoso.com/products?id=7" if i % 4 == 1 else "-"
    port = "443" if i % 3 else "80"
    vals = {
        "date": t.strftime("%Y-%m-%d"), "time": t.strftime("%H:%M:%S"), "s-ip": "10.1.0.5", "cs-method": m,
        "cs-uri-stem": stem or "/", "cs-uri-query": query or "-", "s-port": port, "cs-username": user,
        "c-ip": "203.0.113.%d" % (50 + i) if i % 6 else "2001:db8::%x" % (0x51 + i),
        "cs(User-Agent)": plus(UA[ua]), "cs(Referer)": ref, "sc-status": str(st), "sc-substatus": sub,
        "sc-win32-status": w32, "time-taken": str(lat), "cs-version": "HTTP/2" if port == "443" else "HTTP/1.1",
        "cs-host": "www.contoso.com", "sc-bytes": str(nbytes + 240), "cs-bytes": str(380 + 7 * i),
    }
    return " ".join(vals[f] for f in (IIS_LATER if later else IIS_DEFAULT).split())


def iis_lines():
    out = ["#Software: Microsoft Internet Information Services 10.0", "#Version: 1.0", "#Date: 2026-12-02 08:10:00",
           "#Fields: " + IIS_DEFAULT]
    for i, spec in enumerate(SPECS):
        out.append(iis_row(i, spec))
    return out


def iis_restart_lines():
    out = list(IIS6_DOC)
    out += ["#Software: Microsoft Internet Information Services 10.0", "#Version: 1.0", "#Date: 2026-12-02 08:10:00",
            "#Fields: " + IIS_DEFAULT]
    for i, spec in enumerate(SPECS[:10]):
        out.append(iis_row(i, spec))
    # app pool / W3SVC restart: IIS writes the directives again; the admin had changed the field set
    out += ["#Software: Microsoft Internet Information Services 10.0", "#Version: 1.0", "#Date: 2026-12-02 09:00:12",
            "#Fields: " + IIS_LATER]
    for i, spec in enumerate(SPECS[10:], start=10):
        out.append(iis_row(i, spec, later=True, shift_s=3011))
    return out


# --------------------------------------------------------------------------
# 6. W3C extended (draft) as a generic server writes it
def w3c_str(s):
    return "-" if s is None else '"' + s.replace('"', '""') + '"'


def w3c_lines():
    out = ["#Version: 1.0", "#Software: \"ExampleHTTPd\" 3.2 (W3C extended log writer)", "#Start-Date: 2026-12-02 08:10:00",
           "#Fields: date time c-ip cs-method cs-uri sc-status sc-bytes time-taken cs(User-Agent) cs(Referer)"]
    uas = list(UA) + ['Agent ""quoted"" 1.0'.replace('""', '"')]
    for i, (m, path, st, nbytes, lat, ua) in enumerate(SPECS):
        t = at(i, -123)
        if i % 3 == 0:
            tm = t.strftime("%H:%M:%S.") + "%03d" % (t.microsecond // 1000)
        elif i == 7:
            tm = t.strftime("%H:%M")  # the draft allows HH:MM
        else:
            tm = t.strftime("%H:%M:%S")
        secs = "%.3f" % (lat / 1000.0) if i % 4 else ("%d" % (lat // 1000) if lat % 1000 == 0 else "%.2f" % (lat / 1000.0))
        agent = uas[8] if i == 5 else UA[ua]
        ref = "https://www.example.net/links page" if i % 5 == 1 else None
        out.append("\t".join([t.strftime("%Y-%m-%d"), tm, "192.0.2.%d" % (60 + i), m, path, str(st), str(nbytes), secs,
                              w3c_str(agent), w3c_str(ref)]))
        if i == 12:
            out.append("#Remark: log rotated by operator; fields unchanged")
    return out


# --------------------------------------------------------------------------
# 8. Envoy default format
ENVOY_DOC = ['[2016-04-15T20:17:00.310Z] "POST /api/v1/locations HTTP/2" 204 - 154 0 226 100 "10.0.35.28" "nsq2http" "cc21d9b0-cf5c-432b-8c7e-98aeb7988cd2" "locations" "tcp://10.0.2.1:80"']


def envoy_lines():
    out = list(ENVOY_DOC)
    for i, (m, path, st, nbytes, lat, ua) in enumerate(SPECS):
        t = at(i, -123)
        flags, code, ust, uhost = "-", str(st), str(max(lat - 1, 0)), "10.8.%d.%d:8080" % (i % 4, 10 + i)
        if st == 503 and i % 2:
            flags, ust, uhost = "UH", "-", "-"
        elif st == 503:
            flags = "UF,URX"
            ust = "-"
        elif st == 502:
            flags = "UC"
        elif st == 504:
            flags, ust = "UT", "-"
        elif st == 404 and m == "GET" and "wp-" in path:
            flags, ust, uhost = "NR", "-", "-"
        elif st == 403 and UA[ua] is None:
            flags, ust, uhost = "UAEX", "-", "-"
        proto = "HTTP/2" if i % 3 == 0 else "HTTP/1.1"
        xff = "-" if i % 4 == 0 else ("198.51.100.%d" % i if i % 4 != 3 else "198.51.100.%d, 10.0.0.2" % i)
        rid = "%08x-%04x-4%03x-8%03x-%012x" % (0x5d1e0000 + i, i, i, i, 0xa0b0c0d0e0 + i)
        auth = "api.example.com" if path.startswith("/api") else "www.example.com"
        out.append('[%s] "%s %s %s" %s %s %d %d %d %s "%s" "%s" "%s" "%s" "%s"' % (
            iso3(t), m, path, proto, code, flags, 350 if m in ("POST", "PUT") else 0, nbytes, lat, ust, xff,
            UA[ua] or "-", rid, auth, uhost))
    n = len(SPECS)
    # downstream client went away before any response: code 0, flag DC
    out.append('[%s] "GET /stream/live?ch=%%E4%%B8%%AD%%E6%%96%%87 HTTP/1.1" 0 DC 0 482113 31250 3 "-" "%s" "5d1e00ff-0001-4001-8001-a0b0c0d0e0ff" "www.example.com" "10.8.2.44:8080"' % (iso3(at(n, 3)), UA[1]))
    # local rate limit
    out.append('[%s] "POST /api/v1/login HTTP/1.1" 429 RL 87 18 0 - "198.51.100.200" "python-requests/2.32.3" "5d1e0100-0002-4002-8002-a0b0c0d0e100" "api.example.com" "-"' % iso3(at(n + 1, 3)))
    # TCP proxy entry with the same default format: no method/path/protocol, response code 0
    out.append('[%s] "- - -" 0 - 1532 98013 60004 - "-" "-" "-" "-" "10.8.5.7:5432"' % iso3(at(n + 2, 3)))
    return out


# --------------------------------------------------------------------------
# 9. Traefik CLF
def traefik_lines():
    out = []
    for i, (m, path, st, nbytes, lat, ua) in enumerate(SPECS):
        t = at(i, -123)
        user = "alice" if i % 7 == 3 else "-"
        router, server = ("websecure-shop@docker", "http://172.18.0.%d:8080" % (3 + i % 3))
        if st == 404 and "wp-" in path:
            router, server = "-", "-"
        if st == 503 and i % 2:
            server = "-"
        ref = "https://shop.example.com/" if i % 4 == 1 else "-"
        proto = "HTTP/2.0" if i % 3 == 0 else "HTTP/1.1"
        out.append('%s - %s [%s] "%s %s %s" %d %d "%s" "%s" %d "%s" "%s" %dms' % (
            "203.0.113.%d" % (70 + i) if i % 6 else "2001:db8:cafe::%x" % (17 + i), user, clf(t), m, path, proto, st,
            nbytes, ref, UA[ua] or "-", 1000 + i, router, server, lat))
    n = len(SPECS)
    out.append('198.51.100.9 - - [%s] "POST /api/v1/upload HTTP/1.1" 499 0 "-" "curl/8.11.1" %d "websecure-api@file" "http://10.0.7.3:9000" 15002ms' % (clf(at(n)), 1000 + n))
    out.append('198.51.100.10 - - [%s] "GET /ping HTTP/1.1" 200 2 "-" "Go-http-client/1.1" %d "ping@internal" "-" 0ms' % (clf(at(n + 1)), 1001 + n))
    return out


def main():
    write("aws_alb.log", alb_lines())
    write("aws_elb_classic.log", clb_lines())
    write("aws_s3_server_access.log", s3_lines())
    write("aws_cloudfront.log", cf_lines())
    write("iis_w3c_defaults.log", iis_lines())
    write("iis_w3c_restart.log", iis_restart_lines())
    write("w3c_generic.log", w3c_lines())
    write("envoy_access_default.log", envoy_lines())
    write("traefik_clf.log", traefik_lines())


if __name__ == "__main__":
    main()
